import { expect, test } from '@playwright/test';
import { chooseAll, LEAN_JOURNEY, openSimulator, takeDetour } from './simulator-actions';

test('a share link restores the same journey, detours included', async ({ page, context }) => {
  await openSimulator(page);
  await chooseAll(page, [...LEAN_JOURNEY.slice(0, 9), ['platform', 'hf-endpoints']]);
  await takeDetour(page, 'cold-start-over-budget', 'keep-one-warm');
  await expect(page.locator('[data-decision="hardware"]')).toBeVisible();
  const shared = await page.locator('#sim-share-url').inputValue();
  expect(shared).toContain('?j=languages.ten_');
  expect(page.url()).toBe(shared);

  const other = await context.newPage();
  await openSimulator(other, new URL(shared).search);
  await expect(other.getByRole('status').first()).toHaveText('The shared journey is loaded.');
  await expect(other.locator('[data-decision="hardware"]')).toBeVisible();
  const crumbs = (p: typeof page) =>
    p.getByRole('navigation', { name: 'Journey so far' }).locator('li').allTextContents();
  expect(await crumbs(other)).toEqual(await crumbs(page));
  expect(await crumbs(other)).toContain('Detour: Keep one instance warm');
  // The notice is about loading; it goes once the reader moves on.
  await other.locator('[data-decision="hardware"] [data-option="cpu-2"]').click();
  await expect(other.getByText('The shared journey is loaded.')).toHaveCount(0);
});

test('an empty share link is no journey: no "loaded" notice, and the address drops it', async ({ page }) => {
  await openSimulator(page, '?j=');
  await expect(page.locator('[data-decision="languages"]')).toBeVisible();
  await expect(page.getByText('The shared journey is loaded.')).toHaveCount(0);
  await expect(page).toHaveURL(/\/simulator\/$/);
});

const HOSTILE = [
  ['markup', '<img src=x onerror=alert(1)>'],
  ['script', '"><script>alert(1)</script>'],
  ['unknown option', 'languages.eleven'],
  ['out of order', 'model.xlmr-base_languages.ten'],
  ['truncated', 'languages.ten_traffic.'],
  ['detour with no pitfall', 'languages.ten_!lambda-zip-over-250mb.use-container-image'],
  ['oversized', `languages.ten_${'traffic.medium_'.repeat(400)}`],
  ['prototype', '__proto__.constructor'],
  ['encoded nonsense', '%E0%A4%A'],
] as const;

for (const [name, value] of HOSTILE) {
  test(`a hostile share link (${name}) gives a notice and a fresh start`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('dialog', (dialog) => {
      errors.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await openSimulator(page, `?j=${name === 'encoded nonsense' ? value : encodeURIComponent(value)}`);
    await expect(page.getByRole('status').first()).toContainText('Starting fresh');
    await expect(page.locator('[data-decision="languages"]')).toBeVisible();
    await expect(page.locator('.sim img, .sim script')).toHaveCount(0);
    await expect(page.getByRole('navigation', { name: 'Journey so far' }).locator('li')).toHaveCount(0);
    // The rejected link leaves the address bar, so a reload starts fresh without the same notice.
    await expect(page).toHaveURL(/\/simulator\/$/);
    expect(errors).toEqual([]);
  });
}
