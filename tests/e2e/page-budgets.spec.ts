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
  // The simulator's first load stays at or under 90 KB with at least 5 KB of headroom (KB = 1,024 bytes,
  // as in every budget here); the bench reports how much is left.
  simulator: { paths: ['/simulator/'], jsKB: 85 },
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

test('/simulator/ loads on demand what its first screen does not show (report, ADR, chart, XState, derivations)', () => {
  const initial = weighPage(dist, '/simulator/')
    .jsFileList.map((file: string) => readFileSync(join(dist, file), 'utf8'))
    .join('\n');
  // The ADR's title, uPlot's class names, and XState's actor code: none is in the first load.
  expect(initial).toContain('How it is derived');
  expect(initial).not.toContain('# ADR:');
  expect(initial).not.toContain('u-legend');
  expect(initial).not.toContain('xstate.init');
  // The words of the derivations, the pitfall card and the share link wait until a reader needs them.
  expect(initial).not.toContain('M/M/c');
  expect(initial).not.toContain('Share this journey');
  expect(initial).not.toContain('Detours');
});
