import { expect, test } from '@playwright/test';

/** The printed page's height in CSS px: the deck's @page is 1280 × 720. */
const PAGE_HEIGHT = 720;

test('printed notes carry the cue and the whole chapter text, on as many pages as they need', async ({ page }) => {
  await page.goto('/talk/?notes');
  await expect(page.locator('html')).toHaveAttribute('data-notes', 'ready');
  await page.emulateMedia({ media: 'print' });
  const notes = await page.locator('.slide .slide__notes').evaluateAll((all) =>
    all.map((el) => {
      const prose = el.querySelector('.slide__notes-prose');
      const last = prose?.lastElementChild;
      return {
        key: el.getAttribute('data-notes-for'),
        height: el.getBoundingClientRect().height,
        cut: el.scrollHeight > el.clientHeight + 1,
        cueShown: (el.querySelector('.slide__notes-cue')?.getBoundingClientRect().height ?? 0) > 0,
        // The folded text is unfolded on paper: its last block is rendered, not skipped as in a closed <details>.
        proseShown: !prose || (!!last && last.checkVisibility() && last.getBoundingClientRect().height > 0),
      };
    }),
  );
  expect(notes.length).toBeGreaterThan(60);
  for (const note of notes) {
    expect(note.cut, note.key!).toBe(false);
    expect(note.proseShown, note.key!).toBe(true);
  }
  expect(notes.filter((note) => note.cueShown).length).toBeGreaterThan(60);
  // Some notes run over a page: they flow onto the next ones rather than being cut at the first.
  const pagesForNotes = notes.reduce((sum, note) => sum + Math.max(1, Math.ceil(note.height / PAGE_HEIGHT - 0.01)), 0);
  expect(pagesForNotes).toBeGreaterThan(notes.length);

  // The PDF has every one of those pages: the slides, then each note over its pages.
  const slides = await page.locator('.slide').count();
  const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
  const pages = pdf.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
  expect(pages).toBeGreaterThanOrEqual(slides + pagesForNotes);
});
