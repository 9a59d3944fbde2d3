import { expect, test } from '@playwright/test';

// A checklist note is kept whole up to 20,000 characters; beyond that, the page says what it refused.

test('a 5,000-character note is kept whole across a reload', async ({ page }) => {
  await page.goto('/checklist/');
  await page.getByText('Notes', { exact: true }).first().click();
  const note = 'Latency budget per language. '.repeat(173).slice(0, 5000);
  await page.locator('[data-checklist-note]').first().fill(note);
  await page.reload();
  await expect(page.locator('[data-checklist-note]').first()).toHaveValue(note);
});

test('text beyond the 20,000-character limit is refused visibly, and the rest is kept', async ({ page }) => {
  await page.goto('/checklist/');
  await page.getByText('Notes', { exact: true }).first().click();
  const field = page.locator('[data-checklist-note]').first();
  await field.fill('y'.repeat(25_000));
  await expect(page.getByRole('status').filter({ hasText: 'at most 20,000 characters' })).toBeVisible();
  await expect(field).toHaveValue('y'.repeat(20_000));
  await page.reload();
  await expect(page.locator('[data-checklist-note]').first()).toHaveValue('y'.repeat(20_000));
});
