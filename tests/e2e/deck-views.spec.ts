import { expect, test } from './deck-fixture';
import type { Page } from '@playwright/test';
import { axeViolations } from './axe';

const current = (page: Page) => page.locator('.slide.is-current');

test('o opens the overview on the current slide; arrows move, Enter jumps, Esc closes', async ({
  page,
  fixtureURL,
}) => {
  await page.goto(`${fixtureURL}/talk/workshop/#/first/2`);
  await page.keyboard.press('o');
  const overview = page.getByRole('dialog', { name: 'All slides' });
  await expect(overview).toBeVisible();
  await expect(overview.getByRole('button')).toHaveCount(8); // 7 slides and Close
  await expect(overview.locator('[data-goto="2"]')).toBeFocused();
  await expect(overview.locator('[data-goto="2"]')).toHaveAttribute('aria-current', 'true');

  await page.keyboard.press('Escape');
  await expect(overview).toBeHidden();
  await expect(page).toHaveURL(/#\/first\/2$/);

  await page.keyboard.press('o');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(overview.locator('[data-goto="4"]')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Enter');
  await expect(overview).toBeHidden();
  await expect(page).toHaveURL(/#\/first\/3$/);
  await expect(current(page).getByRole('heading', { name: 'Try it here' })).toBeVisible();
});

test('? opens the keyboard help as a dialog; Esc closes it', async ({ page, fixtureURL }) => {
  await page.goto(`${fixtureURL}/talk/workshop/`);
  await page.keyboard.press('Shift+?');
  const help = page.getByRole('dialog', { name: 'Keyboard' });
  await expect(help).toBeVisible();
  await expect(help.getByRole('cell', { name: 'Fullscreen on or off' })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/#\/first\/0$/);
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
});

test("n shows the speaker notes over the slide: the section's prose, its <Notes>, and a slideless section's prose", async ({
  page,
  fixtureURL,
}) => {
  await page.goto(`${fixtureURL}/talk/workshop/#/first/1`);
  const notes = current(page).locator('.slide__notes');
  await expect(notes).toBeHidden();
  await page.keyboard.press('n');
  await expect(notes).toBeVisible();
  await expect(notes).toContainText('Prose under the list slide.');
  await expect(notes).toContainText('List speaker note');
  await expect(current(page).locator('.slide__canvas')).not.toContainText('List speaker note');
  await page.evaluate(() => (location.hash = '#/first/2'));
  await expect(current(page).locator('.slide__notes')).toContainText('Aside prose that only the speaker sees');
  await page.keyboard.press('n');
  await expect(current(page).locator('.slide__notes')).toBeHidden();
});

for (const viewport of [
  { width: 1920, height: 1080 },
  { width: 1024, height: 1024 },
  { width: 520, height: 900 },
]) {
  test(`slides fit a ${viewport.width}×${viewport.height} screen at 16:9 without scrolling`, async ({
    browser,
    fixtureURL,
  }) => {
    const page = await browser.newPage({ viewport });
    for (const hash of ['#/first/0', '#/first/2', '#/first/3', '#/second/1']) {
      await page.goto(`${fixtureURL}/talk/workshop/${hash}`);
      // A chapter slide's content arrives with its chapter's slides page: measure it once it is in.
      await expect
        .poll(() =>
          current(page).evaluate(
            (el) => !(el as HTMLElement).dataset.src || (el as HTMLElement).dataset.loaded === 'true',
          ),
        )
        .toBe(true);
      const box = (await current(page).locator('.slide__canvas').boundingBox())!;
      expect(box.width / box.height).toBeCloseTo(16 / 9, 1);
      expect(box.x).toBeGreaterThanOrEqual(-0.5);
      expect(box.y).toBeGreaterThanOrEqual(-0.5);
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width + 0.5);
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height + 0.5);
      // One side touches the stage: letterboxed, not shrunk for nothing.
      expect(Math.max(box.width / viewport.width, box.height / (viewport.height - 60))).toBeGreaterThan(0.9);
      const scrolls = await page.evaluate(() => ({
        x: document.documentElement.scrollWidth > innerWidth,
        y: document.documentElement.scrollHeight > innerHeight,
      }));
      expect(scrolls).toEqual({ x: false, y: false });
      const body = current(page).locator('.slide__body');
      expect(
        await body.evaluate(
          (el) => el.getBoundingClientRect().bottom <= el.closest('.slide__canvas')!.getBoundingClientRect().bottom + 1,
        ),
      ).toBe(true);
    }
    await page.close();
  });
}

test('below 500 px wide the deck is a vertical scroll of slides at reading size, every step shown', async ({
  browser,
  fixtureURL,
}) => {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await page.goto(`${fixtureURL}/talk/workshop/`);
  const slides = page.locator('.deck .slide');
  await expect(slides).toHaveCount(7);
  for (const slide of await slides.all()) await expect(slide).toBeVisible();
  const tops = await slides.evaluateAll((all) => all.map((el) => el.getBoundingClientRect().top));
  expect(tops).toEqual([...tops].sort((a, b) => a - b));
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
  // Scrolling to a slide makes it the current one: its content loads, the hash follows, steps all shown.
  await slides.nth(1).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await expect(page).toHaveURL(/#\/first\/1\/3$/);
  await expect(slides.nth(1)).toHaveAttribute('data-loaded', 'true');
  await expect(page.getByText('Gamma point')).toBeVisible();
  const sizes = await slides
    .nth(1)
    .locator('.slide__content li')
    .evaluateAll((items) => items.map((li) => parseFloat(getComputedStyle(li).fontSize)));
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(16);
  // A key moves the page to the next slide.
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(/#\/first\/2$/);
  await expect.poll(() => slides.nth(2).evaluate((el) => Math.round(el.getBoundingClientRect().top))).toBeLessThan(50);
  await page.close();
});

test('a slide with more than fits shrinks to its canvas, on screen and in print', async ({ page, fixtureURL }) => {
  const fits = (slide: ReturnType<Page['locator']>) =>
    slide.evaluate((el) => {
      const canvas = el.querySelector('.slide__canvas')!.getBoundingClientRect();
      const items = el.querySelectorAll('li');
      return items[items.length - 1].getBoundingClientRect().bottom <= canvas.bottom + 1;
    });
  await page.goto(`${fixtureURL}/talk/workshop/#/second/1`);
  await expect(current(page)).toHaveAttribute('data-loaded', 'true');
  expect(await fits(current(page))).toBe(true);
  // ?print loads every slide's content, then says so.
  await page.goto(`${fixtureURL}/talk/workshop/?print`);
  await expect(page.locator('html')).toHaveAttribute('data-slides', 'ready');
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  expect(await fits(page.locator('.slide').nth(5))).toBe(true);
});

test("without JavaScript the deck lists every slide, and a chapter's slides read as one page, steps shown", async ({
  browser,
  fixtureURL,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${fixtureURL}/talk/workshop/`);
  await expect(page.locator('.slide')).toHaveCount(7);
  await expect(page.locator('.slide').nth(1)).toContainText('Steps in a list');
  await page.locator('.slide').nth(1).getByRole('link').click();
  await expect(page).toHaveURL(/\/talk\/slides\/first\/$/);
  for (const text of ['First fixture chapter', 'Gamma point', 'print(json.dumps(payload))'])
    await expect(page.getByText(text, { exact: false }).first()).toBeVisible();
  await page.goto(`${fixtureURL}/talk/slides/second/`);
  for (const text of ['Second chapter last slide', 'The end of the fixture talk.'])
    await expect(page.getByText(text, { exact: false }).first()).toBeVisible();
  await context.close();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`deck with overview, help and notes open has no axe violations in the ${colorScheme} theme`, async ({
    page,
    fixtureURL,
  }) => {
    await page.emulateMedia({ colorScheme });
    const axe = () => axeViolations(page);
    await page.goto(`${fixtureURL}/talk/workshop/#/first/2/1`);
    expect(await axe()).toEqual([]);
    await page.keyboard.press('n');
    expect(await axe()).toEqual([]);
    await page.keyboard.press('o');
    expect(await axe()).toEqual([]);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Shift+?');
    expect(await axe()).toEqual([]);
    await page.keyboard.press('Escape');
    await page.goto(`${fixtureURL}/talk/workshop/#/first/3`);
    expect(await axe()).toEqual([]);
  });
}

test('the reading page shows a stepped code block whole, with no stepping, and its slide list whole', async ({
  page,
  fixtureURL,
}) => {
  await page.goto(`${fixtureURL}/chapters/first/`);
  const code = page.locator('pre[data-code-steps]');
  await expect(code).toHaveAttribute('data-code-steps', '1|3,4|all');
  await expect(code.locator('.line')).toHaveCount(4);
  await expect(code).toContainText('print(json.dumps(payload))');
  await expect(page.locator('.step-dim, .step-focus, .step-future')).toHaveCount(0);
  await expect(page.getByText('Gamma point')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/\/chapters\/first\/$/);
});
