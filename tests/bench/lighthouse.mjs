// Lighthouse performance scores for a few built pages, served by `astro preview` on 127.0.0.1 and
// measured in the system Chromium (CHROME_PATH, else the browser the browser tests use).
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromiumPath } from '../tools/chromium.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** A TCP port nobody is listening on right now. */
function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Start `astro preview` on the built site and wait until it answers. */
async function startPreview(port) {
  const preview = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  });
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return preview;
    } catch {
      // Not up yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  preview.kill();
  throw new Error('astro preview did not start');
}

/**
 * Measure each path's Lighthouse performance score (0–100) on mobile (Lighthouse's default,
 * simulated slow 4G and CPU) and desktop.
 */
export async function lighthouseScores(paths) {
  const port = await freePort();
  const preview = await startPreview(port);
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? chromiumPath,
    chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const rows = [];
    for (const path of paths) {
      const url = `http://127.0.0.1:${port}${path}`;
      const flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] };
      const mobile = await lighthouse(url, flags);
      const desktop = await lighthouse(url, flags, desktopConfig);
      const score = (result) => Math.round((result?.lhr.categories.performance.score ?? 0) * 100);
      rows.push({ path, mobile: score(mobile), desktop: score(desktop) });
    }
    return rows;
  } finally {
    chrome.kill();
    preview.kill();
  }
}
