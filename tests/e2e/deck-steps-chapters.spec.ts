import { expect, test, type Page } from '@playwright/test';

const current = (page: Page) => page.locator('.slide.is-current');

/**
 * One slide a chapter whose point builds, as the talk shows it: a list revealed one item a key press, or a
 * code block stepping through its line ranges (given as the lines each step highlights).
 */
const builds: { slide: string; title: string; code?: number[][] }[] = [
  { slide: 'use-case/3', title: 'What a slim microservice demands' },
  { slide: 'deployment-questions/2', title: 'Latency and throughput' },
  { slide: 'data/4', title: 'Leakage: duplicates, templates and time' },
  { slide: 'model-choices/5', title: 'Cross-lingual transfer' },
  { slide: 'optimisation/4', title: 'Vocabulary trimming' },
  {
    slide: 'service/1',
    title: 'The API is a contract',
    code: [
      [1, 2, 3, 4],
      [6, 7, 8, 9],
    ],
  },
  { slide: 'platforms/3', title: 'Cold starts' },
  { slide: 'monitoring/6', title: 'Shadow and canary releases' },
  { slide: 'pitfalls-and-shortcuts/1', title: 'Traps before the first model' },
];

const nextSlide = (slide: string) => slide.replace(/\d+$/, (n) => String(Number(n) + 1));

/** The lines of the current slide's code block that are highlighted (not dimmed), by line number. */
const focusedLines = (page: Page) =>
  current(page)
    .locator('pre[data-code-steps] .line[data-line]')
    .evaluateAll((lines) =>
      lines.filter((line) => line.classList.contains('step-focus')).map((line) => Number(line.dataset.line)),
    );

for (const { slide, title, code } of builds) {
  test(`${title} (/talk/#/${slide}) builds one key press at a time, and prints whole`, async ({ page }) => {
    await page.goto(`/talk/#/${slide}`);
    await expect(current(page).getByRole('heading', { name: title })).toBeVisible();

    if (code) {
      // The first range is highlighted with the slide; each key press moves to the next, then "all".
      await expect.poll(() => focusedLines(page)).toEqual(code[0]);
      for (const [step, lines] of code.slice(1).entries()) {
        await page.keyboard.press('ArrowRight');
        await expect(page).toHaveURL(new RegExp(`#/${slide}/${step + 1}$`));
        await expect.poll(() => focusedLines(page)).toEqual(lines);
      }
      await page.keyboard.press('ArrowRight');
      await expect(page).toHaveURL(new RegExp(`#/${slide}/${code.length}$`));
      await expect.poll(() => focusedLines(page)).toEqual([]);
      await expect(current(page).locator('.line.step-dim')).toHaveCount(0);
    } else {
      const items = current(page).locator('.slide__content li');
      // The slide's title is in the deck's page; its content arrives with the chapter's slides: wait for it.
      await expect(items.first()).toBeAttached();
      const count = await items.count();
      expect(count).toBeGreaterThanOrEqual(3);
      for (let i = 0; i < count; i += 1) await expect(items.nth(i)).toBeHidden();
      for (let step = 1; step <= count; step += 1) {
        await page.keyboard.press('ArrowRight');
        await expect(page).toHaveURL(new RegExp(`#/${slide}/${step}$`));
        await expect(items.nth(step - 1)).toBeVisible();
        if (step < count) await expect(items.nth(step)).toBeHidden();
      }
    }
    // Once the point is built, the next press leaves the slide.
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(new RegExp(`#/${nextSlide(slide)}$`));

    // On paper the slide shows its final state, whatever step the screen was at: every item, no line muted.
    await page.goto(`/talk/#/${slide}`);
    const printed = page.locator(`.slide[data-key="/${slide}"]`);
    const dimmed = printed.locator('.line.step-dim span').first();
    const mutedOnScreen = code ? await dimmed.evaluate((span) => getComputedStyle(span).color) : '';
    await page.emulateMedia({ media: 'print' });
    for (const item of await printed.locator('.slide__content li').all()) await expect(item).toBeVisible();
    if (code) expect(await dimmed.evaluate((span) => getComputedStyle(span).color)).not.toBe(mutedOnScreen);
  });
}
