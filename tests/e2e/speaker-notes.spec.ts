import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const chaptersDir = new URL('../../content/chapters/', import.meta.url);

/** Each chapter's reading URL with the text of its <Notes> blocks, as written in the MDX source. */
const chapters = readdirSync(chaptersDir)
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => ({
    href: `/chapters/${name.replace(/^\d+-/, '').replace(/\.mdx$/, '')}/`,
    notes: [...readFileSync(new URL(name, chaptersDir), 'utf8').matchAll(/<Notes>([\s\S]*?)<\/Notes>/g)].map((match) =>
      match[1]
        .replace(/[*_`[\]]/g, '')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 60),
    ),
  }));

test('chapters carry speaker notes to test against', () => {
  expect(chapters.some(({ notes }) => notes.length > 0)).toBe(true);
});

for (const { href, notes } of chapters) {
  test(`${href} shows its key points but not its speaker notes`, async ({ page }) => {
    await page.goto(href);
    await expect(page.locator('.key-points').first()).toBeVisible();
    const text = (await page.locator('body').textContent())!.replace(/\s+/g, ' ');
    for (const note of notes) expect(text).not.toContain(note);
  });
}
