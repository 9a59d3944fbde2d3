// npm run bench: build the site, then print build time and the weight of each page type.
// npm run bench -- --test: then also time `npm test`, phase by phase (as npm run bench:test does).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { weighPage } from './page-weight.mjs';
import { sitePageList } from './site-page-list.mjs';
import { lighthouseScores } from './lighthouse.mjs';
import { simulatorBench } from './simulator-bench.mjs';
import { labWeightReport } from './lab-weight.mjs';
import { deckWeightReport } from './deck-weight.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = `${root}dist/`;

const started = performance.now();
execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'ignore' });
const buildSeconds = (performance.now() - started) / 1000;

/** Group pages into types: every chapter is a "reading page"; other pages stand for themselves. */
const pageType = (path) => (/^\/chapters\/[^/]+\/$/.test(path) ? '/chapters/* (reading)' : path);

const worst = new Map();
for (const path of sitePageList(dist)) {
  const type = pageType(path);
  const weight = weighPage(dist, path);
  const current = worst.get(type);
  if (!current || weight.totalGzip > current.weight.totalGzip)
    worst.set(type, { path, weight, count: (current?.count ?? 0) + 1 });
  else current.count += 1;
}

const kb = (n) => (n / 1024).toFixed(1);
const rows = [...worst].map(([type, { weight: w, count }]) => [
  count > 1 ? `${type} ×${count}` : type,
  `${kb(w.jsRaw)} / ${kb(w.jsGzip)}`,
  `${kb(w.cssRaw)} / ${kb(w.cssGzip)}`,
  `${kb(w.htmlRaw)} / ${kb(w.htmlGzip)}`,
  kb(w.totalGzip),
]);
const header = [
  'page type (heaviest page)',
  'JS KB raw / gzip',
  'CSS KB raw / gzip',
  'HTML KB raw / gzip',
  'total KB gzip',
];
const table = [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');

console.log(`Build (astro build + post-build steps): ${buildSeconds.toFixed(1)} s\n`);
console.log(table);
console.log('\nJS and CSS include inline code; HTML includes both inline; total = HTML + external files, gzip.');
console.log(`\n${labWeightReport(dist)}`);
console.log(`\n${deckWeightReport(dist)}`);

await simulatorBench(dist);

const pages = sitePageList(dist);
const lighthousePaths = [
  '/talk/conference/',
  '/talk/conference/presenter/',
  pages.find((path) => pageType(path) !== path),
  '/',
  '/simulator/',
].filter(Boolean);
const scores = await lighthouseScores(lighthousePaths);
console.log('\n| page | Lighthouse performance, mobile | desktop |\n| --- | --- | --- |');
for (const { path, mobile, desktop } of scores) console.log(`| ${path} | ${mobile} | ${desktop} |`);

if (process.argv.includes('--test')) {
  console.log('');
  await import('./test-time.mjs');
}
