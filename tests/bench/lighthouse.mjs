// Lighthouse performance scores for a few built pages, served on 127.0.0.1 with the site's headers and
// measured in the system Chromium (CHROME_PATH, else the browser the browser tests use).
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromiumPath } from '../tools/chromium.mjs';
import { startPreview } from './preview-server.mjs';

/**
 * Measure each path's Lighthouse performance score (0–100) on mobile (Lighthouse's default,
 * simulated slow 4G and CPU) and desktop.
 */
export async function lighthouseScores(paths) {
  const preview = await startPreview();
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? chromiumPath,
    chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const rows = [];
    for (const path of paths) {
      const url = `${preview.origin}${path}`;
      const flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] };
      const mobile = await lighthouse(url, flags);
      const desktop = await lighthouse(url, flags, desktopConfig);
      const score = (result) => Math.round((result?.lhr.categories.performance.score ?? 0) * 100);
      rows.push({ path, mobile: score(mobile), desktop: score(desktop) });
    }
    return rows;
  } finally {
    chrome.kill();
    await preview.stop();
  }
}
