import { expect, test } from '@playwright/test';

const theme = (page: import('@playwright/test').Page) => page.evaluate(() => document.documentElement.dataset.theme);

test('the theme follows the system until the reader chooses', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  expect(await theme(page)).toBe('dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(() => theme(page)).toBe('light');
});

test('a chosen theme persists across reloads and pages, and Auto returns to the system', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await page.getByLabel('Theme').selectOption('dark');
  expect(await theme(page)).toBe('dark');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(13, 17, 23)');

  await page.reload();
  expect(await theme(page)).toBe('dark');
  await expect(page.getByLabel('Theme')).toHaveValue('dark');

  await page.goto('/chapters/');
  expect(await theme(page)).toBe('dark');

  await page.getByLabel('Theme').selectOption('auto');
  expect(await theme(page)).toBe('light');
  await page.reload();
  expect(await theme(page)).toBe('light');
  await expect(page.getByLabel('Theme')).toHaveValue('auto');
});

test('a corrupt stored theme falls back to the system setting', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('theme', '<script>alert(1)</script>'));
  await page.reload();
  expect(await theme(page)).toBe('dark');
  await expect(page.getByLabel('Theme')).toHaveValue('auto');
});
