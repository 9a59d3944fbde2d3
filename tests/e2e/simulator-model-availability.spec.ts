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

test('an already distilled model is not offered a second distillation, and says why', async ({ page }) => {
  await openSimulator(page);
  await chooseAll(page, LEAN_JOURNEY.slice(0, 6));
  await choose(page, 'model', 'distilmbert');
  const optimisation = page.locator('[data-decision="optimisation"]');
  const distil = optimisation.locator('[data-option="distil-trim-int8"]');
  await expect(distil).toHaveAttribute('aria-disabled', 'true');
  await expect(distil).toHaveAccessibleDescription(/^Not available: .*already a distilled student/);
  // The other optimisations stay open, the 16-bit one named for both formats an L4 runs.
  await expect(optimisation.locator('[data-option="trim-int8"]')).not.toHaveAttribute('aria-disabled', 'true');
  await expect(optimisation.locator('[data-option="fp16"]')).toContainText('fp16 / bf16');
});

test('a hosted LLM is offered no retraining: not as monitoring, not as a detour around drift', async ({ page }) => {
  await openSimulator(page);
  await chooseAll(page, [
    ['languages', 'ten'],
    ['traffic', 'low'],
    ['latency', 'batch'],
    ['residency', 'may-leave'],
    ['labelled-data', 'plenty'],
    ['strategy', 'multilingual'],
    ['model', 'llm-api'],
    ['service', 'fastapi-plain'],
    ['platform', 'cloud-run'],
    ['hardware', 'cpu-1'],
  ]);
  const monitoring = page.locator('[data-decision="monitoring"]');
  const retraining = monitoring.locator('[data-option="drift-feedback"]');
  await expect(retraining).toHaveAttribute('aria-disabled', 'true');
  await expect(retraining).toHaveAccessibleDescription(/^Not available: .*cannot be retrained/);
  // Months later one language drifts: the retraining detour is shown ruled out, watching per language is open.
  await choose(page, 'monitoring', 'technical');
  const drift = page.locator('[data-pitfall="silent-drift-one-language"]');
  const retrain = drift.locator('[data-detour="drift-and-feedback"]');
  await expect(retrain).toHaveAttribute('aria-disabled', 'true');
  await expect(retrain).toHaveAccessibleDescription(/^Not available: .*cannot be retrained/);
  await expect(drift.locator('[data-detour="per-language-distribution"]')).not.toHaveAttribute('aria-disabled', 'true');
});
