import { readFileSync, readdirSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { findCheckpoints } from '../../src/workshop/checkpoint-lint';
import { CHOICE_SEED_KEY, choiceOrder } from '../../src/workshop/choice-order';
import { PROGRESS_KEY, chapterWithCheckpoint } from './workshop-helpers';

// Checkpoints show their choices in an order of the reader's own: stable for one reader, different
// between readers, the authored order without JavaScript, and answers kept by choice, not position.

const path = chapterWithCheckpoint();
const chaptersDir = new URL('../../content/chapters/', import.meta.url);
const file = readdirSync(chaptersDir).find((name) => name.replace(/^\d+-/, '') === `${path.split('/')[2]}.mdx`)!;
const authored = findCheckpoints(readFileSync(new URL(file, chaptersDir), 'utf8')).map((checkpoint) =>
  checkpoint.choices.map((choice) => choice.label),
);

/** Each checkpoint's choice labels, in the order shown, and its id. */
const shown = (page: Page) =>
  page.locator('[data-checkpoint]').evaluateAll((checkpoints) =>
    checkpoints.map((checkpoint) => ({
      id: (checkpoint as HTMLElement).dataset.checkpoint!,
      labels: [...checkpoint.querySelectorAll('.choice label span')].map((span) => span.textContent!.trim()),
    })),
  );

/** The orders a reader with `seed` should see, from the same pure shuffle the page uses. */
const expected = (seed: string, ids: string[]) =>
  ids.map((id, n) => choiceOrder(seed, id, authored[n]!.length).map((index) => authored[n]![index]!));

async function readerWithSeed(browser: Browser, seed: string) {
  const context = await browser.newContext();
  await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [CHOICE_SEED_KEY, seed] as const);
  const page = await context.newPage();
  await page.goto(path);
  return page;
}

test('two readers see different orders, each the same on reload; without JavaScript the authored order', async ({
  browser,
}) => {
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noScript.newPage();
  await plain.goto(path);
  const authoredShown = await shown(plain);
  expect(authoredShown.map((checkpoint) => checkpoint.labels)).toEqual(authored);
  const ids = authoredShown.map((checkpoint) => checkpoint.id);

  const [first, second] = [await readerWithSeed(browser, 'reader1'), await readerWithSeed(browser, 'reader2')];
  expect(expected('reader1', ids)).not.toEqual(expected('reader2', ids));
  for (const [page, seed] of [
    [first, 'reader1'],
    [second, 'reader2'],
  ] as const) {
    expect((await shown(page)).map((checkpoint) => checkpoint.labels)).toEqual(expected(seed, ids));
    await page.reload();
    expect((await shown(page)).map((checkpoint) => checkpoint.labels)).toEqual(expected(seed, ids));
  }
  // Across the page the right answer does not stay where the author put it for everyone.
  expect((await shown(first)).map((checkpoint) => checkpoint.labels.join('|'))).not.toEqual(
    authored.map((labels) => labels.join('|')),
  );
});

test('a new reader gets a seed of their own, kept for the next visit', async ({ page }) => {
  await page.goto(path);
  const seed = await page.evaluate((key) => localStorage.getItem(key), CHOICE_SEED_KEY);
  expect(seed).toMatch(/^[0-9a-z]{1,16}$/);
  const before = await shown(page);
  expect(before.map((checkpoint) => checkpoint.labels)).toEqual(
    expected(
      seed!,
      before.map((checkpoint) => checkpoint.id),
    ),
  );
  await page.reload();
  expect(await shown(page)).toEqual(before);
  expect(await page.evaluate((key) => localStorage.getItem(key), CHOICE_SEED_KEY)).toBe(seed);
});

test('a saved answer is shown again after reload, even when the order has changed', async ({ page }) => {
  await page.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, value);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [CHOICE_SEED_KEY, 'reader1'] as const,
  );
  await page.goto(path);
  const checkpoint = page.locator('[data-checkpoint]').first();
  const right = checkpoint.locator('.choice[data-correct="true"]');
  const label = (await right.locator('label span').textContent())!.trim();
  await right.getByRole('radio').check();
  await expect(checkpoint.locator('[aria-live="polite"]')).toContainText('Right.');
  await expect
    .poll(() =>
      page.evaluate(
        (key) => Object.keys(JSON.parse(localStorage.getItem(key) ?? '{}').checkpoints ?? {}),
        PROGRESS_KEY,
      ),
    )
    .toHaveLength(1);

  await page.reload();
  await expect(page.locator('[data-checkpoint]').first().getByRole('radio', { name: label })).toBeChecked();

  // Another seed moves the choices; the same answer is still the one picked.
  const id = (await checkpoint.getAttribute('data-checkpoint'))!;
  const seeds = ['reader2', 'reader3', 'reader4', 'reader5'];
  const labels = authored[0]!;
  const position = (seed: string) =>
    choiceOrder(seed, id, labels.length)
      .map((i) => labels[i])
      .indexOf(label);
  const moved = seeds.find((seed) => position(seed) !== position('reader1'))!;
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [CHOICE_SEED_KEY, moved] as const);
  await page.reload();
  const radios = page.locator('[data-checkpoint]').first().getByRole('radio');
  await expect(radios.nth(position(moved))).toBeChecked();
  await expect(page.locator('[data-checkpoint]').first().getByRole('radio', { name: label })).toBeChecked();
  await expect(page.locator('[data-checkpoint]').first().locator('[aria-live="polite"]')).toContainText('Right.');
});

test('the arrow keys move through the choices in the order shown', async ({ page }) => {
  await page.goto(path);
  const checkpoint = page.locator('[data-checkpoint]').first();
  const labels = (await shown(page))[0]!.labels;
  const radios = checkpoint.getByRole('radio');
  await radios.first().focus();
  await page.keyboard.press('Space');
  await expect(checkpoint.getByRole('radio', { name: labels[0] })).toBeChecked();
  await page.keyboard.press('ArrowDown');
  await expect(checkpoint.getByRole('radio', { name: labels[1] })).toBeChecked();
  await expect(checkpoint.getByRole('radio', { name: labels[1] })).toBeFocused();
});

test('reordering the choices shifts nothing on screen, even with a checkpoint in view as the page opens', async ({
  page,
}) => {
  await page.addInitScript(() => {
    (window as unknown as { shifts: string[] }).shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources?: { node?: Node }[] })[])
        (window as unknown as { shifts: string[] }).shifts.push(
          ...(entry.sources ?? [])
            // What the reordering could move: the chapter's content (the site header has its own life).
            .filter((source) => {
              const node = source.node;
              const element = node instanceof Element ? node : node?.parentElement;
              return !element || element.closest('main') !== null;
            })
            .map((source) => (source.node as Element | undefined)?.outerHTML?.slice(0, 80) ?? '?'),
        );
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const noScript = await page.context().browser()!.newContext({ javaScriptEnabled: false });
  const plain = await noScript.newPage();
  await plain.goto(path);
  const id = await plain.locator('[data-checkpoint]').first().getAttribute('data-checkpoint');
  const plainHeight = (await plain.locator('[data-checkpoint]').first().boundingBox())!.height;

  await page.goto(`${path}#${id}`);
  const checkpoint = page.locator('[data-checkpoint]').first();
  await expect(checkpoint).toBeInViewport();
  await expect(checkpoint).toHaveAttribute('data-shuffled', '');
  expect((await checkpoint.boundingBox())!.height).toBeCloseTo(plainHeight, 0);
  // Let a frame pass so any late shift would have been reported.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  expect(await page.evaluate(() => (window as unknown as { shifts: string[] }).shifts)).toEqual([]);
});
