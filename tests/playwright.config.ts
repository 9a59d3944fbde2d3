import { defineConfig } from '@playwright/test';
import { chromiumPath } from './tools/chromium.mjs';

// TEST_PORT lets two checkouts run their browser tests side by side.
const port = Number(process.env.TEST_PORT ?? 4321);

export default defineConfig({
  testDir: './e2e',
  outputDir: '../test-results',
  fullyParallel: true,
  workers: 2,
  // No retries: a test that passes only on a second try hides a fault. Instead, time limits that hold
  // on a loaded 2-core machine (every core busy, as under `stress --cpu 2`), where a page load or an
  // axe scan can take several times as long as on an idle one. Axe scans also mark themselves slow.
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: `astro preview --host 127.0.0.1 --port ${port}`,
    cwd: '..',
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
