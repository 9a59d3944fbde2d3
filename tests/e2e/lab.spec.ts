import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';

// The lab runs real WebAssembly training on a shared, slow machine: steps get generous timeouts.
const STEP_TIMEOUT = 180_000;

async function runStep(page: Page, step: string) {
  const section = page.locator(`[data-step="${step}"]`);
  await section.locator('[data-run]').click();
  const status = section.locator('.lab-status');
  await expect(status).toHaveAttribute('data-tone', /done|error/, { timeout: STEP_TIMEOUT });
  await expect(status).toHaveText(/^Done in /);
  return section;
}

/** Opens the tables behind a step's charts, as a reader would. */
async function openTables(section: Locator) {
  for (const summary of await section.locator('details > summary').all()) await summary.click();
}

test.describe('the lab', () => {
  test.describe.configure({ timeout: 600_000 });

  test('loads no WebAssembly, model or data until a step starts, and shows their size first', async ({ page }) => {
    const heavy: string[] = [];
    page.on('request', (request) => {
      if (/\.(wasm|ftz)$|udhr\.json$|lab-worker/.test(request.url())) heavy.push(request.url());
    });
    await page.goto('/lab/');
    await expect(page.locator('[data-device]')).toContainText(/logical cores/);
    await expect(page.locator('[data-step="data"] [data-run]')).toHaveText(/Load the data \(\d+(\.\d)? KB\)/);
    await expect(page.locator('[data-step="model-a"] [data-run]')).toContainText(
      /WebAssembly \d+(\.\d)? KB \+ lid\.176\.ftz \d+(\.\d)? KB/,
    );
    await page.waitForLoadState('networkidle');
    expect(heavy).toEqual([]);
    const section = await runStep(page, 'data');
    await expect(section.getByRole('table', { name: /Cleaning steps/ })).toContainText('drop texts under 3 words');
    await openTables(section);
    await expect(section.getByRole('table', { name: /Class balance/ })).toContainText('Swedish (sv)');
    await expect(section).toContainText(/no article on both sides/);
    expect(heavy.some((url) => url.endsWith('udhr.json'))).toBe(true);
    expect(heavy.some((url) => url.endsWith('.wasm'))).toBe(false);
  });

  test('model A: accuracy, confusion and hard cases measured in the browser', async ({ page }) => {
    await page.goto('/lab/');
    const section = await runStep(page, 'model-a');
    await expect(section.locator('.lab-output')).toContainText(/Accuracy \d+\.\d %/);
    await openTables(section);
    await expect(section.getByRole('table', { name: /F1 per language/ })).toContainText('Polish (pl)');
    await expect(section.getByRole('table', { name: /confusion per language/ })).toContainText('other');
    const hard = section.getByRole('table', { name: /hard cases/ });
    await expect(hard).toContainText('1 word');
    await expect(hard.getByRole('row', { name: /Danish/ })).toContainText(/da \d+ %/);
  });

  test('the language-ID demo answers bad input clearly and never hangs', async ({ page }) => {
    await page.goto('/lab/');
    const demo = page.locator('form[data-lid-demo]');
    const field = demo.locator('textarea');
    const output = demo.locator('output');
    const identify = demo.getByRole('button', { name: 'Identify' });

    await identify.click();
    await expect(output).toHaveText(/empty/);

    await field.fill('Der schnelle braune Fuchs springt über den faulen Hund.');
    await identify.click();
    await expect(output).toContainText('German (de), confidence', { timeout: STEP_TIMEOUT });
    await expect(output).toContainText(/measured on this device/);

    await field.fill('Alle mennesker er født frie og lige i værdighed og rettigheder.');
    await identify.click();
    await expect(output).toContainText(/Danish \(da\).*not one of the 10 languages/);

    await field.fill('Bonjour\u0007 tout le monde, comment allez-vous aujourd’hui ?');
    await identify.click();
    await expect(output).toContainText('French (fr)');
    await expect(output).toContainText('Removed 1 control character.');

    await field.fill('hello world '.repeat(8_334).slice(0, 100_000));
    await identify.click();
    await expect(output).toContainText('The text has 100,000 characters; the first 2,000 were classified.', {
      timeout: 30_000,
    });
    await expect(output).toContainText('English (en)');
  });

  test('model B trains in a worker with progress and compares with model A', async ({ page }) => {
    await page.goto('/lab/');
    const section = await runStep(page, 'model-b');
    await expect(section.locator('progress')).toHaveJSProperty('value', 1);
    await openTables(section);
    await expect(section.getByRole('table', { name: 'Training loss' })).toContainText('0 %');
    await expect(section.getByRole('table', { name: /model A against model B/ })).toContainText('Turkish (tr)');
    await expect(section.locator('.lab-leak')).toContainText(/random split .* reports \d+\.\d %/);
  });

  test('optimisation adds a point per run; service reports p50/p95; monitoring fires the alert', async ({ page }) => {
    await page.goto('/lab/');
    const optimise = page.locator('[data-step="optimise"]');
    await optimise.getByLabel('Dimension').selectOption('8');
    await optimise.getByLabel('Buckets').selectOption('10000');
    await runStep(page, 'optimise');
    await expect(optimise.locator('circle[data-point]')).toHaveCount(1);
    await expect(optimise.locator('.lab-svg-reference')).toHaveCount(2);
    await expect(optimise).toContainText('250 MB: AWS Lambda (.zip)');
    await expect(optimise).toContainText('10 GB: AWS Lambda (container image)');
    await openTables(optimise);
    await expect(optimise.getByRole('table', { name: 'Optimisation runs' })).toContainText('dim 8, bucket 10,000');

    const service = page.locator('[data-step="service"]');
    await service.getByLabel('Requests').selectOption('100');
    await runStep(page, 'service');
    await service.getByLabel('Workers').selectOption('2');
    await runStep(page, 'service');
    await openTables(service);
    const bursts = service.getByRole('table', { name: 'Bursts' });
    await expect(bursts.locator('tbody tr')).toHaveCount(2);
    await expect(bursts.locator('tbody tr').nth(1).locator('th')).toHaveText('2');
    await expect(service.locator('.lab-output')).toContainText(/p50 \d.* p95 \d/);

    const monitor = await runStep(page, 'monitor');
    await openTables(monitor);
    await expect(monitor.getByRole('alert')).toContainText(/Alert: PSI above 0\.25 in window \d/);
    await expect(
      monitor.getByRole('table', { name: 'Monitoring per window' }).locator('tbody tr').first(),
    ).toContainText('stable');

    await page.getByRole('button', { name: 'Copy results as Markdown' }).click();
    const markdown = page.getByRole('textbox', { name: 'Results as Markdown' });
    await expect(markdown).toHaveValue(/Measured on this device: \d+ logical cores/);
    await expect(markdown).toHaveValue(/## Monitoring\n\n\| window \|/);
    await expect(markdown).toHaveValue(/## Service/);
  });

  test('works offline after the first visit', async ({ page, context }) => {
    await page.goto('/lab/');
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await runStep(page, 'model-a');
    await context.setOffline(true);
    await page.reload();
    const section = await runStep(page, 'model-a');
    await expect(section.locator('.lab-output')).toContainText(/Accuracy \d+\.\d %/);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`results, charts and tables have no axe violations in the ${colorScheme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto('/lab/');
      for (const step of ['data', 'model-a', 'monitor']) await openTables(await runStep(page, step));
      await page.getByRole('button', { name: 'Copy results as Markdown' }).click();
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target).join(', ')}`)).toEqual([]);
    });
  }
});
