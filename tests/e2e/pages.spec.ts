import { expect, test } from '@playwright/test';
import { sitePages } from './site-pages';

for (const path of sitePages()) {
  test(`${path} renders with no console error and no request off the site`, async ({ page, baseURL }) => {
    const errors: string[] = [];
    const offSite: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(baseURL!) && !/^(data|blob):/.test(url)) offSite.push(url);
    });

    const response = await page.goto(path, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('main')).toBeVisible();
    expect(errors).toEqual([]);
    expect(offSite).toEqual([]);
  });
}
