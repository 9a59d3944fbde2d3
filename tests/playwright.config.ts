import { defineConfig } from '@playwright/test';
import { chromiumPath } from './tools/chromium.mjs';
import { freePort } from './tools/free-port.mjs';

// The site is served on TEST_PORT, else on a free port. Playwright loads this file again in each worker:
// the port is picked once, in the first process, and handed to the workers (and the server) by the environment.
process.env.TEST_PORT ??= String(await freePort());
const port = Number(process.env.TEST_PORT);

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
    // The built site with the security headers a real host sends (dist/_headers): every test runs under them.
    command: `node server/static-server.mjs --root dist --port ${port}`,
    cwd: '..',
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
