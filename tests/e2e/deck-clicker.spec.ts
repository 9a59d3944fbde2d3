import { expect, test } from './deck-fixture';
import type { Locator, Page } from '@playwright/test';

/**
 * A presentation clicker sends Page Down / Page Up, and "b" or "." for its black-screen button. After the
 * speaker clicks any control of the deck or the presenter, those keys must still move the talk, and Space
 * must not press the control that was clicked. Fixture talk: 7 slides; slide 2 has three steps.
 */
const hash = (page: Page) => page.evaluate(() => location.hash);

/** Press Page Down then Page Up and check the view moved one step forward and came back. */
async function clickerStillWorks(page: Page, counter: Locator) {
  const before = await hash(page);
  const shown = await counter.textContent();
  await page.keyboard.press('PageDown');
  await expect.poll(() => hash(page)).not.toBe(before);
  await expect(counter).toHaveText(/\d+ \/ 7/);
  expect(shown).toMatch(/\d+ \/ 7/);
  await page.keyboard.press('PageUp');
  await expect.poll(() => hash(page)).toBe(before);
}

test('on the deck, a clicker moves the slides after a click on every control of the bar', async ({
  page,
  fixtureURL,
}) => {
  await page.goto(`${fixtureURL}/talk/workshop/#/first/0`);
  const counter = page.locator('[data-deck-counter]');
  const bar = page.locator('[data-deck-controls]');
  const root = page.locator('html');

  await bar.getByRole('button', { name: 'Next' }).click();
  await clickerStillWorks(page, counter);
  await bar.getByRole('button', { name: 'Previous' }).click();
  await expect(counter).toHaveText('1 / 7');
  await clickerStillWorks(page, counter);

  // Notes: Space after the click moves on and leaves the notes as the click set them.
  await bar.getByRole('button', { name: 'Notes' }).click();
  await expect(root).toHaveClass(/deck-notes-open/);
  await clickerStillWorks(page, counter);
  await page.keyboard.press('Space');
  await expect(counter).toHaveText('2 / 7');
  await expect(root).toHaveClass(/deck-notes-open/);
  await page.keyboard.press('PageUp');

  // Overview and help: o and ? close what the buttons opened, and the clicker goes on.
  await bar.getByRole('button', { name: 'Overview' }).click();
  await expect(page.locator('[data-deck-overview]')).toBeVisible();
  await page.keyboard.press('o');
  await expect(page.locator('[data-deck-overview]')).toBeHidden();
  await clickerStillWorks(page, counter);
  await bar.getByRole('button', { name: 'Keyboard help' }).click();
  await expect(page.locator('[data-deck-help]')).toBeVisible();
  await page.keyboard.press('?');
  await expect(page.locator('[data-deck-help]')).toBeHidden();
  await clickerStillWorks(page, counter);

  // Fullscreen: Space moves on instead of pressing the button again (which would leave fullscreen).
  await bar.getByRole('button', { name: 'Fullscreen' }).click();
  await expect.poll(() => page.evaluate(() => document.fullscreenElement?.tagName ?? null)).toBe('HTML');
  await page.keyboard.press('Space');
  await expect(counter).toHaveText('2 / 7');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement?.tagName ?? null)).toBe('HTML');
  await clickerStillWorks(page, counter);
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();

  // The theme select: → moves the slides, not the projector between light and dark.
  const theme = bar.getByRole('combobox', { name: 'Theme' });
  await page.keyboard.press('Home');
  await theme.selectOption('dark');
  await expect(root).toHaveAttribute('data-theme', 'dark');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  await expect(root).toHaveAttribute('data-theme', 'dark');
  await expect(theme).toHaveValue('dark');
  await expect.poll(() => hash(page)).toBe('#/first/1/1');
  await clickerStillWorks(page, counter);
});

