import { expect, test } from '@playwright/test';
import { axeViolations } from './axe';

const ranking = (page: import('@playwright/test').Page) =>
  page
    .locator('[data-scorecard-ranking] li')
    .evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.platform));

test('changing a weight re-ranks the platforms and keeps the weights in the URL', async ({ page }) => {
  await page.goto('/platforms/');
  const before = await ranking(page);
  expect(before.length).toBeGreaterThan(3);

  // Make GPU decisive and everything else irrelevant, from the keyboard.
  for (const slider of await page.getByRole('slider').all()) {
    await slider.focus();
    await page.keyboard.press('Home');
  }
  const gpu = page.getByRole('slider', { name: 'GPU available' });
  await gpu.focus();
  await page.keyboard.press('End');
  await expect(gpu).toHaveValue('5');
  await expect(page).toHaveURL(/[?&]gpu=5/);

  const after = await ranking(page);
  const firstScores = JSON.parse(
    (await page.locator('[data-scorecard-ranking] li').first().getAttribute('data-scores'))!,
  );
  expect(firstScores.gpu).toBe(5);
  await expect(page.locator('[data-scorecard-ranking] li').first().locator('[data-total]')).toHaveText('100');
  await expect(page.getByRole('status').filter({ hasText: 'First with these weights' })).toContainText('100 of 100');
  expect(after).not.toEqual(before);

  // The link restores the same weights and ranking.
  await page.reload();
  await expect(page.getByRole('slider', { name: 'GPU available' })).toHaveValue('5');
  await expect(page.getByRole('slider', { name: 'Cold start' })).toHaveValue('0');
  expect(await ranking(page)).toEqual(after);
});

for (const query of [
  '?gpu=9',
  '?gpu=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '?admin=1',
  '?gpu=1&gpu=2',
  '?cost=-3',
  `?gpu=${'9'.repeat(5000)}`,
]) {
  test(`hostile weights ${query.slice(0, 40)} give a notice and the defaults`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`/platforms/${query}`);
    await expect(page.getByRole('status').filter({ hasText: 'could not be read' })).toBeVisible();
    for (const slider of await page.getByRole('slider').all()) await expect(slider).toHaveValue('3');
    await expect(page).toHaveURL(/\/platforms\/$/);
    await expect(page.locator('script:not([src])').filter({ hasText: 'alert' })).toHaveCount(0);
    expect(errors).toEqual([]);
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the re-ranked scorecard has no axe violations in the ${colorScheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/platforms/?gpu=5&cost=0');
    await expect(page.getByRole('slider', { name: 'GPU available' })).toHaveValue('5');
    expect(await axeViolations(page)).toEqual([]);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the ranking with default weights and the facts table are there', async ({ page }) => {
    await page.goto('/platforms/');
    await expect(page.locator('[data-scorecard-ranking] li').first()).toBeVisible();
    await expect(page.getByRole('table')).toBeVisible();
    await expect(page.getByRole('slider').first()).toBeHidden();
  });
});
