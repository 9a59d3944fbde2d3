import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { blockStorage } from './storage-helpers';

/** Open the deck, press P, and open the presenter link it offers in a second tab of the same browser. */
async function openPair(context: BrowserContext) {
  const deck = await context.newPage();
  await deck.goto('/talk/workshop/');
  await deck.keyboard.press('p');
  const href = (await deck.getByRole('link', { name: 'Presenter view' }).getAttribute('href'))!;
  const presenter = await context.newPage();
  await presenter.goto(href);
  await expect(presenter.locator('[data-counter]')).toHaveText(/^1 \/ \d+/);
  return { deck, presenter, href };
}

/** A tab opened from `page` with window.open: it inherits the page's sessionStorage. */
async function openCopy(page: Page) {
  const [copy] = await Promise.all([
    page.context().waitForEvent('page'),
    page.evaluate(() => void window.open(location.href)),
  ]);
  await copy.waitForLoadState();
  return copy;
}

const slideOf = (page: Page) => page.evaluate(() => location.hash);

test('a deck opened from the paired deck is not paired, and the presenter follows only the original', async ({
  context,
}) => {
  const { deck, presenter, href } = await openPair(context);
  const copy = await openCopy(deck);
  await expect(copy.locator('[data-deck-hint]')).toContainText('not paired');

  await copy.bringToFront();
  await copy.keyboard.press('End');
  await expect(copy.locator('[data-deck-counter]')).toHaveText(/^(\d+) \/ \1$/);
  await presenter.bringToFront();
  await presenter.getByRole('button', { name: 'Next' }).click();
  await expect(presenter.locator('[data-counter]')).toHaveText(/^1 \/ \d+ · step 1|^2 \/ \d+/);
  await expect.poll(() => slideOf(deck)).toBe(await slideOf(presenter));
  await expect(copy.locator('[data-deck-counter]')).toHaveText(/^(\d+) \/ \1$/);

  // The copy offers a presenter view of its own, on a new pairing.
  await copy.bringToFront();
  await copy.keyboard.press('p');
  const copyHref = await copy.getByRole('link', { name: 'Presenter view' }).getAttribute('href');
  expect(copyHref).toMatch(/^\/talk\/workshop\/presenter\/\?pair=[A-Za-z0-9_-]{22}$/);
  expect(copyHref).not.toBe(href);
});

test('with storage blocked, a reloaded presenter and a reloaded deck stay paired', async ({ context }) => {
  await blockStorage(context);
  const { deck, presenter } = await openPair(context);
  await presenter.reload();
  await expect(presenter).toHaveURL(/\?pair=/);
  await presenter.getByRole('button', { name: 'Next' }).click();
  await expect.poll(() => slideOf(deck)).toBe(await slideOf(presenter));

  await deck.reload();
  await presenter.getByRole('button', { name: 'Next' }).click();
  await expect.poll(() => slideOf(deck)).toBe(await slideOf(presenter));
});
