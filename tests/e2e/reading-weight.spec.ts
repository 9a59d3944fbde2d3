import { expect, test } from '@playwright/test';
import { readingPages } from './site-pages';

const THEME_SCRIPT_BUDGET = 1024;

for (const path of readingPages()) {
  test(`${path} loads no JavaScript beyond the inline theme switch`, async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(path, { waitUntil: 'networkidle' });
    expect(scripts).toEqual([]);
    await expect(page.locator('astro-island')).toHaveCount(0);
    const inline = await page.locator('script').evaluateAll((nodes) =>
      nodes.map((node) => ({ external: node.hasAttribute('src'), bytes: new Blob([node.textContent ?? '']).size })),
    );
    expect(inline.filter((script) => script.external)).toEqual([]);
    const total = inline.reduce((sum, script) => sum + script.bytes, 0);
    expect(total).toBeLessThanOrEqual(THEME_SCRIPT_BUDGET);
  });
}
