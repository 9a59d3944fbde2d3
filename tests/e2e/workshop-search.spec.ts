import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe';
import { readingPages } from './site-pages';

const chapters = fileURLToPath(new URL('../../content/chapters/', import.meta.url));

/** The text of the first <Notes> block in the chapters: speaker-only, so it must not be searchable. */
function speakerNote(): string | undefined {
  for (const file of readdirSync(chapters).sort()) {
    const match = /<Notes>([\s\S]*?)<\/Notes>/.exec(readFileSync(`${chapters}${file}`, 'utf8'));
    const text = match?.[1]
      ?.replace(/<[^>]+>|[*_`#>-]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    if (text) return text;
  }
  return undefined;
}

const trackScripts = (page: Page) => {
  const scripts: string[] = [];
  page.on('request', (request) => request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname));
  return scripts;
};

test('search loads only when opened, finds chapters and glossary terms, and stays on the site', async ({
  page,
  baseURL,
}) => {
  const offSite: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(baseURL!) && !/^(data|blob):/.test(request.url())) offSite.push(request.url());
  });
  const scripts = trackScripts(page);
  await page.goto(readingPages()[0]!, { waitUntil: 'networkidle' });
  expect(scripts).toEqual([]);

  await page.getByRole('button', { name: /Search/ }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  expect(scripts.some((path) => path.startsWith('/pagefind/'))).toBe(true);

  const input = dialog.getByRole('searchbox').or(dialog.getByRole('textbox')).first();
  await expect(input).toBeFocused();
  await input.fill('cold start');
  const glossaryResult = dialog.locator('a[href*="/glossary/"]').first();
  await expect(glossaryResult).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(offSite).toEqual([]);
});

test('the "/" key opens search from anywhere but a text field', async ({ page }) => {
  await page.goto('/glossary/');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.locator('[data-search-open]').first()).toBeVisible();
});

test('speaker notes and pages outside the reading view are not in the index', async ({ page }) => {
  await page.goto('/reference/');
  const note = speakerNote();
  const index = await page.evaluate(async (query) => {
    // A variable keeps the type checker from resolving the site path as a module.
    const bundle = '/pagefind/pagefind.js';
    const pagefind = await import(/* @vite-ignore */ bundle);
    const found = query ? await pagefind.search(query) : { results: [] };
    const all = await pagefind.search(null);
    const urls: string[] = (
      await Promise.all(all.results.map((r: { data: () => Promise<{ url: string }> }) => r.data()))
    ).map((d) => d.url);
    const contents: string[] = (
      await Promise.all(found.results.map((r: { data: () => Promise<{ content: string }> }) => r.data()))
    ).map((d) => d.content);
    return { urls, contents };
  }, note ?? null);
  expect(index.urls.some((url) => url.startsWith('/glossary/'))).toBe(true);
  expect(index.urls.some((url) => url.startsWith('/chapters/'))).toBe(true);
  expect(index.urls.filter((url) => !/^\/(chapters\/[^/]+|glossary)\/$/.test(url))).toEqual([]);
  if (note) for (const content of index.contents) expect(content).not.toContain(note);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`open search with results has no axe violations in the ${colorScheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/reference/');
    await page.getByRole('button', { name: 'Search the site' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await dialog.getByRole('searchbox').or(dialog.getByRole('textbox')).first().fill('drift');
    await expect(dialog.locator('a[href*="/glossary/"]').first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('the search modal follows the theme the reader chose, not only the system', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/glossary/');
  await page.getByLabel('Theme').selectOption('dark');
  await page
    .getByRole('button', { name: /Search/ })
    .first()
    .click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  const background = await dialog.evaluate((node) => getComputedStyle(node).backgroundColor);
  const page_ = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe(page_);
});
