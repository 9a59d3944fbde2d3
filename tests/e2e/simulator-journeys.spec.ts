import { expect, test, type Page } from '@playwright/test';
import { LAMBDA_ZIP_BEFORE_PLATFORM } from '../shared/lean-journey.mjs';
import { choose, chooseAll, LEAN_JOURNEY, openSimulator, startOver, takeDetour } from './simulator-actions';

/** How many finished journeys each stored progress record holds (the lean journey's model names them). */
function finishedJourneyCounts(page: Page): Promise<number[]> {
  return page.evaluate(() =>
    Object.values(localStorage)
      .filter((value) => value.includes('Multilingual MiniLM'))
      .map((value) => JSON.parse(value).journeys.length),
  );
}

test.describe('simulator journeys end to end', () => {
  test('a lean journey reaches production with no pitfall and an ADR', async ({ page }) => {
    await openSimulator(page);
    await chooseAll(page, LEAN_JOURNEY);
    const report = page.locator('[data-state="in-production"]').first();
    await expect(report.getByRole('heading', { name: 'In production' })).toBeVisible();
    await expect(report).toContainText('No pitfall on the way');
    await expect(page.locator('.sim-adr')).toContainText(
      '# ADR: Architecture of the multilingual message-routing classifier',
    );
    await expect(page.locator('.sim-adr')).toContainText('Multilingual MiniLM');
    // Every metric explains its derivation in numbers.
    const packageMetric = report.locator('[data-metric="packageMB"]');
    await packageMetric.getByText('How it is derived').click();
    await expect(packageMetric).toContainText(
      'base image 130 MB + runtime 144 MB (the model is downloaded at start, not in the image)',
    );
    const download = report.getByRole('link', { name: 'Download the ADR (Markdown)' });
    await expect(download).toHaveAttribute('download', 'adr-multilingual-classifier.md');
  });

  test('a .zip over Lambda’s 250 MB limit stops the journey until a detour is taken', async ({ page }) => {
    await openSimulator(page);
    await chooseAll(page, LAMBDA_ZIP_BEFORE_PLATFORM);
    // The option's preview warns before the choice.
    await expect(page.locator('[data-option="lambda-zip"]')).toContainText('Opens a pitfall');
    await choose(page, 'platform', 'lambda-zip');
    // Three pitfalls open at once. Each has a detour that helps one other per day of work, so the hard
    // limit that nothing deploys past leads: "1 of 3".
    const card = page.locator('[data-pitfall="lambda-zip-over-250mb"]');
    await expect(card.locator('[data-pitfall-position]')).toHaveText('Pitfall 1 of 3');
    await expect(card).toContainText('250 MB');
    await expect(page.locator('[data-metric="packageMB"] strong')).toHaveText('1.49 GB');
    await expect(card.getByRole('link', { name: 'Read the chapter section' })).toHaveAttribute(
      'href',
      '/chapters/platforms/#package-and-image-limits',
    );
    await takeDetour(page, 'lambda-zip-over-250mb', 'use-container-image');
    // The image loads lazily, but importing torch still passes the 10 s init cap: pre-initialised
    // environments end both that and the cold start.
    const init = page.locator('[data-pitfall="init-over-cap"]');
    await expect(init.locator('[data-pitfall-position]')).toHaveText('Pitfall 1 of 2');
    await takeDetour(page, 'init-over-cap', 'provisioned-concurrency');
    // Lambda sells no GPU: those options stay listed, disabled, with the reason.
    const gpu = page.locator('[data-decision="hardware"] [data-option="gpu-batched"]');
    await expect(gpu).toHaveAttribute('aria-disabled', 'true');
    await expect(gpu).toContainText('offers no GPU');
    await choose(page, 'hardware', 'cpu-2');
    await choose(page, 'monitoring', 'technical');
    const report = page.locator('[data-state="in-production"]').first();
    await expect(report.getByRole('heading', { name: 'In production' })).toBeVisible();
    await expect(report.locator('[data-days-lost]')).toHaveText('3 days');
    await expect(report).toContainText(
      "The .zip package is over Lambda's 250 MB unzipped limit → Ship a Lambda container image instead (2 days)",
    );
    await expect(page.locator('.sim-adr')).toContainText('AWS Lambda (container image)');
  });

  test('drift in one language surfaces months later without per-language monitoring', async ({ page }) => {
    await openSimulator(page);
    await chooseAll(page, LEAN_JOURNEY.slice(0, -1));
    await choose(page, 'monitoring', 'technical');
    await expect(page.locator('[data-state="months-later"]')).toBeVisible();
    await expect(page.getByText('Launched. Months later…')).toBeVisible();
    await expect(page.locator('[data-pitfall="silent-drift-one-language"]')).toBeVisible();
    await takeDetour(page, 'silent-drift-one-language', 'drift-and-feedback');
    const report = page.locator('[data-state="in-production"]').first();
    await expect(report).toContainText('Months later, one language drifts and nobody sees it');
    await expect(report).not.toContainText('Months later: Months later');
    await expect(report.getByRole('heading', { name: 'Consequences at launch' })).toBeVisible();
    await expect(report.locator('[data-days-lost]')).toHaveText('15 days');
  });

  test('back undoes one step and start over clears the journey', async ({ page }) => {
    await openSimulator(page);
    await chooseAll(page, LEAN_JOURNEY.slice(0, 3));
    await expect(page.locator('[data-decision="residency"]')).toBeVisible();
    await page.getByRole('button', { name: 'Back one step' }).click();
    await expect(page.locator('[data-decision="latency"]')).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Journey so far' }).locator('li')).toHaveCount(2);
    // Start over asks first: keeping the journey keeps it, confirming clears it.
    await page.getByRole('button', { name: 'Start over' }).click();
    await page.getByRole('dialog', { name: 'Start over?' }).getByRole('button', { name: 'Keep this journey' }).click();
    await expect(page.getByRole('dialog')).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Journey so far' }).locator('li')).toHaveCount(2);
    await startOver(page);
    await expect(page.locator('[data-decision="languages"]')).toBeVisible();
    await expect(page).toHaveURL(/\/simulator\/$/);
  });

  test('a chapter door opens the simulator at its stage with the running example before it', async ({ page }) => {
    await openSimulator(page, '?stage=platform');
    await expect(page.locator('[data-decision="platform"]')).toBeVisible();
    await expect(page.getByRole('status').first()).toContainText('Opened at the Platform stage');
    await expect(page.getByRole('navigation', { name: 'Journey so far' }).locator('li')).toHaveCount(9);
    await openSimulator(page, '?stage=monitoring');
    await expect(page.locator('[data-decision="monitoring"]')).toBeVisible();
  });
});

