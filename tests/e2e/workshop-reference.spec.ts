import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';

const content = fileURLToPath(new URL('../../content/', import.meta.url));
const glossary = parse(readFileSync(`${content}glossary.yaml`, 'utf8')) as Record<
  string,
  { term: string; source?: string }
>;
const sourceIds = readdirSync(`${content}sources`).flatMap((file) =>
  Object.keys(parse(readFileSync(`${content}sources/${file}`, 'utf8')) ?? {}),
);

test('the landing page opens the reference, which leads to every reference page', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: /Look something up/ }).click();
  await expect(page).toHaveURL(/\/reference\/$/);
  for (const name of ['Glossary', 'Platform scorecard', 'Project checklist', 'Sources', 'Your progress']) {
    await expect(page.getByRole('main').getByRole('link', { name: new RegExp(`^${name}`) })).toBeVisible();
  }
  await expect(page.getByRole('button', { name: 'Search the site' })).toBeVisible();
});

test('the glossary defines 30+ terms, each reachable by its id, with sources where given', async ({ page }) => {
  await page.goto('/glossary/');
  const ids = Object.keys(glossary);
  expect(ids.length).toBeGreaterThanOrEqual(30);
  for (const id of ids) {
    const entry = page.locator(`[id="${id}"]`);
    await expect(entry.getByRole('heading')).toHaveText(glossary[id]!.term);
    await expect(entry.locator('p').first()).not.toBeEmpty();
    if (glossary[id]!.source)
      await expect(entry.locator(`[data-source-id="${glossary[id]!.source}"] a`)).toHaveAttribute(
        'href',
        /^https:\/\//,
      );
  }
  await page.goto('/glossary/#psi');
  await expect(page.locator('#psi')).toBeInViewport();
});

test('the sources page lists every source once and links back to the glossary terms that cite it', async ({ page }) => {
  await page.goto('/sources/');
  for (const id of sourceIds) await expect(page.locator(`li[id="${id}"]`)).toHaveCount(1);
  const [termId, { source }] = Object.entries(glossary).find(([, entry]) => entry.source)!;
  await expect(page.locator(`li[id="${source}"] a[href="/glossary/#${termId}"]`)).toBeVisible();
});

test('the sources page groups sources by topic and states the unit convention once', async ({ page }) => {
  await page.goto('/sources/');
  const benchmarks = page.getByRole('region', { name: 'Benchmarks, metrics and the terms of classification' });
  await expect(benchmarks.locator('li[id="xnli-paper"]')).toHaveCount(1);
  await expect(
    page.getByRole('region', { name: 'AWS: Lambda and SageMaker' }).locator('li[id="aws-lambda-quotas"]'),
  ).toHaveCount(1);
  // Topics, not files: no heading names a YAML file or the way a source was added.
  await expect(page.getByRole('heading', { level: 2 })).not.toContainText([
    /\.ya?ml|cited by the chapters|simulator adds/i,
  ]);
  await expect(page.getByText(/Sizes on this site are decimal: 1 MB is 1,000,000 bytes/)).toBeVisible();
});

test('the sources page links each source back to the chapters that cite it', async ({ page }) => {
  const chapterFiles = readdirSync(`${content}chapters`).filter((file) => file.endsWith('.mdx'));
  const cited = chapterFiles.flatMap((file) => {
    const id = /<Source\s+id="([^"]+)"/.exec(readFileSync(`${content}chapters/${file}`, 'utf8'))?.[1];
    return id ? [{ id, href: `/chapters/${file.replace(/^\d+-/, '').replace(/\.mdx$/, '')}/` }] : [];
  });
  expect(cited.length).toBeGreaterThan(0);
  await page.goto('/sources/');
  for (const { id, href } of cited) await expect(page.locator(`li[id="${id}"] a[href="${href}"]`)).toBeVisible();
});

test('a term in a chapter leads to its definition in the glossary', async ({ page }) => {
  const withTerm = readdirSync(`${content}chapters`).find((file) =>
    /<Term id="/.test(readFileSync(`${content}chapters/${file}`, 'utf8')),
  );
  test.skip(!withTerm, 'no chapter links a term yet');
  await page.goto(`/chapters/${withTerm!.replace(/^\d+-/, '').replace(/\.mdx$/, '')}/`);
  const term = page.locator('a.term').first();
  const id = (await term.getAttribute('href'))!.split('#')[1]!;
  await term.click();
  await expect(page).toHaveURL(new RegExp(`/glossary/#${id}$`));
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
  await expect(page.locator(`[id="${id}"] h3`)).toHaveText(glossary[id]!.term);
});

test('a glossary entry leads to the chapter section that covers it, at any heading level', async ({ page }) => {
  await page.goto('/glossary/#distroless');
  await page.locator('#distroless').getByRole('link', { name: 'Building the service' }).click();
  await expect(page).toHaveURL(/\/chapters\/service\/#slim-or-distroless$/);
  await expect(page.getByRole('heading', { name: 'Slim or distroless?' })).toBeInViewport();
});
