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
