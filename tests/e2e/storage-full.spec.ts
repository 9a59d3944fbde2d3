import { expect, test } from '@playwright/test';
import { chooseAll, LEAN_JOURNEY, openSimulator } from './simulator-actions';
import { errorsOf, fillLocalStorage, unsavedNotice } from './storage-helpers';
import { chapterWithCheckpoint } from './workshop-helpers';

// localStorage is full: nothing the reader does can be saved for good. The site says so, and keeps
// it for the rest of the tab's life (in sessionStorage), across reloads and pages.
test.beforeEach(async ({ page }) => {
  await fillLocalStorage(page);
});

test('a chapter marked read with storage full says it is not saved, and stays read in this tab', async ({ page }) => {
  const errors = errorsOf(page);
  const path = chapterWithCheckpoint();
  await page.goto(path);
  await expect(unsavedNotice(page)).toHaveCount(0);
  // Reaching the chapter's end marks it read.
  await page.locator('[data-chapter-end]').scrollIntoViewIfNeeded();
  await expect(page.locator('[data-read-status]')).toHaveText('You have read this chapter.');
  await expect(unsavedNotice(page)).toContainText('until you close this tab');

  await page.goto('/progress/');
  await expect(page.locator('[data-progress-summary]')).toContainText('1 of');
  await page.goto(path);
  await expect(page.locator('[data-read-status]')).toHaveText('You have read this chapter.');
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  expect(errors).toEqual([]);
});

test('a checkpoint answered with storage full is kept across a reload, with a notice', async ({ page }) => {
  await page.goto(chapterWithCheckpoint());
  const radios = () => page.locator('[data-checkpoint]').first().getByRole('radio');
  await radios().last().check();
  await expect(unsavedNotice(page)).toBeVisible();
  await page.reload();
  await expect(radios().last()).toBeChecked();
});

test('checklist ticks and notes with storage full are kept across a reload, with a notice', async ({ page }) => {
  await page.goto('/checklist/');
  await page.getByRole('checkbox').first().check();
  await expect(unsavedNotice(page)).toBeVisible();
  await page.getByText('Notes', { exact: true }).first().click();
  await page.locator('[data-checklist-note]').first().fill('Texts stay in the EU region');
  await page.reload();
  await expect(page.getByRole('checkbox').first()).toBeChecked();
  await expect(page.locator('[data-checklist-note]').first()).toHaveValue('Texts stay in the EU region');
  await expect(page.locator('[data-checklist-count]')).toHaveText(/^1 of \d+ answered$/);
});

test('a journey finished with storage full says it is not saved, and is listed in this tab', async ({ page }) => {
  await openSimulator(page);
  await chooseAll(page, LEAN_JOURNEY);
  await expect(page.getByRole('heading', { name: 'In production' })).toBeVisible();
  await expect(unsavedNotice(page)).toContainText('until you close this tab');
  await page.goto('/progress/');
  await expect(page.locator('[data-progress-journeys] li')).toHaveCount(1);
});

test('a theme chosen with storage full says it is not saved, and holds in this tab', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(unsavedNotice(page)).toBeVisible();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});
