import { expect, test } from '@playwright/test';
import { axeViolations } from './axe';
import { PROGRESS_KEY, chaptersInOrder, spendReadingTime } from './workshop-helpers';

// A chapter counts as read when the reader reaches its end after a plausible time on the page (a third of
// its reading time at 250 words a minute), or presses "Mark this chapter as read".

const [path] = chaptersInOrder();
const slug = path!.split('/')[2]!;
const storedChapters = (page: import('@playwright/test').Page) =>
  page.evaluate((key) => Object.keys(JSON.parse(localStorage.getItem(key) ?? '{}').chapters ?? {}), PROGRESS_KEY);

test('scrolling straight to the end does not mark a chapter read; the button does, from the keyboard', async ({
  page,
}) => {
  await page.goto(path!);
  await page.locator('[data-chapter-end]').scrollIntoViewIfNeeded();
  const status = page.locator('[data-read-status]');
  await expect(status).toContainText('You reached the end quickly');
  await expect(status).toContainText(/counts as read after about \d+ minutes on the page/);
  const button = page.getByRole('button', { name: 'Mark this chapter as read' });
  await expect(button).toBeVisible();
  expect(await storedChapters(page)).toEqual([]);

  await page.goto('/progress/');
  await expect(page.locator('[data-progress-summary]')).toContainText('0 of');

  await page.goto(path!);
  await page.getByRole('button', { name: 'Mark this chapter as read' }).focus();
  await page.keyboard.press('Enter');
  await expect(status).toHaveText('You have read this chapter.');
  await expect(page.getByRole('button', { name: 'Mark this chapter as read' })).toBeHidden();
  expect(await storedChapters(page)).toEqual([slug]);
});

test('a reader who reached the end early has it marked read once the reading time is up', async ({ page }) => {
  await page.clock.install();
  await page.goto(path!);
  await page.locator('[data-chapter-end]').scrollIntoViewIfNeeded();
  const status = page.locator('[data-read-status]');
  await expect(status).toContainText('You reached the end quickly');
  await spendReadingTime(page);
  await expect(status).toHaveText('You have read this chapter.');
  await expect(page.getByRole('button', { name: 'Mark this chapter as read' })).toBeHidden();
  expect(await storedChapters(page)).toEqual([slug]);
});

test('the reading time the rule asks for is stated on the page and follows the chapter length', async ({ page }) => {
  await page.goto(path!);
  const seconds = Number(await page.locator('[data-chapter-end]').getAttribute('data-min-read-seconds'));
  // A third of 10–15 minutes of prose at 250 words a minute.
  expect(seconds).toBeGreaterThan(120);
  expect(seconds).toBeLessThan(600);
  await expect(page.locator('[data-chapter-end]')).toContainText(
    `after about ${Math.round(seconds / 60)} minutes on the page, or when you mark it read`,
  );
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the chapter's end, told it was reached too soon, has no axe violations in the ${colorScheme} theme`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(path!);
    await page.locator('[data-chapter-end]').scrollIntoViewIfNeeded();
    await expect(page.locator('[data-read-status]')).toContainText('You reached the end quickly');
    expect(await axeViolations(page, '[data-chapter-end]')).toEqual([]);
  });
}

test('reaching the end and marking the chapter read move nothing below: the next-chapter link stays under the pointer', async ({
  page,
}) => {
  await page.goto(path!);
  const next = page.locator('.pagination a').last();
  // Before the end is reached: where the reader is about to click.
  const before = await next.evaluate((el) => el.getBoundingClientRect().top + scrollY);
  await page.locator('[data-chapter-end]').scrollIntoViewIfNeeded();
  await expect(page.locator('[data-read-status]')).toContainText('You reached the end quickly');
  expect(await next.evaluate((el) => el.getBoundingClientRect().top + scrollY)).toBe(before);
  await page.getByRole('button', { name: 'Mark this chapter as read' }).click();
  await expect(page.getByRole('button', { name: 'Mark this chapter as read' })).toBeHidden();
  expect(await next.evaluate((el) => el.getBoundingClientRect().top + scrollY)).toBe(before);
});
