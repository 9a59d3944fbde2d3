import { expect, test } from '@playwright/test';
import { readingPages } from './site-pages';

const THEME_SCRIPT_BUDGET = 1024;
// Search, checkpoints and progress need an inline loader: it only listens, and fetches their code
// when the reader opens search, answers, reaches the chapter's end or has progress saved.
const WORKSHOP_LOADER_BUDGET = 1024;
// Checkpoints show their choices in each reader's own order: an inline script after the content reorders
// them as the page is parsed (no request, no jump), with the reader's seed read through the storage wrapper.
const CHECKPOINT_ORDER_BUDGET = 1200;

for (const path of readingPages()) {
  test(`${path} loads no JavaScript beyond the inline theme switch, workshop loader and checkpoint order`, async ({
    page,
  }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(path, { waitUntil: 'networkidle' });
    expect(scripts).toEqual([]);
    await expect(page.locator('astro-island')).toHaveCount(0);
    const inline = await page.locator('script').evaluateAll((nodes) =>
      nodes.map((node) => ({
        external: node.hasAttribute('src'),
        loader: node.hasAttribute('data-client'),
        order: node.hasAttribute('data-checkpoint-order'),
        bytes: new Blob([node.textContent ?? '']).size,
      })),
    );
    const loader = inline.filter((script) => script.loader);
    expect(loader).toHaveLength(1);
    expect(loader[0]!.bytes).toBeLessThanOrEqual(WORKSHOP_LOADER_BUDGET);
    expect(inline.filter((script) => script.external)).toEqual([]);
    const total = inline.reduce((sum, script) => sum + script.bytes, 0);
    const order = inline.filter((script) => script.order);
    expect(order).toHaveLength(1);
    expect(order[0]!.bytes).toBeLessThanOrEqual(CHECKPOINT_ORDER_BUDGET);
    expect(total).toBeLessThanOrEqual(THEME_SCRIPT_BUDGET + WORKSHOP_LOADER_BUDGET + CHECKPOINT_ORDER_BUDGET);
  });
}
