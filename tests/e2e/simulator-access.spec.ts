import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { axeViolations } from './axe';
import { chooseAll, LEAN_JOURNEY, openSimulator } from './simulator-actions';

test('a whole journey works with the keyboard alone, focus following each step', async ({ page }) => {
  await openSimulator(page);
  await page.locator('[data-decision="languages"] [data-option="one"]').focus();
  for (const [decision, option] of LEAN_JOURNEY) {
    const button = page.locator(`[data-decision="${decision}"] [data-option="${option}"]`);
    await expect(button).toBeVisible();
    // From the focused heading (or the first option), Tab to the option, then Enter.
    for (let i = 0; i < 12 && !(await button.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(button).toBeFocused();
    await page.keyboard.press('Enter');
    // Focus moves to the next step's heading, so a screen reader hears the next question.
    await expect(page.locator('[data-focus-target]')).toBeFocused();
  }
  await expect(page.getByRole('heading', { name: 'In production' })).toBeFocused();
});

test('focus is visible on the options', async ({ page }) => {
  await openSimulator(page);
  const option = page.locator('[data-option="one"]');
  await option.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  const outline = await option.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
});

test('the page fits a 375 px phone without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await openSimulator(page);
  await chooseAll(page, [...LEAN_JOURNEY.slice(0, 9), ['platform', 'edge']]);
  await expect(page.locator('[data-pitfall]')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`no axe violations after choices and with a pitfall card open (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openSimulator(page);
    await chooseAll(page, LEAN_JOURNEY.slice(0, 4));
    expect(await axeViolations(page)).toEqual([]);

    await chooseAll(page, [...LEAN_JOURNEY.slice(4, 9), ['platform', 'edge']]);
    await expect(page.locator('[data-pitfall]')).toBeVisible();
    await page.locator('[data-metric="packageMB"] summary').click();
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('the page is readable without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/simulator/');
  await expect(page.getByRole('heading', { name: 'How many languages must the service classify?' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'The decision graph' })).toBeVisible();
  // Every pitfall in the data is listed.
  const pitfalls = parse(readFileSync('content/simulator/pitfalls.yaml', 'utf8')) as unknown[];
  await expect(page.locator('.pitfall-list li')).toHaveCount(pitfalls.length);
  await context.close();
});
