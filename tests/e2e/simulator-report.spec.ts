import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeViolations } from './axe';
import { chooseAll, LEAN_JOURNEY, openSimulator, startOver } from './simulator-actions';

const report = (page: Page) => page.locator('.sim-report');

/** Whether any pixel of the canvas has exactly this CSS colour ("rgb(r, g, b)"): a line drawn in it. */
const drawsIn = (canvas: Locator, colour: string) =>
  canvas.evaluate((element, colour) => {
    const [r, g, b] = colour.match(/\d+/g)!.map(Number);
    const { data } = (element as HTMLCanvasElement)
      .getContext('2d')!
      .getImageData(0, 0, (element as HTMLCanvasElement).width, (element as HTMLCanvasElement).height);
    for (let i = 0; i < data.length; i += 4)
      if (data[i] === r && data[i + 1] === g && data[i + 2] === b && data[i + 3] === 255) return true;
    return false;
  }, colour);

test.describe('the production report', () => {
  test('draws cost and p95 latency against traffic for the journey and its nearest alternatives, with a table', async ({
    page,
  }) => {
    const chartRequests: string[] = [];
    page.on('request', (request) => {
      if (/draw-traffic-chart|uPlot/.test(request.url())) chartRequests.push(request.url());
    });
    await openSimulator(page);
    await chooseAll(page, LEAN_JOURNEY.slice(0, -1));
    // Nothing of the chart loads before the report.
    expect(chartRequests).toEqual([]);
    await chooseAll(page, LEAN_JOURNEY.slice(-1));

    const traffic = report(page).getByRole('region', { name: 'What grows with traffic' });
    await expect(traffic).toBeVisible();
    await expect(
      traffic.getByRole('img', { name: /^Monthly cost .* against messages a day from 1 k to 10 M/ }),
    ).toBeVisible();
    await expect(traffic.getByRole('img', { name: /^p95 latency at peak/ })).toBeVisible();
    await expect(traffic.locator('[data-chart] canvas')).toHaveCount(2);
    expect(chartRequests.length).toBeGreaterThan(0);

    // The key names the journey's platform and its alternatives; its cost at the journey's traffic is the report's.
    const key = traffic.getByRole('list', { name: 'Lines' }).locator('li');
    await expect(key.first()).toContainText('Google Cloud Run (yours)');
    expect(await key.count()).toBeGreaterThanOrEqual(2);
    expect(await key.count()).toBeLessThanOrEqual(3);
    const monthly = await report(page).locator('[data-metric="monthlyCostUSD"] strong').textContent();
    await expect(key.first()).toContainText(`${monthly} a month at your traffic`);

    // The text alternative: a row per power of ten, a column per line, every cell a cost and a p95.
    await traffic.getByText('The charts as a table').click();
    const table = traffic.getByRole('table');
    await expect(table.getByRole('rowheader')).toHaveText(['1 k', '10 k', '100 k', '1 M', '10 M']);
    await expect(table.getByRole('columnheader')).toHaveCount((await key.count()) + 1);
    for (const cell of await table.getByRole('cell').all()) await expect(cell).toHaveText(/^\$[\d.,]+, p95 \d/);
    await expect(traffic.locator('[data-break-evens]')).toBeVisible();
  });

  test('is titled for launch, not "so far", and the chart follows the theme', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await openSimulator(page);
    await chooseAll(page, LEAN_JOURNEY);
    await expect(report(page).getByRole('heading', { name: 'Consequences at launch' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Consequences so far' })).toHaveCount(0);

    const traffic = page.locator('.sim-traffic');
    const canvas = traffic.locator('[data-chart="monthlyCostUSD"] canvas');
    const swatch = traffic.locator('[data-swatch]').first();
    await expect(traffic).toHaveAttribute('data-drawn', 'light');
    const light = await swatch.evaluate((element) => getComputedStyle(element).color);
    expect(await drawsIn(canvas, light)).toBe(true);

    await page.getByLabel('Theme').selectOption('dark');
    await expect(traffic).toHaveAttribute('data-drawn', 'dark');
    const dark = await swatch.evaluate((element) => getComputedStyle(element).color);
    expect(dark).not.toBe(light);
    expect(await drawsIn(canvas, dark)).toBe(true);
    expect(await drawsIn(canvas, light)).toBe(false);
  });

  test('fits a 375 px phone: the charts take the width, the table scrolls inside itself', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await openSimulator(page);
    await chooseAll(page, LEAN_JOURNEY);
    const canvas = page.locator('.sim-traffic [data-chart] canvas').first();
    await expect(canvas).toBeVisible();
    await page.getByText('The charts as a table').click();
    await expect(page.locator('.sim-traffic table')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const box = await canvas.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(375);
    expect(box!.width).toBeGreaterThan(250);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`has no axe violations, chart and table open (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await openSimulator(page);
      await chooseAll(page, LEAN_JOURNEY);
      await expect(page.locator('.sim-traffic [data-chart] canvas').first()).toBeVisible();
      await page.getByText('The charts as a table').click();
      expect(await axeViolations(page, '.sim')).toEqual([]);
    });
  }

  test('stays live: back and start over answer from production, in the same page', async ({ page }) => {
    await openSimulator(page);
    await chooseAll(page, LEAN_JOURNEY);
    await expect(page.getByRole('heading', { name: 'In production', exact: true })).toBeFocused();
    // A marker on the page survives: no reload, no new island.
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    await page.getByRole('button', { name: 'Back one step' }).click();
    await expect(page.locator('[data-decision="monitoring"]')).toBeVisible();
    await chooseAll(page, LEAN_JOURNEY.slice(-1));
    await expect(page.getByRole('heading', { name: 'In production', exact: true })).toBeFocused();
    await startOver(page);
    await expect(page.locator('[data-decision="languages"]')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'How many languages must the service classify?' })).toBeFocused();
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
  });
});

test.describe('start over asks first', () => {
  test('with the keyboard: Esc keeps the journey, the dialog’s own button clears it', async ({ page }) => {
    await openSimulator(page);
    await chooseAll(page, LEAN_JOURNEY.slice(0, 3));
    const crumbs = page.getByRole('navigation', { name: 'Journey so far' }).locator('li');
    const open = page.getByRole('button', { name: 'Start over' });
    const dialog = page.getByRole('dialog', { name: 'Start over?' });

    await open.focus();
    await page.keyboard.press('Enter');
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('(3 steps)');
    // The safe answer has the focus.
    await expect(dialog.getByRole('button', { name: 'Keep this journey' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(open).toBeFocused();
    await expect(crumbs).toHaveCount(3);

    // Confirmed once, then Esc the next time: Esc still keeps the journey.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('button', { name: 'Start over' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(crumbs).toHaveCount(0);
    await chooseAll(page, LEAN_JOURNEY.slice(0, 1));
    await open.click();
    await page.keyboard.press('Escape');
    await expect(crumbs).toHaveCount(1);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the dialog has no axe violations (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await openSimulator(page);
      await chooseAll(page, LEAN_JOURNEY.slice(0, 2));
      await page.getByRole('button', { name: 'Start over' }).click();
      const dialog = page.getByRole('dialog', { name: 'Start over?' });
      await expect(dialog).toBeVisible();
      // Themed like the page: the dialog's background is the page's.
      const [dialogBackground, pageBackground] = await dialog.evaluate((element) => [
        getComputedStyle(element).backgroundColor,
        getComputedStyle(document.body).backgroundColor,
      ]);
      expect(dialogBackground).toBe(pageBackground);
      expect(await axeViolations(page, '.sim-dialog')).toEqual([]);
    });
  }
});
