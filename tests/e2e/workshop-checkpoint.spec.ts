import { expect, test } from '@playwright/test';
import { axeViolations } from './axe';
import { chapterWithCheckpoint } from './workshop-helpers';

test('a checkpoint is answered with the keyboard, announced, and shown again on return', async ({ page }) => {
  const path = chapterWithCheckpoint();
  await page.goto(path);
  const checkpoint = page.locator('[data-checkpoint]').first();
  const group = checkpoint.getByRole('group');
  await expect(group).toBeVisible();
  const radios = group.getByRole('radio');
  const count = await radios.count();
  expect(count).toBeGreaterThan(1);

  // Keyboard: focus the first choice, then arrow to the last one (radio-group behaviour).
  await radios.first().focus();
  await page.keyboard.press('Space');
  for (let i = 1; i < count; i++) await page.keyboard.press('ArrowDown');
  const last = radios.nth(count - 1);
  await expect(last).toBeChecked();

  const choice = checkpoint.locator('.choice').nth(count - 1);
  const verdict = (await choice.getAttribute('data-correct')) === 'true' ? 'Right.' : 'Not quite.';
  await expect(choice.locator('[data-choice-feedback]')).toBeVisible();
  await expect(checkpoint.locator('[data-choice-feedback]').first()).toBeHidden();
  const status = checkpoint.locator('[aria-live="polite"]');
  await expect(status).toContainText(verdict);

  await page.reload();
  await expect(
    page
      .locator('[data-checkpoint]')
      .first()
      .getByRole('radio')
      .nth(count - 1),
  ).toBeChecked();
  await expect(page.locator('[data-checkpoint]').first().locator('[aria-live="polite"]')).toContainText(verdict);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`an answered checkpoint has no axe violations in the ${colorScheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(chapterWithCheckpoint());
    const checkpoint = page.locator('[data-checkpoint]').first();
    await checkpoint.getByRole('radio').first().check();
    await expect(checkpoint.locator('[aria-live="polite"]')).not.toBeEmpty();
    expect(await axeViolations(page, '[data-checkpoint]')).toEqual([]);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('picking an answer still shows why it is right or wrong', async ({ page }) => {
    await page.goto(chapterWithCheckpoint());
    const checkpoint = page.locator('[data-checkpoint]').first();
    const feedback = checkpoint.locator('[data-choice-feedback]');
    await expect(feedback.first()).toBeHidden();
    await checkpoint.getByRole('radio').first().check();
    await expect(feedback.first()).toBeVisible();
    await expect(feedback.first()).toContainText(/Right\.|Not quite\./);
    // Controls that need JavaScript are not offered.
    await expect(page.locator('[data-search-open]')).toBeHidden();
    await expect(page.locator('[data-mark-read]')).toBeHidden();
  });
});
