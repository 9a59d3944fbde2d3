// The simulator in `npm run bench`: its page's JavaScript (first load and on demand), the time from a
// choice to the next decision painted and from the last choice to the report with its chart, median and
// p95, as is and with the CPU slowed 4× (Chrome DevTools
// Protocol Emulation.setCPUThrottlingRate through Playwright's CDP session). Needs a built dist/.
// Run alone: node tests/bench/simulator-bench.mjs
import { fileURLToPath } from 'node:url';
import { weighPage } from './page-weight.mjs';
import { timeSimulatorChoices } from './simulator-timing.mjs';

const kb = (n) => (n / 1024).toFixed(1);
const ms = (n) => n.toFixed(1);

/** Print the simulator's figures; `rounds` lean journeys are timed at each CPU speed. */
export async function simulatorBench(dist, { rounds = 3 } = {}) {
  const weight = weighPage(dist, '/simulator/');
  console.log(
    `\nSimulator page JavaScript: ${kb(weight.jsGzip)} KB gzip on first load (limit 90 KB, ${kb(90 * 1024 - weight.jsGzip)} KB of headroom against the 5 KB wanted; ${weight.jsFiles} files), ${kb(weight.jsOnDemandGzip)} KB gzip on demand (XState after hydration; report, ADR and traffic chart at production).`,
  );
  console.log('\n| simulator, in Chromium | CPU | clicks | median ms | p95 ms | worst ms |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const cpuThrottle of [1, 4]) {
    const { choices, report } = await timeSimulatorChoices({ cpuThrottle, rounds });
    const cpu = cpuThrottle === 1 ? 'as is' : `${cpuThrottle}× slower`;
    for (const [what, t] of [
      ['a choice → the next decision painted', choices],
      ['the last choice → the report and its traffic chart painted', report],
    ])
      console.log(`| ${what} | ${cpu} | ${t.times.length} | ${ms(t.median)} | ${ms(t.p95)} | ${ms(t.worst)} |`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`)
  await simulatorBench(fileURLToPath(new URL('../../dist/', import.meta.url)));
