import { expect, test } from '@playwright/test';
import { PROGRESS_KEY, chaptersInOrder } from './workshop-helpers';

// "Continue where you left off" leads back into an unfinished chapter, or on to the next unread one.

const chapters = chaptersInOrder();
const slugOf = (path: string) => path.split('/')[2]!;
const at = '2026-11-30T07:00:00.000Z';

test('continue leads back into an unread chapter, then past read ones to the next unread', async ({ page }) => {
  const [first, second, third, fourth] = chapters;
  await page.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, value);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [
      PROGRESS_KEY,
      JSON.stringify({
        version: 1,
        chapters: { [slugOf(first!)]: { readAt: at }, [slugOf(third!)]: { readAt: at } },
        checkpoints: {},
        journeys: [],
        lastVisit: { href: second, title: 'Second', at },
      }),
    ] as const,
  );
  const continueLink = page.locator('[data-continue] [data-continue-link]');

  // Left in the middle of the second chapter: back into it.
  await page.goto('/');
  await expect(continueLink).toHaveAttribute('href', second!);

  // Finish it with the button: on to the fourth, as the third is read already.
  await page.goto(second!);
  await page.getByRole('button', { name: 'Mark this chapter as read' }).click();
  await expect(page.locator('[data-read-status]')).toHaveText('You have read this chapter.');
  await page.goto('/');
  await expect(continueLink).toHaveAttribute('href', fourth!);
  await expect(continueLink).toHaveText(
    (await page.request.get(fourth!).then((r) => r.text())).match(/<h1[^>]*>([^<]+)</)![1]!.trim(),
  );
  await page.goto('/progress/');
  await expect(page.locator('[data-progress-continue] a')).toHaveAttribute('href', fourth!);

  // From the landing page by keyboard.
  await page.goto('/');
  await continueLink.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${fourth!}$`));
});

test('a reader who has read every chapter is told so instead of being sent back', async ({ page }) => {
  await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [
    PROGRESS_KEY,
    JSON.stringify({
      version: 1,
      chapters: Object.fromEntries(chapters.map((path) => [slugOf(path), { readAt: at }])),
      checkpoints: {},
      journeys: [],
      lastVisit: { href: chapters.at(-1), title: 'Last', at },
    }),
  ] as const);
  await page.goto('/');
  await expect(page.locator('[data-continue]')).toContainText('You have read every chapter.');
  await expect(page.locator('[data-continue] [data-continue-link]')).toHaveCount(0);
  await page.goto('/progress/');
  await expect(page.locator('[data-progress-summary]')).toContainText(
    `${chapters.length} of ${chapters.length} chapters read`,
  );
  await expect(page.locator('[data-progress-continue]')).toBeHidden();
});
