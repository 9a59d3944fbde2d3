import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { blockStorage, errorsOf, unsavedNotice } from './storage-helpers';
import { chapterWithCheckpoint, spendReadingTime } from './workshop-helpers';

// Storage is blocked (the localStorage and sessionStorage getters throw SecurityError): the site
// works for the page, and says that what the reader does lasts only until they leave it.
test.beforeEach(async ({ page }) => {
  await blockStorage(page);
});

test('a chapter marked read with storage blocked says it lasts only for this page', async ({ page }) => {
  const errors = errorsOf(page);
  await page.clock.install();
  await page.goto(chapterWithCheckpoint());
  // Reaching the chapter's end after its reading time marks it read.
  await spendReadingTime(page);
  await page.locator('[data-chapter-end]').scrollIntoViewIfNeeded();
  await expect(page.locator('[data-read-status]')).toHaveText('You have read this chapter.');
  await expect(unsavedNotice(page)).toContainText('until you leave or reload this page');
  const radios = page.locator('[data-checkpoint]').first().getByRole('radio');
  await radios.last().check();
  await expect(radios.last()).toBeChecked();
  await expect(unsavedNotice(page)).toHaveCount(1);
  expect(errors).toEqual([]);
});

test('the checklist works with storage blocked, and says its ticks last only for this page', async ({ page }) => {
  const errors = errorsOf(page);
  await page.goto('/checklist/');
  await page.getByRole('checkbox').nth(1).check();
  await expect(page.locator('[data-checklist-count]')).toHaveText(/^1 of \d+ answered$/);
  await expect(unsavedNotice(page)).toContainText('until you leave or reload this page');
  expect(errors).toEqual([]);
});

test('the progress page and the theme work with storage blocked', async ({ page }) => {
  const errors = errorsOf(page);
  await page.goto('/progress/');
  await expect(page.locator('[data-progress-summary]')).toContainText('0 of');
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(unsavedNotice(page)).toBeVisible();
  expect(errors).toEqual([]);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the notice that nothing was saved has no axe violations in the ${colorScheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/checklist/');
    await page.getByRole('checkbox').first().check();
    await expect(unsavedNotice(page)).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).include('.site-notice').analyze();
    expect(violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target).join(', ')}`)).toEqual([]);
  });
}
