// Live audience mode in real Chromium against the companion server: a presenter starts a room, attendees
// on phones vote, and the projector's simulator follows the votes from the first decision to production.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { axeViolations } from './axe';
import { startCompanion, type CompanionProcess } from './live-server';

let server: CompanionProcess;
test.beforeAll(async () => {
  server = await startCompanion();
});
test.afterAll(async () => {
  await server.stop();
});

const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

/** Console errors and uncaught exceptions of a page, collected as they happen. */
function watchErrors(page: Page, errors: string[]) {
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
}

async function startRoom(browser: Browser, errors: string[]) {
  const context = await browser.newContext({ acceptDownloads: true });
  const presenter = await context.newPage();
  watchErrors(presenter, errors);
  await presenter.goto(`${server.url}/talk/presenter/`);
  // The live controls appear once the page has found the live endpoint; L starts a session.
  await expect(presenter.locator('[data-live-start]')).toBeVisible({ timeout: 30_000 });
  await presenter.keyboard.press('l');
  const code = (await presenter.locator('[data-live-room]').textContent({ timeout: 30_000 }))!.trim();
  expect(code).toMatch(/^[2-9A-HJKMNP-Z]{6}$/);
  return { presenter, code };
}

async function attendees(browser: Browser, code: string, count: number, errors: string[]) {
  return Promise.all(
    Array.from({ length: count }, async () => {
      const page = await (await browser.newContext(phone)).newPage();
      watchErrors(page, errors);
      await page.goto(`${server.url}/live/?room=${code}`);
      await expect(page.getByText('Waiting for the next vote')).toBeVisible({ timeout: 30_000 });
      return page;
    }),
  );
}

const option = (page: Page, id: string) => page.locator(`.live-option[data-option="${id}"]`);

test('a room votes its way through the whole journey, and the projector follows', async ({ browser }) => {
  test.setTimeout(300_000);
  const errors: string[] = [];
  const { presenter, code } = await startRoom(browser, errors);
  const screen = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  watchErrors(screen, errors);
  await screen.goto(`${server.url}/live/screen/?room=${code}`);
  await expect(screen.locator('.live-join__code')).toHaveText(code);
  await expect(screen.locator('.live-qr')).toBeVisible();
  await expect(screen.locator('.live-sim')).toHaveAttribute('data-steps', '0', { timeout: 30_000 });
  const [a, b, c] = await attendees(browser, code, 3, errors);
  const room = [a!, b!, c!];

  let applied = 0;
  for (let round = 1; ; round++) {
    expect(round, 'the journey reaches production within 40 votes').toBeLessThan(40);
    const openButton = presenter.locator('[data-live-open]');
    await expect(openButton.or(presenter.locator('[data-live-finished]'))).toBeVisible();
    if (await presenter.locator('[data-live-finished]').isVisible()) break;
    await openButton.click();

    // Every phone shows the question with each option's one-line preview.
    for (const page of room) await expect(page.locator('section[data-open="true"] .live-option').first()).toBeVisible();
    const ids = await a!.locator('.live-option').evaluateAll((buttons) => buttons.map((el) => el.dataset.option!));
    await expect(a!.locator('.live-option__preview').first()).not.toBeEmpty();
    const [first, second] = [ids[0]!, ids[1]];

    if (round === 2 && second) {
      // A tie: the speaker picks.
      await option(a!, first).click();
      await option(b!, second).click();
      await expect(presenter.locator('[data-live-voters="2"]')).toBeVisible();
      await presenter.locator('[data-live-close]').click();
      await presenter.locator(`[data-live-pick="${second}"]`).click();
    } else {
      // Attendee a first votes for the second option, then changes its mind while the vote is open.
      if (round === 1 && second) {
        await option(a!, second).click();
        await expect(option(a!, second)).toHaveAttribute('aria-pressed', 'true');
      }
      for (const page of room) await option(page, first).click();
      await expect(option(a!, first)).toHaveAttribute('aria-pressed', 'true');
      if (second) await expect(option(a!, second)).toHaveAttribute('aria-pressed', 'false');
      await expect(presenter.locator('[data-live-voters="3"]')).toBeVisible();
      await expect(presenter.locator(`.live-tally [data-option="${first}"]`)).toHaveAttribute('data-votes', '3');
      await presenter.locator('[data-live-close]').click();
      // Closed: each phone sees the result.
      await expect(a!.locator(`.live-tally [data-option="${first}"]`)).toHaveAttribute('data-votes', '3');
      await expect(a!.getByText('You voted for')).toBeVisible();
      await presenter.locator('[data-live-apply]').click();
    }
    applied += 1;
    await expect(screen.locator('.live-sim')).toHaveAttribute('data-steps', String(applied));

    if (round === 3) {
      // Undo the last applied vote: the projector steps back; the vote is taken again.
      await presenter.locator('[data-live-undo]').click();
      applied -= 1;
      await expect(screen.locator('.live-sim')).toHaveAttribute('data-steps', String(applied));
    }
  }

  await expect(screen.locator('.live-sim')).toHaveAttribute('data-state', 'in-production');
  await expect(screen.locator('.sim-report').first()).toBeVisible();

  const download = presenter.waitForEvent('download');
  await presenter.locator('[data-live-export]').click();
  const markdown = await readFile((await (await download).path())!, 'utf8');
  expect(markdown).toContain(`# Live votes, room ${code}`);
  expect(markdown).toContain("the speaker's pick among tied options");
  expect(markdown).toContain('(later undone)');
  expect(errors).toEqual([]);
});

