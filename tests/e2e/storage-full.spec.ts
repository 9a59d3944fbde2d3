import { expect, test } from '@playwright/test';
import { chooseAll, LEAN_JOURNEY, openSimulator } from './simulator-actions';
import { errorsOf, fillLocalStorage, unsavedNotice } from './storage-helpers';
import { chapterWithCheckpoint, spendReadingTime } from './workshop-helpers';

// localStorage is full: nothing the reader does can be saved. Each store says so at the first
// refused write, and keeps working for the page.
test.beforeEach(async ({ page }) => {
  await fillLocalStorage(page);
});

test('reading and answering with storage full work for the page, with a notice that they are not saved', async ({
  page,
}) => {
  const errors = errorsOf(page);
  await page.clock.install();
  await page.goto(chapterWithCheckpoint());
  await expect(unsavedNotice(page)).toHaveCount(0);
  // Reaching the chapter's end after its reading time marks it read.
  await spendReadingTime(page);
  await page.locator('[data-chapter-end]').scrollIntoViewIfNeeded();
  await expect(page.locator('[data-read-status]')).toHaveText('You have read this chapter.');
  await expect(unsavedNotice(page)).toContainText('kept only until you leave or reload this page');
  const radios = page.locator('[data-checkpoint]').first().getByRole('radio');
  await radios.last().check();
  await expect(radios.last()).toBeChecked();
  await expect(unsavedNotice(page)).toHaveCount(1);
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  expect(errors).toEqual([]);
});

test('checklist ticks and notes with storage full add up on the page, with a notice', async ({ page }) => {
  const errors = errorsOf(page);
  await page.goto('/checklist/');
  await page.getByRole('checkbox').nth(0).check();
  await expect(unsavedNotice(page)).toBeVisible();
  await page.getByRole('checkbox').nth(1).check();
  await page.getByText('Notes', { exact: true }).first().click();
  await page.locator('[data-checklist-note]').first().fill('Texts stay in the EU region');
  await expect(page.locator('[data-checklist-count]')).toHaveText(/^2 of \d+ answered$/);
  await expect(page.locator('[data-checklist-printed-note]').first()).toHaveText('Texts stay in the EU region');
  expect(errors).toEqual([]);
});

test('a journey finished with storage full says it is not saved', async ({ page }) => {
  const errors = errorsOf(page);
  await openSimulator(page);
  await chooseAll(page, LEAN_JOURNEY);
  await expect(page.getByRole('heading', { name: 'In production' })).toBeVisible();
  await expect(unsavedNotice(page)).toBeVisible();
  expect(errors).toEqual([]);
});

test('a theme chosen with storage full applies, with a notice that it is not saved', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(unsavedNotice(page)).toBeVisible();
});
