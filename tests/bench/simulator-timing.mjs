// Time from a choice in the simulator to the next stage rendered, in Chromium: click an option, wait for
// the next decision's DOM and then one animation frame (the browser has painted it). Needs a built dist/.
// simulator-bench.mjs reports it, also with the CPU slowed 4× through the DevTools protocol
// (Emulation.setCPUThrottlingRate), as on a mid-range phone.
import { chromium } from '@playwright/test';
import { chromiumPath } from '../tools/chromium.mjs';
import { startPreview } from './preview-server.mjs';
import { LEAN_JOURNEY } from '../shared/lean-journey.mjs';

// The lean journey without its last choice: each timed choice is followed by a next decision.
const LEAN = LEAN_JOURNEY.slice(0, -1);

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];

/**
 * Milliseconds from click to the next decision painted, for each choice of a lean journey, over `rounds`
 * journeys; `cpuThrottle` > 1 slows the page's CPU by that factor. Returns every time, median, p95, worst.
 */
export async function timeSimulatorChoices({ cpuThrottle = 1, rounds = 1 } = {}) {
  const preview = await startPreview();
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage();
    if (cpuThrottle > 1) {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottle });
    }
    const times = [];
    for (let round = 0; round < rounds; round++) {
      await page.goto(`${preview.origin}/simulator/`);
      await page.locator('.sim[data-ready="true"]').waitFor();
      for (let i = 0; i < LEAN.length; i++) {
        const [decision, option] = LEAN[i];
        const next = LEAN[i + 1]?.[0] ?? 'monitoring';
        times.push(
          await page.evaluate(
            ([decision, option, next]) =>
              new Promise((resolve) => {
                const start = performance.now();
                document.querySelector(`[data-decision="${decision}"] [data-option="${option}"]`).click();
                const done = () => requestAnimationFrame(() => resolve(performance.now() - start));
                if (document.querySelector(`[data-decision="${next}"]`)) return done();
                const observer = new MutationObserver(() => {
                  if (document.querySelector(`[data-decision="${next}"]`)) {
                    observer.disconnect();
                    done();
                  }
                });
                observer.observe(document.body, { childList: true, subtree: true });
              }),
            [decision, option, next],
          ),
        );
      }
    }
    const sorted = [...times].sort((a, b) => a - b);
    return { times, median: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), worst: sorted.at(-1) };
  } finally {
    await browser.close();
    await preview.stop();
  }
}
