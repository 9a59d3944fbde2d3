import { expect, test } from './deck-fixture';
import type { Page } from '@playwright/test';

/** The fixture talk: 7 slides; slide 2 reveals three list items, slide 3 steps through code in three ranges. */
const current = (page: Page) => page.locator('.slide.is-current');
const expectAt = async (page: Page, hash: string) => {
  await expect(page).toHaveURL(new RegExp(`${hash.replace(/[/]/g, '\\/')}$`));
};

test.beforeEach(async ({ page, fixtureURL }) => {
  await page.goto(`${fixtureURL}/talk/workshop/`);
  await expect(page.locator('html')).toHaveClass(/deck-live/);
});

test('every navigation key moves through steps and slides like Slidev and reveal.js', async ({ page }) => {
  await expectAt(page, '#/first/0');
  await expect(current(page).getByRole('heading', { name: 'First fixture chapter' })).toBeVisible();
  await expect(page.locator('[data-deck-counter]')).toHaveText('1 / 7');

  await page.keyboard.press('ArrowRight');
  await expectAt(page, '#/first/1');
  await expect(current(page).getByText('Alpha point')).toBeHidden();
  await page.keyboard.press('Space');
  await expectAt(page, '#/first/1/1');
  await expect(current(page).getByText('Alpha point')).toBeVisible();
  await expect(current(page).getByText('Beta point')).toBeHidden();
  await page.keyboard.press('PageDown');
  await expect(current(page).getByText('Beta point')).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expectAt(page, '#/first/1/3');
  await expect(current(page).getByText('Gamma point')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expectAt(page, '#/first/2');

  await page.keyboard.press('ArrowLeft');
  await expectAt(page, '#/first/1/3');
  await expect(current(page).getByText('Gamma point')).toBeVisible();
  await page.keyboard.press('ArrowUp');
  await expectAt(page, '#/first/1/2');
  await expect(current(page).getByText('Gamma point')).toBeHidden();
  await page.keyboard.press('Shift+Space');
  await expectAt(page, '#/first/1/1');
  await page.keyboard.press('PageUp');
  await expectAt(page, '#/first/1');

  await page.keyboard.press('End');
  await expectAt(page, '#/second/2');
  await expect(page.locator('[data-deck-counter]')).toHaveText('7 / 7');
  await page.keyboard.press('ArrowRight');
  await expectAt(page, '#/second/2');
  await page.keyboard.press('Home');
  await expectAt(page, '#/first/0');
  await expect(page.locator('.slide.is-current')).toHaveCount(1);
});

test('a stepped code block moves its highlight one range a key press, and back', async ({ page, fixtureURL }) => {
  await page.goto(`${fixtureURL}/talk/workshop/#/first/2`);
  const line = (n: number) => current(page).locator(`.line[data-line="${n}"]`);
  const dimmed = async () => {
    const lines = await current(page).locator('.line[data-line]').all();
    return Promise.all(lines.map(async (l) => (await l.getAttribute('class'))!.includes('step-dim')));
  };
  expect(await dimmed()).toEqual([false, true, true, true]);
  await expect(line(1)).toHaveClass(/step-focus/);
  await page.keyboard.press('ArrowRight');
  await expectAt(page, '#/first/2/1');
  expect(await dimmed()).toEqual([true, true, false, false]);
  await page.keyboard.press('ArrowRight');
  expect(await dimmed()).toEqual([false, false, false, false]);
  await expect(line(3)).not.toHaveClass(/step-focus/);
  await page.keyboard.press('ArrowLeft');
  expect(await dimmed()).toEqual([true, true, false, false]);
  // Dimmed lines stay readable: muted, not transparent.
  expect(await line(1).evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
});

test('a reload or a shared link lands on the same slide and step', async ({ page, fixtureURL }) => {
  await page.goto(`${fixtureURL}/talk/workshop/#/first/1/2`);
  await expect(current(page).getByText('Beta point')).toBeVisible();
  await expect(current(page).getByText('Gamma point')).toBeHidden();
  await page.reload();
  await expectAt(page, '#/first/1/2');
  await expect(current(page).getByText('Beta point')).toBeVisible();
  await expect(current(page).getByText('Gamma point')).toBeHidden();

  await page.goto(`${fixtureURL}/talk/workshop/#/second/1`);
  await page.reload();
  await expect(current(page).getByRole('heading', { name: 'Second chapter first slide' })).toBeVisible();

  await page.goto(`${fixtureURL}/talk/workshop/#6`);
  await expectAt(page, '#/second/1');
  await page.goto(`${fixtureURL}/talk/workshop/#/no-such/3`);
  await expectAt(page, '#/first/0');
});

test('keys stay with an input, a checkpoint or anything marked data-deck-keep-keys on a slide', async ({
  page,
  fixtureURL,
}) => {
  await page.goto(`${fixtureURL}/talk/workshop/#/first/3`);
  const input = current(page).getByRole('textbox', { name: 'Your answer' });
  await input.click();
  await page.keyboard.type('ok');
  for (const key of ['ArrowLeft', 'ArrowRight', 'Space', 'Home', 'End', 'PageDown', 'o', 'f', 'n', 'p'])
    await page.keyboard.press(key);
  await expect(input).toHaveValue('ok ofnp');
  await expectAt(page, '#/first/3');
  await expect(page.locator('[data-deck-overview]')).not.toBeVisible();

  await page.keyboard.press('Escape');
  await expect(input).not.toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expectAt(page, '#/second/0');

  await page.goto(`${fixtureURL}/talk/workshop/#/first/3`);
  // A checkpoint's choices are radio buttons: Space picks one, the arrows move between them.
  const choice = current(page).getByRole('radio', { name: 'The right arrow' });
  await choice.focus();
  await page.keyboard.press('Space');
  await expect(choice).toBeChecked();
  await expect(current(page).getByText('It is the first key in the map.')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(current(page).getByRole('radio', { name: 'The letter q' })).toBeChecked();
  await expectAt(page, '#/first/3');
});

test('a swipe moves to the next and previous slide', async ({ browser, fixtureURL }) => {
  const context = await browser.newContext({ hasTouch: true, viewport: { width: 800, height: 500 } });
  const page = await context.newPage();
  await page.goto(`${fixtureURL}/talk/workshop/`);
  const session = await context.newCDPSession(page);
  const swipe = async (fromX: number, toX: number) => {
    const y = 200;
    await session.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: fromX, y }] });
    await session.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: (fromX + toX) / 2, y }] });
    await session.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: toX, y }] });
    await session.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  };
  await swipe(600, 200);
  await expectAt(page, '#/first/1');
  await swipe(200, 600);
  await expectAt(page, '#/first/0');
  await context.close();
});

test('f asks for fullscreen and f again leaves it', async ({ page }) => {
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement?.tagName ?? null)).toBe('HTML');
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
});

test('an interactive island on a slide hydrates and keeps the keys while focused', async ({ page, fixtureURL }) => {
  await page.goto(`${fixtureURL}/talk/workshop/#/second/2`);
  const island = current(page).locator('astro-island');
  await expect(island).not.toHaveAttribute('ssr', /.*/);
  const tally = current(page).getByRole('button', { name: /Tally/ });
  await tally.click();
  await expect(tally).toHaveText('Tally 1');
  await page.keyboard.press('Space');
  await expect(tally).toHaveText('Tally 2');
  await page.keyboard.press('ArrowLeft');
  await current(page).getByRole('textbox', { name: 'Demo field' }).fill('x');
  await page.keyboard.press('Home');
  await expectAt(page, '#/second/2');
  await page.keyboard.press('Escape');
  await page.keyboard.press('ArrowLeft');
  await expectAt(page, '#/second/1');
});
