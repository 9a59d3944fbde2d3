import { expect, test } from './deck-fixture';
import type { Page } from '@playwright/test';

/** Print the page to PDF as "Save as PDF" would, honouring its @page size, and count the pages. */
async function printedPages(page: Page): Promise<{ pages: number; width: number; height: number }> {
  const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
  const pages = pdf.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
  const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf);
  return { pages, width: Number(box?.[1]), height: Number(box?.[2]) };
}

test('the full deck, opened for print, loads every slide and prints one 16:9 landscape page per slide', async ({
  page,
}) => {
  await page.goto('/talk/workshop/?print#/use-case/1');
  await expect(page.locator('html')).toHaveAttribute('data-slides', 'ready');
  await expect(page.locator('.slide:not([data-loaded]) .slide__pending')).toHaveCount(0);
  const slides = await page.locator('.slide').count();
  expect(slides).toBeGreaterThan(1);
  const { pages, width, height } = await printedPages(page);
  expect(pages).toBe(slides);
  expect(width / height).toBeCloseTo(16 / 9, 2);
});

test('the fixture talk prints one page per slide, steps in their final state', async ({ page, fixtureURL }) => {
  await page.goto(`${fixtureURL}/talk/workshop/#/first/1/1`);
  expect((await printedPages(page)).pages).toBe(7);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText('Gamma point')).toBeVisible();
  await expect(page.locator('.slide').nth(3)).toBeVisible();

  await page.emulateMedia({ media: 'screen' });
  await page.goto(`${fixtureURL}/talk/workshop/#/first/2`);
  const dimmedLine = page.locator('.slide.is-current .line[data-line="4"] span').first();
  await expect(page.locator('.slide.is-current .line[data-line="4"]')).toHaveClass(/step-dim/);
  const muted = await dimmedLine.evaluate((span) => getComputedStyle(span).color);
  await page.emulateMedia({ media: 'print' });
  expect(await dimmedLine.evaluate((span) => getComputedStyle(span).color)).not.toBe(muted);
});

test('?notes adds a notes page after each slide that has notes', async ({ page, fixtureURL }) => {
  await page.goto(`${fixtureURL}/talk/workshop/?notes`);
  // The notes load apart from the slides; the page says when they are in place.
  await expect(page.locator('html')).toHaveAttribute('data-notes', 'ready');
  const slides = await page.locator('.slide').count();
  const withNotes = await page.locator('.slide .slide__notes').count();
  expect(withNotes).toBeGreaterThan(0);
  expect((await printedPages(page)).pages).toBe(slides + withNotes);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText('List speaker note')).toBeVisible();
});

test('a speaker in the dark theme still prints dark text on white paper', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/talk/workshop/');
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
  const colours = await page
    .locator('.slide')
    .first()
    .evaluate((slide) => ({
      page: getComputedStyle(document.body).backgroundColor,
      text: getComputedStyle(slide).color,
    }));
  expect(colours.page).toBe('rgb(255, 255, 255)');
  expect(colours.text).toBe('rgb(27, 31, 36)');
});

test('every printed slide carries its number', async ({ page, fixtureURL }) => {
  await page.goto(`${fixtureURL}/talk/workshop/`);
  await page.emulateMedia({ media: 'print' });
  const numbers = await page.locator('.slide__canvas').evaluateAll((canvases) =>
    canvases.map((canvas) => {
      const after = getComputedStyle(canvas, '::after');
      return [after.content, after.display, after.position];
    }),
  );
  expect(numbers).toHaveLength(7);
  for (const number of numbers) expect(number).toEqual(['counter(slide)', 'block', 'absolute']);
});

test('printed notes are never cut: long notes flow onto further pages', async ({ page }) => {
  await page.goto('/talk/workshop/?notes');
  await expect(page.locator('html')).toHaveAttribute('data-notes', 'ready');
  await page.emulateMedia({ media: 'print' });
  const notes = await page
    .locator('.slide .slide__notes')
    .evaluateAll((all) =>
      all.map((el) => ({ shown: el.clientHeight, needed: el.scrollHeight, overflow: getComputedStyle(el).overflowY })),
    );
  expect(notes.length).toBeGreaterThan(50);
  // Some notes are longer than one 720 px page, and each shows all of its text.
  expect(notes.some(({ needed }) => needed > 720)).toBe(true);
  for (const note of notes) {
    expect(note.overflow).toBe('visible');
    expect(note.needed).toBeLessThanOrEqual(note.shown + 1);
  }
});
