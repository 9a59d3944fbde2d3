import { readdirSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

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
