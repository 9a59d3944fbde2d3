import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { weighPage } from '../bench/page-weight.mjs';
import { readingPages } from './site-pages';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

/** What a page may weigh, in KB gzip: JS it loads, and everything it loads (HTML, CSS, JS). */
interface Budget {
  paths: string[];
  jsKB?: number;
  totalKB?: number;
}

const BUDGETS: Record<string, Budget> = {
  'reading page': { paths: readingPages(), totalKB: 40 },
  deck: {
    paths: ['/talk/conference/', '/talk/conference/presenter/', '/talk/workshop/', '/talk/workshop/presenter/'],
    jsKB: 30,
    totalKB: 100,
  },
  // The simulator's first load stays under 90 KB; the bench reports how much headroom is left.
  simulator: { paths: ['/simulator/'], jsKB: 90 },
};

for (const [name, { paths, jsKB, totalKB }] of Object.entries(BUDGETS)) {
  for (const path of paths) {
    test(`${path} keeps the ${name} budget (${[jsKB && `JS ≤ ${jsKB} KB`, totalKB && `total ≤ ${totalKB} KB`].filter(Boolean).join(', ')} gzip)`, () => {
      const weight = weighPage(dist, path);
      if (jsKB !== undefined) {
        expect(weight.jsFiles).toBeGreaterThan(0);
        expect(weight.jsGzip / 1024).toBeLessThanOrEqual(jsKB);
      }
      if (totalKB !== undefined) expect(weight.totalGzip / 1024).toBeLessThanOrEqual(totalKB);
    });
  }
}

test('/simulator/ loads what only the report needs (its ADR, its traffic chart, XState) on demand', () => {
  const initial = weighPage(dist, '/simulator/')
    .jsFileList.map((file: string) => readFileSync(join(dist, file), 'utf8'))
    .join('\n');
  // The ADR's title, uPlot's class names, and XState's actor code: none is in the first load.
  expect(initial).toContain('How it is derived');
  expect(initial).not.toContain('# ADR:');
  expect(initial).not.toContain('u-legend');
  expect(initial).not.toContain('xstate.init');
});