test('on the presenter, a clicker moves the talk after Start, Reset and every other control', async ({
  page,
  fixtureURL,
}) => {
  await page.clock.install({ time: new Date('2026-11-25T09:00:00') });
  await page.goto(`${fixtureURL}/talk/workshop/presenter/#/first/0`);
  const counter = page.locator('[data-counter]');
  const elapsed = page.locator('[data-elapsed]');

  await page.getByRole('button', { name: 'Start' }).click();
  await clickerStillWorks(page, counter);
  // Space moves on; it does not pause the timer.
  await page.keyboard.press('Space');
  await expect(counter).toHaveText('2 / 7 · step 0 of 3');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.clock.runFor(3_000);
  await expect(elapsed).not.toHaveText('0:00');

  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(elapsed).toHaveText('0:00');
  await clickerStillWorks(page, counter);
  await page.keyboard.press('Space');
  await expect(counter).toHaveText('2 / 7 · step 1 of 3');
  await page.keyboard.press('PageUp');
  await page.keyboard.press('PageUp');

  for (const name of ['Next', 'Previous']) {
    await page.getByRole('button', { name, exact: true }).click();
    await clickerStillWorks(page, counter);
  }
  await page.getByRole('button', { name: 'Overview' }).click();
  await page.keyboard.press('o');
  await expect(page.locator('[data-deck-overview]')).toBeHidden();
  await clickerStillWorks(page, counter);
  await page.getByRole('button', { name: 'Go to…' }).click();
  await page.keyboard.press('Escape');
  await clickerStillWorks(page, counter);
  await page.getByRole('button', { name: 'Black screen' }).click();
  await expect(page.locator('html')).toHaveClass(/deck-blackout/);
  await page.keyboard.press('b');
  await expect(page.locator('html')).not.toHaveClass(/deck-blackout/);
  await clickerStillWorks(page, counter);
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('light');
  await clickerStillWorks(page, counter);
  await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('light');

  // The notes pane: Page Down still moves the talk after a click in it, and its text size buttons.
  await page.locator('[data-notes]').click();
  await clickerStillWorks(page, counter);
  const notes = page.locator('[data-notes]');
  const size = () => notes.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const before = await size();
  await page.getByRole('button', { name: 'Larger text' }).click();
  await page.getByRole('button', { name: 'Larger text' }).click();
  expect(await size()).toBeGreaterThan(before);
  await clickerStillWorks(page, counter);
  await page.getByRole('button', { name: 'Smaller text' }).click();
  await clickerStillWorks(page, counter);
  // The size is the speaker's: it is still there after a reload.
  const chosen = await size();
  await page.reload();
  expect(await size()).toBe(chosen);
});

