import { expect, test } from './deck-fixture';
import type { BrowserContext, Page } from '@playwright/test';
import { channelName } from '../../src/deck/sync-message';
import { axeViolations } from './axe';

/** Open the fixture deck, press p, and open the presenter link it offers in a second tab of the same browser. */
async function openPair(context: BrowserContext, fixtureURL: string) {
  const deck = await context.newPage();
  await deck.goto(`${fixtureURL}/talk/workshop/`);
  await deck.keyboard.press('p');
  const link = deck.getByRole('link', { name: 'Presenter view' });
  await expect(link).toBeFocused();
  await expect(deck.getByRole('status')).toContainText('new tab');
  const href = await link.getAttribute('href');
  expect(href).toMatch(/^\/talk\/workshop\/presenter\/\?pair=[A-Za-z0-9_-]{22}$/);
  expect(await link.getAttribute('target')).toBeNull();
  const presenter = await context.newPage();
  await presenter.goto(`${fixtureURL}${href}`);
  await expect(presenter.locator('[data-counter]')).toHaveText('1 / 7');
  await expect(presenter).toHaveURL(/\/talk\/workshop\/presenter\/#\/first\/0$/);
  return { deck, presenter, token: new URL(href!, fixtureURL).searchParams.get('pair')! };
}

const counter = (page: Page) => page.locator('[data-counter], [data-deck-counter]').first();

/** Post messages, in order, on a pair's channel from inside a page (as any window of the browser could). */
const postOnPair = (page: Page, token: string, ...messages: unknown[]) =>
  page.evaluate(
    ([name, all]) => {
      const channel = new BroadcastChannel(name);
      for (const message of all) channel.postMessage(message);
      channel.close();
    },
    [channelName(token, 'workshop'), messages] as const,
  );

/** Record, inside a page, every message on a pair's channel; returns a reader of what it has heard so far. */
async function listenOnPair(page: Page, token: string) {
  await page.evaluate(
    (name) => {
      const heard: unknown[] = [];
      const channel = new BroadcastChannel(name);
      channel.onmessage = (event) => heard.push(event.data);
      Object.assign(window, { pairProbe: { channel, heard } });
    },
    channelName(token, 'workshop'),
  );
  return () => page.evaluate(() => (window as unknown as { pairProbe: { heard: unknown[] } }).pairProbe.heard);
}

test('deck and presenter follow each other both ways, steps included', async ({ context, fixtureURL }) => {
  const { deck, presenter } = await openPair(context, fixtureURL);

  await deck.bringToFront();
  await deck.keyboard.press('ArrowRight');
  await expect(counter(presenter)).toHaveText('2 / 7 · step 0 of 3');
  await deck.keyboard.press('ArrowRight');
  await expect(counter(presenter)).toHaveText('2 / 7 · step 1 of 3');
  await expect(presenter.locator('[data-current-stage]').getByText('Alpha point')).toBeVisible();
  await expect(presenter.locator('[data-current-stage]').getByText('Beta point')).toBeHidden();

  await presenter.bringToFront();
  await presenter.keyboard.press('End');
  await expect(deck).toHaveURL(/#\/second\/2$/);
  await presenter.getByRole('button', { name: 'Previous' }).click();
  await expect(deck).toHaveURL(/#\/second\/1$/);
  await expect(
    deck.locator('.slide.is-current').getByRole('heading', { name: 'Second chapter first slide' }),
  ).toBeVisible();

  // A reloaded deck stays paired (this tab remembers the token) and catches up with the presenter.
  await presenter.keyboard.press('Home');
  await deck.reload();
  await expect(deck).toHaveURL(/#\/first\/0$/);
  await presenter.keyboard.press('ArrowRight');
  await expect(deck).toHaveURL(/#\/first\/1$/);
});

test('an unpaired deck neither follows a presenter nor drives it', async ({ context, fixtureURL }) => {
  const { deck, presenter, token } = await openPair(context, fixtureURL);
  const stranger = await context.newPage();
  await stranger.goto(`${fixtureURL}/talk/workshop/`);
  await expect(counter(stranger)).toHaveText('1 / 7');
  const strangerHeard = await listenOnPair(stranger, token);

  // The presenter's move reaches the stranger's window, where a deck that had joined the pair would follow it.
  await presenter.bringToFront();
  await presenter.keyboard.press('ArrowRight');
  await expect(deck).toHaveURL(/#\/first\/1$/);
  await expect.poll(strangerHeard).toContainEqual(expect.objectContaining({ kind: 'goto', slide: 1, step: 0 }));
  await expect(counter(stranger)).toHaveText('1 / 7');

  // The stranger's own move, then a marker from its window on the pair's channel: once the presenter has
  // the marker, it would have had anything the stranger's deck sent on that channel before it.
  const presenterHeard = await listenOnPair(presenter, token);
  await stranger.bringToFront();
  await stranger.keyboard.press('End');
  await expect(stranger).toHaveURL(/#\/second\/2$/);
  await postOnPair(stranger, token, 'marker');
  await expect.poll(presenterHeard).toContain('marker');
  expect(await presenterHeard()).toEqual(['marker']);
  await expect(presenter.locator('[data-counter]')).toHaveText('2 / 7 · step 0 of 3');
  await expect(deck).toHaveURL(/#\/first\/1$/);
});

test('the deck ignores messages with a wrong shape, token or slide, and follows a valid one', async ({
  context,
  fixtureURL,
}) => {
  const { deck, token } = await openPair(context, fixtureURL);
  const other = await context.newPage();
  await other.goto(`${fixtureURL}/404.html`);
  // Every position the deck shows from now on, in order.
  await deck.evaluate(() => {
    const shown = [location.hash];
    (window as unknown as { shown: string[] }).shown = shown;
    new MutationObserver(() => {
      if (shown.at(-1) !== location.hash) shown.push(location.hash);
    }).observe(document.querySelector('[data-deck-counter]')!, { subtree: true, childList: true, characterData: true });
  });
  // One channel sends all: messages from one sender arrive in order, so the valid one comes last.
  await postOnPair(
    other,
    token,
    { kind: 'goto', token, from: 'presenter', slide: 99, step: 0 },
    { kind: 'goto', token, from: 'presenter', slide: 1, step: 9 },
    { kind: 'goto', token: 'x'.repeat(22), from: 'presenter', slide: 2, step: 0 },
    { kind: 'goto', token, from: 'presenter', slide: '2', step: 0 },
    { kind: 'navigate', token, from: 'presenter', slide: 2, step: 0 },
    'goto 2',
    { kind: 'goto', token, from: 'presenter', slide: 2, step: 1 },
  );
  await expect(deck).toHaveURL(/#\/first\/2\/1$/);
  expect(await deck.evaluate(() => (window as unknown as { shown: string[] }).shown)).toEqual([
    '#/first/0',
    '#/first/2/1',
  ]);
});

test('the presenter shows current and next slide, the notes, a timer with pacing, and a clock', async ({
  page,
  fixtureURL,
}) => {
  await page.clock.install({ time: new Date('2026-11-25T09:00:00') });
  await page.goto(`${fixtureURL}/talk/workshop/presenter/#/first/1/3`);
  const currentStage = page.locator('[data-current-stage]');
  await expect(currentStage.getByRole('heading', { name: 'Steps in a list' })).toBeVisible();
  await expect(currentStage.getByText('Gamma point')).toBeVisible();
  await expect(page.locator('[data-next-stage]').getByRole('heading', { name: 'Code that steps' })).toBeVisible();
  const notes = page.locator('[data-notes]');
  await expect(notes).toContainText('Prose under the list slide.');
  await expect(notes).toContainText('List speaker note');
  await expect(page.locator('[data-clock]')).toHaveText(/09:00/);

  await expect(page.locator('[data-elapsed]')).toHaveText('0:00');
  // The fixture talk's 12 minutes, shared by slide weight: chapter 1's 6 minutes over 4 slides, chapter 2's 4 over 3.
  await expect(page.locator('[data-pace]')).toHaveText(
    'Slide 2 should be done by 3:36 of 12:00. Start the timer when you begin.',
  );
  await page.getByRole('button', { name: 'Start' }).click();
  await page.clock.runFor(5 * 60_000);
  await expect(page.locator('[data-elapsed]')).toHaveText('5:00');
  // Slide 2 is planned from 1:48 to 3:36: at 5:00, 1.4 min behind rounds to 1.
  await expect(page.locator('[data-pace]')).toHaveText(
    'Slide 2 should be done by 3:36 of 12:00; you are 1 min behind.',
  );
  await page.getByRole('button', { name: 'Pause' }).click();
  const paused = (await page.locator('[data-elapsed]').textContent())!;
  expect(paused).toMatch(/^5:0\d$/);
  await page.clock.runFor(60_000);
  await expect(page.locator('[data-elapsed]')).toHaveText(paused);
  await page.getByRole('button', { name: 'Resume' }).click();
  await page.clock.runFor(3_000);
  await expect(page.locator('[data-elapsed]')).not.toHaveText(paused);
  await expect(page.locator('[data-elapsed]')).toHaveText(/^5:\d\d$/);
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(page.locator('[data-elapsed]')).toHaveText('0:00');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the presenter view has no axe violations in the ${colorScheme} theme`, async ({ page, fixtureURL }) => {
    await page.emulateMedia({ colorScheme });
    for (const hash of ['#/first/2/1', '#/second/2']) {
      await page.goto(`${fixtureURL}/talk/workshop/presenter/${hash}`);
      await expect(page.locator('[data-current-stage] .slide')).toHaveCount(1);
      expect(await axeViolations(page)).toEqual([]);
    }
  });
}

test('a presenter opened mid-talk joins the deck where it stands', async ({ context, fixtureURL }) => {
  const deck = await context.newPage();
  await deck.goto(`${fixtureURL}/talk/workshop/#/second/1`);
  await deck.getByRole('link', { name: 'Presenter view' }).click({ modifiers: ['ControlOrMeta'] });
  const href = await deck.getByRole('link', { name: 'Presenter view' }).getAttribute('href');
  const presenter = await context.newPage();
  await presenter.goto(`${fixtureURL}${href}`);
  await expect(presenter.locator('[data-counter]')).toHaveText('6 / 7');
  await expect(presenter).not.toHaveURL(/pair=/);
});
