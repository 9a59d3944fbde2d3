import { expect, test } from '@playwright/test';
import { chapterWithCheckpoint, spendReadingTime } from './workshop-helpers';

// Two tabs of one browser: each shows what the other saves, and neither overwrites the other.

test('checklist ticks and notes made in two open tabs are all kept', async ({ context }) => {
  const [first, second] = [await context.newPage(), await context.newPage()];
  for (const page of [first, second]) await page.goto('/checklist/');
  const boxes = (page: typeof first) => page.getByRole('checkbox');

  await boxes(first).nth(0).check();
  await expect(boxes(second).nth(0)).toBeChecked();
  await boxes(second).nth(1).check();
  await second.getByText('Notes', { exact: true }).nth(1).click();
  await second.locator('[data-checklist-note]').nth(1).fill('Written in the second tab');
  await expect(boxes(first).nth(1)).toBeChecked();
  await expect(first.locator('[data-checklist-note]').nth(1)).toHaveValue('Written in the second tab');
  await boxes(first).nth(2).check();

  for (const page of [first, second]) {
    await page.reload();
    for (const n of [0, 1, 2]) await expect(boxes(page).nth(n)).toBeChecked();
    await expect(page.locator('[data-checklist-count]')).toHaveText(/^3 of \d+ answered$/);
  }
});

test('a chapter read in one tab shows on the progress page open in another', async ({ context }) => {
  const [progress, chapter] = [await context.newPage(), await context.newPage()];
  await progress.goto('/progress/');
  await expect(progress.locator('[data-progress-summary]')).toContainText('0 of');
  const path = chapterWithCheckpoint();
  await chapter.clock.install();
  await chapter.goto(path);
  await spendReadingTime(chapter);
  await chapter.locator('[data-chapter-end]').scrollIntoViewIfNeeded();
  await expect(chapter.locator('[data-read-status]')).toHaveText('You have read this chapter.');
  await expect(progress.locator('[data-progress-summary]')).toContainText('1 of');
  await expect(progress.locator(`[data-progress-chapter]:has(a[href="${path}"]) [data-progress-status]`)).toContainText(
    'read',
  );
});