test('b and . black the projector out from either window, and the next key brings the slide back', async ({
  context,
  fixtureURL,
}) => {
  const deck = await context.newPage();
  await deck.goto(`${fixtureURL}/talk/workshop/`);
  await deck.keyboard.press('p');
  const href = await deck.getByRole('link', { name: 'Presenter view' }).getAttribute('href');
  const presenter = await context.newPage();
  await presenter.goto(`${fixtureURL}${href}`);
  await expect(presenter.locator('[data-counter]')).toHaveText('1 / 7');
  // The presenter has joined: the projector no longer shows how to open it.
  await expect(deck.locator('[data-deck-hint]')).toHaveText('');

  const black = deck.locator('html');
  await presenter.keyboard.press('b');
  await expect(black).toHaveClass(/deck-blackout/);
  const cover = await deck.evaluate(() => {
    const after = getComputedStyle(document.querySelector('.deck-stage')!, '::after');
    return { color: after.backgroundColor, position: after.position };
  });
  expect(cover).toEqual({ color: 'rgb(0, 0, 0)', position: 'fixed' });
  // Like a projector's blank button: the next key shows the slide again, where it was.
  await presenter.keyboard.press('PageDown');
  await expect(black).not.toHaveClass(/deck-blackout/);
  await expect(deck).toHaveURL(/#\/first\/0$/);
  await deck.bringToFront();
  await deck.keyboard.press('.');
  await expect(black).toHaveClass(/deck-blackout/);
  await expect(presenter.locator('html')).toHaveClass(/deck-blackout/);
  await deck.keyboard.press('.');
  await expect(presenter.locator('html')).not.toHaveClass(/deck-blackout/);
  await deck.keyboard.press('PageDown');
  await expect(presenter.locator('[data-counter]')).toHaveText('2 / 7 · step 0 of 3');
});

test('g and a number or title words jump to a slide; a shows all steps; o opens and closes the overview', async ({
  page,
  fixtureURL,
}) => {
  for (const view of ['/talk/workshop/', '/talk/workshop/presenter/']) {
    await page.goto(`${fixtureURL}${view}#/first/0`);
    await page.keyboard.press('g');
    await expect(page.getByRole('dialog', { name: 'Go to slide' })).toBeVisible();
    await page.keyboard.type('2');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/first\/1$/);
    await page.keyboard.press('a');
    await expect(page).toHaveURL(/#\/first\/1\/3$/);
    await page.keyboard.press('o');
    const overview = page.getByRole('dialog', { name: 'All slides' });
    await expect(overview).toBeVisible();
    await expect(overview.getByRole('button', { name: /^2 / })).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('o');
    await expect(overview).toBeHidden();
    await page.keyboard.press('o');
    await expect(overview.getByRole('button', { name: /^2 / })).toBeFocused();
    await page.keyboard.press('End');
    await expect(overview.getByRole('button', { name: /^7 / })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(overview).toBeHidden();
    await expect(page).toHaveURL(/#\/second\/2$/);

    // g, then words of a title: the matches are a listbox; arrows pick, Enter goes.
    await page.keyboard.press('g');
    const box = page.getByRole('combobox', { name: 'Slide number or words of its title' });
    await expect(box).toBeFocused();
    await page.keyboard.type('chapter slide');
    const options = page.getByRole('listbox', { name: 'Matching slides' }).getByRole('option');
    await expect(options).toHaveText(['6. Second chapter first slide', '7. Second chapter last slide']);
    await expect(page.getByRole('dialog', { name: 'Go to slide' }).getByRole('status')).toHaveText(
      '2 slides: ↑ ↓ to pick, Enter to go.',
    );
    await page.keyboard.press('ArrowDown');
    await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
    await expect(box).toHaveAttribute('aria-activedescendant', 'deck-jump-option-1');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/second\/1$/);
    await page.keyboard.press('g');
    await page.keyboard.type('nothing like it');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog', { name: 'Go to slide' })).toContainText('No slide matches');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'Go to slide' })).toBeHidden();
  }
});

test('the help lists every key of the key map, clicker keys included', async ({ page, fixtureURL }) => {
  await page.goto(`${fixtureURL}/talk/workshop/`);
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard' });
  for (const [keys, does] of [
    ['b or .', 'Black screen'],
    ['g, a number, Enter', 'Go to a slide'],
    ['a', 'all the steps'],
    ['Esc', 'embedded page'],
  ])
    await expect(
      help.getByRole('row').filter({ has: page.getByRole('cell', { name: keys, exact: true }) }),
    ).toContainText(does);
});

test('Esc in an embedded page on a slide gives the keys back to the deck', async ({ page, fixtureURL }) => {
  await page.goto(`${fixtureURL}/talk/workshop/#/second/2`);
  await expect(page.locator('.slide.is-current')).toHaveAttribute('data-loaded', 'true');
  await page.evaluate(() => {
    const frame = document.createElement('iframe');
    frame.title = 'Embedded demo';
    frame.srcdoc = '<button>Inside</button>';
    document.querySelector('.slide.is-current .slide__content')!.append(frame);
  });
  const inside = page.frameLocator('iframe[title="Embedded demo"]').getByRole('button', { name: 'Inside' });
  await inside.click();
  await expect(page.locator('[data-deck-hint]')).toContainText('Esc');
  await page.keyboard.press('PageUp');
  await expect(page).toHaveURL(/#\/second\/2$/);
  await page.keyboard.press('Escape');
  await page.keyboard.press('PageUp');
  await expect(page).toHaveURL(/#\/second\/1$/);
});

test('the presenter timer survives closing and reopening its tab', async ({ context, fixtureURL }) => {
  const first = await context.newPage();
  await first.goto(`${fixtureURL}/talk/workshop/presenter/`);
  await first.getByRole('button', { name: 'Start' }).click();
  await expect(first.locator('[data-elapsed]')).not.toHaveText('0:00', { timeout: 5_000 });
  await first.close();
  const again = await context.newPage();
  await again.goto(`${fixtureURL}/talk/workshop/presenter/`);
  await expect(again.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(again.locator('[data-elapsed]')).not.toHaveText('0:00');
});

test('a theme picked in the presenter reaches the deck, and back', async ({ context, fixtureURL }) => {
  const deck = await context.newPage();
  await deck.goto(`${fixtureURL}/talk/workshop/`);
  const presenter = await context.newPage();
  await presenter.goto(`${fixtureURL}/talk/workshop/presenter/`);
  await presenter.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  await expect(deck.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(deck.getByRole('combobox', { name: 'Theme' })).toHaveValue('dark');
  await deck.getByRole('combobox', { name: 'Theme' }).selectOption('light');
  await expect(presenter.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('a still mouse hides the bar and the cursor; the slide fills a full-HD screen edge to edge', async ({
  browser,
  fixtureURL,
}) => {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  await page.clock.install();
  await page.goto(`${fixtureURL}/talk/workshop/`);
  const bar = page.locator('.deck-bar');
  await page.mouse.move(400, 400);
  await expect(bar).toHaveCSS('opacity', '1');
  await page.clock.runFor(2_500);
  await expect(page.locator('html')).toHaveClass(/deck-idle/);
  await expect(bar).toHaveCSS('opacity', '0');
  await expect(page.locator('.deck-stage')).toHaveCSS('cursor', 'none');
  await page.mouse.move(500, 500);
  await expect(page.locator('html')).not.toHaveClass(/deck-idle/);
  // The bar lies over the slide: the slide keeps the whole 16:9 screen, with no band around it.
  const box = await page.locator('.slide.is-current .slide__canvas').boundingBox();
  expect(box).toEqual({ x: 0, y: 0, width: 1920, height: 1080 });
  await context.close();
});