test('a finished journey is kept in the reader’s progress, with a link that replays it', async ({ page }) => {
  await openSimulator(page);
  await chooseAll(page, LEAN_JOURNEY);
  await expect(page.getByRole('heading', { name: 'In production' })).toBeFocused();
  await expect
    .poll(() =>
      page.evaluate(() =>
        Object.keys(localStorage).some((key) => localStorage.getItem(key)?.includes('Multilingual MiniLM')),
      ),
    )
    .toBe(true);

  await page.goto('/progress/');
  await expect(page.locator('[data-progress-no-journeys]')).toBeHidden();
  const journey = page.locator('[data-progress-journeys] a').first();
  await expect(journey).toContainText('Multilingual MiniLM');
  await journey.click();
  await expect(page).toHaveURL(/\/simulator\/\?j=/);
  await expect(page.getByRole('heading', { name: 'In production' })).toBeVisible();
});

test('opening or reloading a finished journey’s link adds nothing to the reader’s progress', async ({ page }) => {
  await openSimulator(page);
  await chooseAll(page, LEAN_JOURNEY);
  const finished = () => finishedJourneyCounts(page);
  await expect.poll(finished).toEqual([1]);
  // The report records a journey by adding its recorder script to the page.
  const recorders = page.locator('head script[data-journey]');
  await expect(recorders).toHaveCount(1);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'In production' })).toBeVisible();
  // By the time the network is quiet, the report has rendered and a recorder would have been added and run.
  await page.waitForLoadState('networkidle');
  await expect(recorders).toHaveCount(0);
  expect(await finished()).toEqual([1]);
});

test('back and start over from the report keep the address in step and move focus', async ({ page }) => {
  await openSimulator(page);
  await chooseAll(page, LEAN_JOURNEY);
  const finishedUrl = page.url();
  await page.getByRole('button', { name: 'Back one step' }).click();
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeFocused();
  await expect.poll(() => page.url()).not.toBe(finishedUrl);
  await page.reload();
  await expect(page.locator('[data-decision="monitoring"]')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'In production', exact: true })).toHaveCount(0);

  await startOver(page);
  await expect(page.locator('[data-decision="languages"]')).toBeVisible();
  await expect.poll(() => new URL(page.url()).searchParams.has('j')).toBe(false);
});

test('back from the report and finishing again keeps one journey in the reader’s progress', async ({ page }) => {
  await openSimulator(page);
  await chooseAll(page, LEAN_JOURNEY);
  const finished = () => finishedJourneyCounts(page);
  await expect.poll(finished).toEqual([1]);
  // The report records a journey by adding its recorder script to the page: once, not again on return.
  const recorders = page.locator('head script[data-journey]');
  await expect(recorders).toHaveCount(1);
  await page.getByRole('button', { name: 'Back one step' }).click();
  await chooseAll(page, LEAN_JOURNEY.slice(-1));
  await expect(page.getByRole('heading', { name: 'In production', exact: true })).toBeVisible();
  // By the time the network is quiet, a second recorder would have been added and run.
  await page.waitForLoadState('networkidle');
  await expect(recorders).toHaveCount(1);
  expect(await finished()).toEqual([1]);
});

test('a journey finished, stepped back, reloaded and finished again is kept once', async ({ page }) => {
  await openSimulator(page);
  await chooseAll(page, LEAN_JOURNEY);
  const finished = () => finishedJourneyCounts(page);
  await expect.poll(finished).toEqual([1]);
  await page.getByRole('button', { name: 'Back one step' }).click();
  await expect(page.locator('[data-decision="monitoring"]')).toBeVisible();
  await page.reload();
  await expect(page.locator('.sim[data-ready="true"]')).toBeVisible();
  await chooseAll(page, LEAN_JOURNEY.slice(-1));
  await expect(page.getByRole('heading', { name: 'In production', exact: true })).toBeVisible();
  // This journey is new to the page, so its recorder runs, and finds the same journey already kept.
  await expect(page.locator('head script[data-journey]')).toHaveCount(1);
  await page.waitForLoadState('networkidle');
  expect(await finished()).toEqual([1]);
});

test('an anchor in the address is not taken for a stage', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await openSimulator(page, '#%E0%A4%A');
  await expect(page.locator('.sim-notice')).toHaveCount(0);
  await openSimulator(page, '#pitfall-list');
  await expect(page.locator('.sim-notice')).toHaveCount(0);
  expect(errors).toEqual([]);
});
