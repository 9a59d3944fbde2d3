import { expect, test } from '@playwright/test';
import { readingPages } from './site-pages';
import { PROGRESS_KEY, chaptersInOrder, spendReadingTime } from './workshop-helpers';

const errorsOf = (page: import('@playwright/test').Page) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  return errors;
};

test('reaching the end after the reading time marks a chapter read, on the progress page and the landing page', async ({
  page,
}) => {
  const errors = errorsOf(page);
  const [path, nextPath] = chaptersInOrder();
  await page.clock.install();
  await page.goto(path!);
  await spendReadingTime(page);
  await page.locator('[data-chapter-end]').scrollIntoViewIfNeeded();
  await expect(page.locator('[data-read-status]')).toHaveText('You have read this chapter.');
  await expect(page.locator('[data-mark-read]')).toBeHidden();

  await page.goto('/progress/');
  await expect(page.locator('[data-progress-summary]')).toContainText(`1 of ${readingPages().length} chapters read`);
  await expect(page.locator(`[data-progress-chapter]:has(a[href="${path}"]) [data-progress-status]`)).toContainText(
    'read',
  );
  // The chapter just finished is done: continue with the next one.
  await expect(page.locator('[data-progress-continue] a')).toHaveAttribute('href', nextPath!);

  await page.goto('/');
  const resume = page.locator('[data-continue]');
  await expect(resume).toBeVisible();
  await expect(resume.locator('[data-continue-link]')).toHaveAttribute('href', nextPath!);
  expect(errors).toEqual([]);
});

test('the "mark as read" button works from the keyboard', async ({ page }) => {
  const [path] = readingPages();
  await page.goto(path!);
  const button = page.getByRole('button', { name: 'Mark this chapter as read' });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-read-status]')).toHaveText('You have read this chapter.');
  const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!), PROGRESS_KEY);
  expect(Object.keys(stored.chapters)).toEqual([path!.split('/')[2]]);
});

const damaged: [string, string][] = [
  ['not JSON', '{"version":1,"chapters":'],
  ['an older version', JSON.stringify({ version: 0, read: ['use-case'] })],
  ['a number', '42'],
  [
    'hostile values',
    JSON.stringify({
      version: 1,
      chapters: { __proto__: { readAt: 'x' }, '<img src=x onerror=alert(1)>': { readAt: '2026-01-01' } },
      checkpoints: { 'cp-1': { choice: '"><script>', correct: 'yes' } },
      journeys: [{ label: 'ok', finishedAt: '2026-01-01', shareUrl: 'javascript:alert(1)' }],
      lastVisit: { href: 'https://evil.example/', title: 'Evil', at: '2026-01-01' },
    }),
  ],
];

for (const [what, value] of damaged) {
  test(`stored progress that is ${what} is reset with a notice, never a crash`, async ({ page }) => {
    const errors = errorsOf(page);
    await page.addInitScript(
      ([key, stored]) => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem(key, stored);
          sessionStorage.setItem('seeded', '1');
        }
      },
      [PROGRESS_KEY, value] as const,
    );
    await page.goto('/progress/');
    await expect(page.getByRole('status').filter({ hasText: 'could not be read' })).toBeVisible();
    await expect(page.locator('[data-progress-summary]')).toContainText('0 of');
    await expect(page.locator('[data-progress-continue]')).toBeHidden();
    await expect(page.locator('a[href^="javascript:"], a[href^="https://evil"]')).toHaveCount(0);
    const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!), PROGRESS_KEY);
    expect(stored.version).toBe(1);

    // Once reset, the notice does not come back.
    await page.reload();
    await expect(page.getByText('could not be read')).toHaveCount(0);
    await page.goto('/');
    await expect(page.locator('[data-continue]')).toBeHidden();
    expect(errors).toEqual([]);
  });
}

test('finished simulator journeys are listed on the progress page', async ({ page }) => {
  await page.addInitScript((key) => {
    localStorage.setItem(
      key,
      JSON.stringify({
        version: 1,
        chapters: {},
        checkpoints: {},
        journeys: [
          {
            label: 'XLM-R base on Cloud Run',
            shareUrl: '/simulator/#j=abc',
            pitfallsMet: 2,
            daysLost: 5,
            finishedAt: '2026-11-20T10:00:00Z',
          },
        ],
      }),
    );
  }, PROGRESS_KEY);
  await page.goto('/progress/');
  const journey = page.locator('[data-progress-journeys] li');
  await expect(journey).toHaveCount(1);
  await expect(journey.getByRole('link', { name: 'XLM-R base on Cloud Run' })).toHaveAttribute(
    'href',
    '/simulator/#j=abc',
  );
  await expect(journey).toContainText('2 pitfalls met, 5 days lost on detours');
  await expect(page.locator('[data-progress-no-journeys]')).toBeHidden();
});

test('damaged progress met first on the landing page is reset there with a notice', async ({ page }) => {
  const errors = errorsOf(page);
  await page.addInitScript((key) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(key, '{"version":1,"chapters":');
      sessionStorage.setItem('seeded', '1');
    }
  }, PROGRESS_KEY);
  await page.goto('/');
  await expect(page.getByRole('status').filter({ hasText: 'could not be read' })).toHaveCount(1);
  await expect(page.locator('[data-continue]')).toBeHidden();
  await page.reload();
  await expect(page.getByText('could not be read')).toHaveCount(0);
  expect(errors).toEqual([]);
});
