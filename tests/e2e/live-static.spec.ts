// On a static host (the browser tests' server has no live endpoint), live controls are absent, not broken.
import { expect, test } from '@playwright/test';

test('without the companion server, the live pages say so and the presenter view shows no live controls', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/live/?room=ABCDEF', { waitUntil: 'networkidle' });
  await expect(page.locator('[data-live-off]')).toBeVisible();
  await expect(page.locator('.live-option')).toHaveCount(0);
  await page.goto('/live/screen/', { waitUntil: 'networkidle' });
  await expect(page.locator('[data-live-off]')).toBeVisible();
  await page.goto('/talk/presenter/', { waitUntil: 'networkidle' });
  await page.keyboard.press('l');
  await expect(page.locator('[data-live-presenter]')).toBeHidden();
  await expect(page.locator('[data-live-start]')).toHaveCount(0);
  expect(errors).toEqual([]);
});
