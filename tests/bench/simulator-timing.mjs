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

/** Every time, and their median, p95 and worst (ms). */
function summary(times) {
  const sorted = [...times].sort((a, b) => a - b);
  return { times, median: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), worst: sorted.at(-1) };
}

/** Milliseconds from a click on `target` to the first frame painted with `done` in the page. */
function timeClick(page, target, done) {
  return page.evaluate(
    ([target, done]) =>
      new Promise((resolve, reject) => {
        // A bench must end: a page that never shows `done` fails it with the reason.
        setTimeout(() => reject(new Error(`${done} did not appear within 60 s of clicking ${target}`)), 60_000);
        const start = performance.now();
        document.querySelector(target).click();
        const painted = () => requestAnimationFrame(() => resolve(performance.now() - start));
        if (document.querySelector(done)) return painted();
        const observer = new MutationObserver(() => {
          if (document.querySelector(done)) {
            observer.disconnect();
            painted();
          }
        });
        observer.observe(document.body, { childList: true, subtree: true, attributes: true });
      }),
    [target, done],
  );
}

/**
 * Milliseconds from click to the next decision painted, for each choice of a lean journey but the last
 * (`choices`), and from the last choice to the report with its traffic chart drawn (`report`), over
 * `rounds` journeys; `cpuThrottle` > 1 slows the page's CPU by that factor. Each: every time, median, p95,
 * worst.
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
    const reportTimes = [];
    for (let round = 0; round < rounds; round++) {
      await page.goto(`${preview.origin}/simulator/`);
      await page.locator('.sim[data-ready="true"]').waitFor();
      for (let i = 0; i < LEAN.length; i++) {
        const [decision, option] = LEAN[i];
        const next = LEAN[i + 1]?.[0] ?? 'monitoring';
        times.push(
          await timeClick(page, `[data-decision="${decision}"] [data-option="${option}"]`, `[data-decision="${next}"]`),
        );
      }
      // The heaviest choice: the last one, into the report, its ADR and its traffic chart drawn.
      const [decision, option] = LEAN_JOURNEY.at(-1);
      reportTimes.push(
        await timeClick(page, `[data-decision="${decision}"] [data-option="${option}"]`, '.sim-traffic[data-drawn]'),
      );
    }
    return { choices: summary(times), report: summary(reportTimes) };
  } finally {
    await browser.close();
    await preview.stop();
  }
}
