import { expect, type Page } from '@playwright/test';

/** Open the simulator (optionally with a query) and wait until the island has hydrated and read the URL. */
export async function openSimulator(page: Page, query = '') {
  await page.goto(`/simulator/${query}`);
  await expect(page.locator('.sim[data-ready="true"]')).toBeVisible();
}

/** Choose an option of the decision on screen. */
export async function choose(page: Page, decision: string, option: string) {
  await page.locator(`[data-decision="${decision}"] [data-option="${option}"]`).click();
}

/** Take a detour around the pitfall on screen. */
export async function takeDetour(page: Page, pitfall: string, detour: string) {
  await page.locator(`[data-pitfall="${pitfall}"] [data-detour="${detour}"]`).click();
}

/** Make several choices in order: [decision, option] pairs. */
export async function chooseAll(page: Page, choices: [string, string][]) {
  for (const [decision, option] of choices) await choose(page, decision, option);
}

/** Start over, confirming in the dialog that asks first. */
export async function startOver(page: Page) {
  await page.getByRole('button', { name: 'Start over' }).click();
  await page.getByRole('dialog', { name: 'Start over?' }).getByRole('button', { name: 'Start over' }).click();
}

export { LEAN_JOURNEY } from '../shared/lean-journey.mjs';
