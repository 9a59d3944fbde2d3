import { expect, test, type Page } from '@playwright/test';
import { chooseAll, LEAN_JOURNEY, openSimulator } from './simulator-actions';
import { errorsOf } from './storage-helpers';
import { CHECKLIST_KEY, PROGRESS_KEY } from './workshop-helpers';

/** Store `value` under `key` before the first page of the test loads (only once, not on reloads). */
const seed = (page: Page, key: string, value: string) =>
  page.addInitScript(
    ([key, value]) => {
      if (sessionStorage.getItem('seeded')) return;
      localStorage.setItem(key, value);
      sessionStorage.setItem('seeded', '1');
    },
    [key, value] as const,
  );

for (const [what, stored] of [
  ['not JSON', '{"version":1,"answers":'],
  ['from an older version', JSON.stringify({ version: 0, done: ['use-and-constraints/decision'] })],
  [
    'partly damaged',
    JSON.stringify({
      version: 1,
      answers: {
        'use-and-constraints/decision': { done: true, note: 'Routing only' },
        'a/b': { done: 'yes', note: { x: 1 } },
      },
    }),
  ],
]) {
  test(`a checklist stored ${what} is reset with a notice, once`, async ({ page }) => {
    const errors = errorsOf(page);
    await seed(page, CHECKLIST_KEY, stored);
    await page.goto('/checklist/');
    await expect(page.getByRole('status').filter({ hasText: 'saved checklist could not be read' })).toBeVisible();
    const kept = what === 'partly damaged' ? 1 : 0;
    await expect(page.locator('[data-checklist-count]')).toHaveText(new RegExp(`^${kept} of \\d+ answered$`));
    await page.reload();
    await expect(page.locator('[data-checklist-count]')).toHaveText(new RegExp(`^${kept} of \\d+ answered$`));
    await expect(page.getByText('could not be read')).toHaveCount(0);
    expect(errors).toEqual([]);
  });
}

test('finishing a journey as the first thing on damaged progress resets it with a notice', async ({ page }) => {
  const errors = errorsOf(page);
  await seed(page, PROGRESS_KEY, '{"version":1,"chapters":');
  await openSimulator(page);
  await chooseAll(page, LEAN_JOURNEY);
  await expect(page.getByRole('heading', { name: 'In production' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'saved progress could not be read' })).toBeVisible();
  await page.goto('/progress/');
  await expect(page.locator('[data-progress-journeys] li')).toHaveCount(1);
  await expect(page.getByText('could not be read')).toHaveCount(0);
  expect(errors).toEqual([]);
});
