import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { weighPage } from '../bench/page-weight.mjs';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const DECK_JS_BUDGET_GZIP = 30 * 1024;

for (const path of ['/talk/', '/talk/presenter/']) {
  test(`${path} ships at most 30 KB of JavaScript, gzip`, () => {
    const { jsGzip, jsFiles } = weighPage(dist, path);
    expect(jsFiles).toBeGreaterThan(0);
    expect(jsGzip).toBeLessThanOrEqual(DECK_JS_BUDGET_GZIP);
  });
}
