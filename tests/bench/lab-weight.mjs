// The lab page's weight before and after its model loads: the page as opened, then what the first step that
// runs a model adds (the worker script, fastText's WebAssembly, lid.176.ftz and the dataset). Bytes from dist.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { weighPage } from './page-weight.mjs';

const LOADED_ON_DEMAND = ['lab/udhr.json', 'lab/fasttext.wasm', 'lab/lid.176.ftz'];

/** `{ before, after }` in bytes, raw and gzip, for /lab/ in `dist`; null when the site has no lab. */
export function labWeight(dist) {
  if (!existsSync(join(dist, 'lab/index.html'))) return null;
  const page = weighPage(dist, '/lab/');
  const worker = readdirSync(join(dist, '_astro')).filter((file) => /^lab-worker.*\.js$/.test(file));
  const files = [...LOADED_ON_DEMAND, ...worker.map((file) => `_astro/${file}`)].map((file) =>
    readFileSync(join(dist, file)),
  );
  const raw = files.reduce((sum, file) => sum + file.length, 0);
  const gzip = files.reduce((sum, file) => sum + gzipSync(file).length, 0);
  const pageRaw = page.htmlRaw + page.cssRaw + page.jsRaw;
  return {
    before: { raw: pageRaw, gzip: page.totalGzip },
    after: { raw: pageRaw + raw, gzip: page.totalGzip + gzip },
  };
}

/** The bench's lines for the lab, as Markdown. */
export function labWeightReport(dist) {
  const weight = labWeight(dist);
  if (!weight) return 'No /lab/ page in this build.';
  const kb = (n) => (n / 1024).toFixed(1);
  return [
    '| /lab/ | KB raw | KB gzip |',
    '| --- | --- | --- |',
    `| before a step runs (page, CSS, JS) | ${kb(weight.before.raw)} | ${kb(weight.before.gzip)} |`,
    `| after the model is loaded (+ worker, WebAssembly, lid.176.ftz, dataset) | ${kb(weight.after.raw)} | ${kb(weight.after.gzip)} |`,
  ].join('\n');
}
