import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { CHECKLIST_KEY } from './workshop-helpers';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('ticks and notes survive a reload and come out in the Markdown export', async ({ page }) => {
  await page.goto('/checklist/');
  const boxes = page.getByRole('checkbox');
  const total = await boxes.count();
  expect(total).toBeGreaterThanOrEqual(10);
  await expect(page.locator('[data-checklist-count]')).toHaveText(`0 of ${total} answered`);

  const first = boxes.first();
  const question = (await page.locator(`label[for="${await first.getAttribute('id')}"]`).textContent())!.trim();
  await first.focus();
  await page.keyboard.press('Space');
  await page.getByText('Notes', { exact: true }).first().click();
  await page.getByRole('textbox', { name: `Notes on: ${question}` }).fill('Texts stay in the EU region');
  await expect(page.locator('[data-checklist-count]')).toHaveText(`1 of ${total} answered`);

  await page.reload();
  await expect(boxes.first()).toBeChecked();
  await expect(page.getByRole('textbox', { name: `Notes on: ${question}` })).toHaveValue('Texts stay in the EU region');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download Markdown' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('nlp-project-checklist.md');
  const markdown = readFileSync((await file.path())!, 'utf8');
  expect(markdown).toContain(`- [x] ${question}`);
  expect(markdown).toContain('> Notes: Texts stay in the EU region');
  expect(markdown.match(/^- \[ \]/gm)).toHaveLength(total - 1);

  await page.getByRole('button', { name: 'Copy as Markdown' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(markdown);
});

test('printing shows the questions and notes, not the buttons or the site header', async ({ page }) => {
  await page.addInitScript((key) => {
    localStorage.setItem(
      key,
      JSON.stringify({ version: 1, answers: { 'use-and-constraints/decision': { done: true, note: 'Routing only' } } }),
    );
  }, CHECKLIST_KEY);
  await page.goto('/checklist/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Download Markdown' })).toBeHidden();
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.getByRole('checkbox').first()).toBeVisible();
  await expect(page.getByText('Routing only', { exact: true }).first()).toBeVisible();
});

for (const [what, stored] of [
  ['not JSON', '{{{'],
  [
    'hostile',
    JSON.stringify({
      version: 1,
      answers: { '<img src=x onerror=alert(1)>': { done: true }, 'a/b': { done: 'yes', note: { x: 1 } } },
    }),
  ],
  ['from another version', JSON.stringify({ version: 9, answers: {} })],
]) {
  test(`a checklist stored ${what} starts clean without an error`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [CHECKLIST_KEY, stored] as const);
    await page.goto('/checklist/');
    await expect(page.locator('[data-checklist-count]')).toHaveText(/^0 of \d+ answered$/);
    await expect(page.locator('img')).toHaveCount(0);
    expect(errors).toEqual([]);
  });
}