test('an attendee who reloads keeps the vote; an attendee with a wrong code is told so', async ({ browser }) => {
  const errors: string[] = [];
  const { presenter, code } = await startRoom(browser, errors);
  const [page] = await attendees(browser, code, 1, errors);
  await presenter.locator('[data-live-open]').click();
  const target = page!.locator('.live-option').nth(1);
  await target.click();
  await expect(presenter.locator('[data-live-voters="1"]')).toBeVisible();
  await page!.reload();
  await expect(page!.locator('.live-option').nth(1)).toHaveAttribute('aria-pressed', 'true', { timeout: 30_000 });
  await expect(presenter.locator('[data-live-voters="1"]')).toBeVisible();

  const stranger = await (await browser.newContext(phone)).newPage();
  await stranger.goto(`${server.url}/live/`);
  await stranger.getByLabel('Room code').fill('zzzz22');
  await stranger.getByRole('button', { name: 'Join' }).click();
  await expect(stranger.getByRole('alert')).toContainText('There is no room ZZZZ22');
  await stranger.getByLabel('Room code').fill('abc');
  await stranger.getByRole('button', { name: 'Join' }).click();
  await expect(stranger.getByRole('alert')).toContainText('six letters and digits');
  expect(errors).toEqual([]);
});

test("a page with the deck's live slots follows the room the presenter starts in another tab", async ({ browser }) => {
  const context = await browser.newContext();
  const screen = await context.newPage();
  await screen.goto(`${server.url}/live/screen/`);
  await expect(screen.locator('[data-live-screen-notice]')).toContainText('No room yet');
  const presenter = await context.newPage();
  await presenter.goto(`${server.url}/talk/presenter/`);
  await presenter.locator('[data-live-start]').click();
  const code = (await presenter.locator('[data-live-room]').textContent())!.trim();
  await expect(screen.locator('[data-live-join] .live-join__code')).toHaveText(code);
  await expect(screen.locator('[data-live-simulator] .live-sim')).toHaveAttribute('data-steps', '0');

  // The live panel and the projector page are accessible too, with a vote open.
  await presenter.locator('[data-live-open]').click();
  await expect(presenter.locator('[data-live-voters="0"]')).toBeVisible();
  await expect(screen.locator('.live-vote[data-open="true"]')).toBeVisible();
  expect(await axeViolations(presenter, '[data-live-presenter]')).toEqual([]);
  expect(await axeViolations(screen)).toEqual([]);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the attendee page on a 390 px phone has no axe violations in the ${colorScheme} theme`, async ({ browser }) => {
    const errors: string[] = [];
    const { presenter, code } = await startRoom(browser, errors);
    const context = await browser.newContext({ ...phone, colorScheme });
    const page = await context.newPage();
    await page.goto(`${server.url}/live/?room=${code}`);
    await presenter.locator('[data-live-open]').click();
    await page.locator('.live-option').first().click();
    await expect(page.locator('.live-option').first()).toHaveAttribute('aria-pressed', 'true');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await axeViolations(page)).toEqual([]);
    // Keyboard: Tab reaches the options, Enter votes.
    await page.locator('.live-option').nth(1).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.live-option').nth(1)).toHaveAttribute('aria-pressed', 'true');
  });
}
