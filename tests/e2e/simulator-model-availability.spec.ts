import { expect, test } from '@playwright/test';
import { choose, chooseAll, LEAN_JOURNEY, openSimulator } from './simulator-actions';

test('an option the earlier answers rule out stays listed, disabled, with its reason, and reachable by keyboard', async ({
  page,
}) => {
  await openSimulator(page);
  // Up to the model, then a keyword-rules model: nothing to optimise, so that question is not asked,
  // and the torch services are shown disabled with the reason.
  await chooseAll(page, LEAN_JOURNEY.slice(0, 6));
  await choose(page, 'model', 'rules');
  const service = page.locator('[data-decision="service"]');
  await expect(service).toBeVisible();
  const torch = service.locator('[data-option="fastapi-torch-cpu"]');
  await expect(torch).toHaveAttribute('aria-disabled', 'true');
  await expect(torch).toHaveAccessibleDescription(/^Not available: .*plain web service runs it\.$/);
  // Clicking or pressing Enter on it changes nothing (Playwright itself refuses to click an aria-disabled
  // button, so the click is dispatched).
  await torch.dispatchEvent('click');
  await torch.focus();
  await page.keyboard.press('Enter');
  await expect(service).toBeVisible();
  // The open options still work.
  await choose(page, 'service', 'fastapi-plain');
  await expect(page.locator('[data-decision="platform"]')).toBeVisible();
});

test('one language asks no strategy question', async ({ page }) => {
  await openSimulator(page);
  await chooseAll(page, [['languages', 'one'], ...LEAN_JOURNEY.slice(1, 5)] as [string, string][]);
  await expect(page.locator('[data-decision="model"]')).toBeVisible();
  await expect(page.locator('[data-decision="strategy"]')).toHaveCount(0);
});
