import { readdirSync, readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';

const chaptersDir = new URL('../../content/chapters/', import.meta.url);

/**
 * Text as a reader sees it, with typography undone: the site prints curly quotes, dashes and ellipses
 * where the source has straight ones, so both sides are compared in this plain form.
 */
const plain = (text: string) =>
  text
    .replace(/[‘’‚′]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/…/g, '...')
    .replace(/\s+/g, ' ')
    .trim();

/** Markdown and MDX markup a note may carry, reduced to the words it shows. */
const markdownText = (source: string) =>
  source
    .replace(/^\s*[-*]\s+/gm, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/[*_`]/g, '');

/** Each chapter's reading URL with the start of each of its <Notes> blocks, as written in the MDX source. */
const chapters = readdirSync(chaptersDir)
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => ({
    href: `/chapters/${name.replace(/^\d+-/, '').replace(/\.mdx$/, '')}/`,
    notes: [...readFileSync(new URL(name, chaptersDir), 'utf8').matchAll(/<Notes>([\s\S]*?)<\/Notes>/g)].map((match) =>
      plain(markdownText(match[1]!)).slice(0, 60),
    ),
  }));
const allNotes = chapters.flatMap(({ notes }) => notes);

const pageText = async (page: Page) => plain((await page.locator('body').textContent())!);

test('chapters carry speaker notes to test against, each a real sentence', () => {
  expect(allNotes.length).toBeGreaterThan(0);
  for (const note of allNotes) expect(note).toMatch(/^\S.{39,}$/);
});

// Proves the extraction matches what the site prints: the deck's notes page carries every note, so a note
// the reading pages do not show is absent there, not merely spelled differently.
test('the deck carries every speaker note', async ({ page }) => {
  await page.goto('/talk/notes/');
  const text = await pageText(page);
  for (const note of allNotes) expect(text).toContain(note);
});

for (const { href, notes } of chapters) {
  test(`${href} shows its key points but not its speaker notes`, async ({ page }) => {
    await page.goto(href);
    await expect(page.locator('.key-points').first()).toBeVisible();
    const text = await pageText(page);
    for (const note of notes) expect(text).not.toContain(note);
  });
}

/** How far a scrolling element is scrolled, once it has settled. */
const scrolled = (el: Locator) => el.evaluate((node) => node.scrollTop);

test('every slide of the talk, chapter title slides included, opens its notes with a short cue; the chapter text waits, folded, below it', async ({
  page,
}) => {
  await page.goto('/talk/?notes');
  await expect(page.locator('html')).toHaveAttribute('data-notes', 'ready');
  const slides = await page.locator('.slide').evaluateAll((all) =>
    all.map((slide) => {
      const notes = slide.querySelector('.slide__notes');
      const parts = [...(notes?.children ?? [])].map((el) => el.className);
      const details = notes?.querySelector('details');
      return {
        key: (slide as HTMLElement).dataset.key,
        parts,
        cueWords: notes?.querySelector('.slide__notes-cue')?.textContent?.split(/\s+/).filter(Boolean).length ?? 0,
        folded: details ? !details.open : null,
      };
    }),
  );
  expect(slides.length).toBeGreaterThan(70);
  for (const slide of slides) {
    // Label, then the cue, then (where the section has prose) the folded chapter text.
    expect(slide.parts.slice(0, 2), slide.key).toEqual(['slide__notes-label', 'speaker-only slide__notes-cue']);
    expect(slide.cueWords, slide.key).toBeGreaterThan(10);
    expect(slide.cueWords, slide.key).toBeLessThanOrEqual(70);
    // A talk's own slides (title, demo, closing: keys /talk-…) have a cue and no chapter text to fold.
    expect(slide.folded, slide.key).toBe(slide.key?.startsWith('/talk-') ? null : true);
  }
});

test('the presenter shows the cue at a glance; the chapter text opens from the keyboard and folds again on the next slide', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/talk/presenter/#/model-choices/2');
  const pane = page.locator('[data-notes]');
  const cue = pane.locator('.slide__notes-cue');
  await expect(cue).toContainText('Say:');
  // The whole cue sits inside the pane's visible box, without scrolling.
  const [cueBox, paneBox] = [await cue.boundingBox(), await pane.boundingBox()];
  expect(cueBox!.y + cueBox!.height).toBeLessThanOrEqual(paneBox!.y + paneBox!.height);
  const summary = pane.locator('summary');
  const prose = pane.getByText('Transformer encoders fine-tuned for classification');
  await expect(prose).toBeHidden();

  // Tab from the pane to the fold, Enter opens it.
  await pane.focus();
  await page.keyboard.press('Tab');
  await expect(summary).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(prose).toBeVisible();
  await expect(page).toHaveURL(/#\/model-choices\/2$/);

  // ↓ scrolls the focused pane and leaves the slide where it is; Page Down (a clicker) moves on.
  await pane.focus();
  for (let i = 0; i < 5; i += 1) await page.keyboard.press('ArrowDown');
  await expect.poll(() => scrolled(pane)).toBeGreaterThan(0);
  await expect(page).toHaveURL(/#\/model-choices\/2$/);
  await page.keyboard.press('ArrowUp');
  await expect(page).toHaveURL(/#\/model-choices\/2$/);
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(/#\/model-choices\/3$/);
  await expect(pane.locator('.slide__notes-cue')).toContainText('mmBERT');

  // A click on the fold opens it, and the clicker still moves the talk from there, Space included.
  await pane.locator('summary').click();
  await expect(pane.locator('details')).toHaveAttribute('open', '');
  await page.keyboard.press('PageUp');
  await expect(page).toHaveURL(/#\/model-choices\/2$/);
  // Back on the earlier slide, its chapter text is folded again, the pane at its top.
  await expect(pane.locator('details')).not.toHaveAttribute('open', '');
  expect(await scrolled(pane)).toBe(0);
  await pane.locator('summary').click();
  await page.keyboard.press(' ');
  await expect(page).toHaveURL(/#\/model-choices\/3$/);
});

// A laptop's screen as the presenter sees it: the cue is read at a glance, never scrolled to.
for (const { width, height, smaller } of [
  { width: 1440, height: 900, smaller: 0 },
  { width: 1280, height: 720, smaller: 2 },
]) {
  test(`at ${width}×${height}${smaller ? `, text ${smaller} steps smaller,` : ''} every cue fits the presenter's notes pane`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await page.goto('/talk/presenter/#/use-case/1');
    const pane = page.locator('[data-notes]');
    await expect(pane.locator('.slide__notes-cue')).toBeVisible();
    for (let i = 0; i < smaller; i += 1) await page.getByRole('button', { name: 'Smaller text' }).click();
    const keys = await page
      .locator('[data-deck-source] .slide')
      .evaluateAll((slides) => slides.map((slide) => (slide as HTMLElement).dataset.key!));
    expect(keys.length).toBeGreaterThan(70);
    const overflowing: string[] = [];
    for (const key of keys) {
      await page.evaluate((target) => (location.hash = `#${target}`), key);
      await expect(page.locator('[data-current-stage] .slide')).toHaveAttribute('data-key', key);
      const below = await pane.evaluate((el) => {
        const cue = el.querySelector('.slide__notes-cue');
        return cue ? cue.getBoundingClientRect().bottom - el.getBoundingClientRect().bottom : Infinity;
      });
      if (below > 0) overflowing.push(`${key} (${below} px)`);
    }
    expect(overflowing).toEqual([]);
  });
}

test('in the n overlay, ↓ scrolls the focused notes and a clicker still moves the talk', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/talk/#/model-choices/2');
  await page.keyboard.press('n');
  const notes = page.locator('.slide.is-current .slide__notes');
  await expect(notes.locator('.slide__notes-cue')).toBeVisible();
  await notes.locator('summary').click();
  await expect(notes.getByText('Transformer encoders fine-tuned for classification')).toBeVisible();
  await notes.locator('.slide__notes-cue').click();
  await expect(notes).toBeFocused();
  for (let i = 0; i < 5; i += 1) await page.keyboard.press('ArrowDown');
  await expect.poll(() => scrolled(notes)).toBeGreaterThan(0);
  await expect(page).toHaveURL(/#\/model-choices\/2$/);
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(/#\/model-choices\/3$/);
  await expect(page.locator('.slide.is-current .slide__notes-cue')).toContainText('mmBERT');
});
