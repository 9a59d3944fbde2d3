import { expect, test } from '@playwright/test';
import { axeViolations } from './axe';
import { sitePages } from './site-pages';

for (const colorScheme of ['light', 'dark'] as const) {
  for (const path of sitePages()) {
    test(`${path} has no axe violations in the ${colorScheme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(path, { waitUntil: 'networkidle' });
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(colorScheme);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}
