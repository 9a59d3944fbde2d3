import { expect, test } from '@playwright/test';

test('the landing page opens a door to the chapters, and the header leads back', async ({ page }) => {
  await page.goto('/');
  const doors = page.locator('.doors a');
  await expect(doors.first()).toBeVisible();
  await page.getByRole('link', { name: /Take the workshop/ }).click();
  await expect(page).toHaveURL(/\/chapters\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/chapter by chapter/);
  await page.getByRole('link', { name: 'NLP Deployment Journey' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('every door on the landing page leads to a page that exists', async ({ page, request }) => {
  await page.goto('/');
  const hrefs = await page.locator('.doors a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect((await request.get(href)).status(), href).toBe(200);
});

test('previous and next walk through the chapters in order, and back', async ({ page }) => {
  await page.goto('/chapters/');
  const titles = await page.locator('.chapter-list .title').allTextContents();
  expect(titles.length).toBeGreaterThanOrEqual(2);

  await page.locator('.chapter-list a').first().click();
  await expect(page.getByRole('link', { name: /Previous/ })).toHaveCount(0);
  for (const title of titles.slice(1)) {
    await page.getByRole('link', { name: /^Next/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  }
  await expect(page.getByRole('link', { name: /^Next/ })).toHaveCount(0);
  await page.getByRole('link', { name: /^Previous/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(titles.at(-2)!);
});

test('the table of contents jumps to each section of a chapter', async ({ page }) => {
  await page.goto('/chapters/');
  await page.locator('.chapter-list a').first().click();
  const toc = page.getByRole('navigation', { name: 'On this page' });
  const entries = toc.locator('a');
  expect(await entries.count()).toBeGreaterThan(0);
  const last = entries.last();
  const target = (await last.getAttribute('href'))!;
  await last.click();
  await expect(page).toHaveURL(new RegExp(`${target}$`));
  await expect(page.locator(target)).toBeInViewport();
});

test('a chapter page shows its minutes and learning objectives', async ({ page }) => {
  await page.goto('/chapters/');
  await page.locator('.chapter-list a').first().click();
  await expect(page.locator('[data-minutes]')).toHaveText(/^\d+ min$/);
  await expect(page.getByRole('heading', { name: 'After this chapter you can' })).toBeVisible();
});

test('an unknown address answers 404 with a way back', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('link', { name: 'Back to the start' }).click();
  await expect(page).toHaveURL(/\/$/);
});
