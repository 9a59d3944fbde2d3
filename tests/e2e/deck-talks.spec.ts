import { expect, test, type Locator, type Page } from '@playwright/test';

/**
 * The shipped talks (content/talks/): /talk/ lists them, old deck links land in the full deck, and the 40-minute
 * conference talk is driven from deck and presenter with a clicker's keys (Page Up / Page Down / b / .) after a
 * click on every control, and played end to end within its slot.
 */
const hash = (page: Page) => page.evaluate(() => location.hash);

/** Page Down then Page Up: the view moved one step forward and came back. */
async function clickerStillWorks(page: Page) {
  const before = await hash(page);
  await page.keyboard.press('PageDown');
  await expect.poll(() => hash(page)).not.toBe(before);
  await page.keyboard.press('PageUp');
  await expect.poll(() => hash(page)).toBe(before);
}

/** b and . black the screen out and bring it back. */
async function blackoutKeysWork(page: Page) {
  const root = page.locator('html');
  for (const key of ['b', '.']) {
    await page.keyboard.press(key);
    await expect(root).toHaveClass(/deck-blackout/);
    await page.keyboard.press(key);
    await expect(root).not.toHaveClass(/deck-blackout/);
  }
}

test('/talk/ lists every talk with its slot, slide count, deck and presenter', async ({ page }) => {
  await page.goto('/talk/');
  const conference = page.getByRole('listitem').filter({ hasText: 'Conference talk' });
  await expect(conference).toContainText('40:00');
  await expect(conference).toContainText(/\d+ slides/);
  await expect(conference.getByRole('link', { name: 'Presenter view' })).toHaveAttribute(
    'href',
    '/talk/conference/presenter/',
  );
  const workshop = page.getByRole('listitem').filter({ hasText: 'Workshop' });
  await expect(workshop).toContainText('2:06:00');
  await workshop.getByRole('link', { name: 'Open the deck' }).click();
  await expect(page).toHaveURL(/\/talk\/workshop\/#\/talk-title\/0$/);
  const count = Number((await page.locator('[data-deck-counter]').textContent())!.split('/ ')[1]);
  await expect(workshop).toHaveCount(0);
  await page.goBack();
  await expect(page.getByRole('listitem').filter({ hasText: 'Workshop' })).toContainText(`${count} slides`);
});

test('old deck addresses open the same place in the full deck', async ({ page }) => {
  await page.goto('/talk/#/data/3');
  await expect(page).toHaveURL(/\/talk\/workshop\/#\/data\/3$/);
  await expect(page.locator('.slide.is-current')).toHaveAttribute('data-loaded', 'true');
  await page.goto('/talk/presenter/#/data/2');
  await expect(page).toHaveURL(/\/talk\/workshop\/presenter\/#\/data\/2$/);
});

test('the conference talk opens on its title, closes on questions and a QR code, and loads the simulator only on its slide', async ({
  page,
}) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto('/talk/conference/');
  const current = page.locator('.slide.is-current');
  await expect(current.getByRole('heading', { name: 'The NLP Deployment Journey' })).toBeVisible();
  // The title is in the page; the next slides' chapter is fetched ahead, nothing else.
  await expect(page.locator('.slide').nth(1)).toHaveAttribute('data-loaded', 'true');
  expect(requests.filter((path) => path.startsWith('/talk/slides/'))).toEqual(['/talk/slides/use-case/']);
  await page.keyboard.press('End');
  await expect(current.getByRole('heading', { name: 'Questions?' })).toBeVisible();
  await expect(current.getByRole('img', { name: /^QR code: https?:\/\// })).toBeVisible();
  expect(requests.some((path) => /simulator\/props\.json|SimulatorIsland/.test(path))).toBe(false);

  await page.evaluate(() => (location.hash = '#/talk-live-join/0'));
  await expect(current.locator('[data-live-join]')).toHaveText('Live voting needs the companion server (npm start)');
  await page.evaluate(() => (location.hash = '#/talk-language-id-demo/0'));
  await expect(current.getByRole('textbox', { name: 'Which language is this?' })).toBeVisible();
  await page.evaluate(() => (location.hash = '#/talk-live-simulator/0'));
  const simulator = current.locator('[data-live-simulator]');
  await expect(simulator.getByRole('button').first()).toBeVisible();
  expect(requests).toContain('/simulator/props.json');
  // The speaker clicks in the simulator, then on the slide: the clicker moves the talk again.
  await simulator.getByRole('button').first().click();
  await current.locator('.slide__title').click();
  await clickerStillWorks(page);
});

test('a clicker drives the conference deck after a click on every control of its bar', async ({ page }) => {
  await page.goto('/talk/conference/#/use-case/1');
  const bar = page.locator('[data-deck-controls]');
  const clicks: [string, (() => Promise<void>) | null][] = [
    ['Next', null],
    ['Previous', null],
    ['Notes', null],
    ['Overview', () => page.keyboard.press('o')],
    ['Keyboard help', () => page.keyboard.press('?')],
    ['Fullscreen', () => page.keyboard.press('f')],
  ];
  for (const [name, close] of clicks) {
    await bar.getByRole('button', { name, exact: true }).click();
    await close?.();
    await clickerStillWorks(page);
    await blackoutKeysWork(page);
  }
  await bar.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  await clickerStillWorks(page);
  await blackoutKeysWork(page);
});

test('a clicker drives the conference presenter after a click on every control', async ({ page }) => {
  await page.goto('/talk/conference/presenter/#/use-case/1');
  const controls: [string, (() => Promise<void>) | null][] = [
    ['Start', null],
    ['Reset', null],
    ['Next', null],
    ['Previous', null],
    ['Overview', () => page.keyboard.press('o')],
    ['Go to…', () => page.keyboard.press('Escape')],
    ['Black screen', () => page.keyboard.press('b')],
    ['Larger text', null],
    ['Smaller text', null],
  ];
  for (const [name, close] of controls) {
    await page.getByRole('button', { name, exact: true }).click();
    await close?.();
    await clickerStillWorks(page);
    await blackoutKeysWork(page);
  }
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('light');
  await page.locator('[data-notes]').click();
  await clickerStillWorks(page);
  await blackoutKeysWork(page);
});

/** The planned minutes of each slide, as the presenter paces them. */
const planOf = (page: Page) =>
  page
    .locator('[data-deck-source] .slide')
    .evaluateAll((slides) => slides.map((s) => Number((s as HTMLElement).dataset.minutes)));

test('the 40-minute talk plays end to end within its pacing', async ({ page }) => {
  test.slow();
  await page.clock.install({ time: new Date('2026-11-25T09:00:00') });
  await page.goto('/talk/conference/presenter/');
  const plan = await planOf(page);
  expect(plan.reduce((a, b) => a + b, 0)).toBeCloseTo(40, 1);
  const counter = page.locator('[data-counter]');
  const pace: Locator = page.locator('[data-pace]');
  await page.getByRole('button', { name: 'Start' }).click();
  for (let slide = 0; slide < plan.length; slide += 1) {
    await expect(counter).toHaveText(new RegExp(`^${slide + 1} / ${plan.length}`));
    // The speaker spends a little under the slide's planned time on it, then clicks on.
    await page.clock.runFor(Math.floor(plan[slide]! * 60_000) - 2_000);
    await expect(pace).toContainText('you are on time');
    if (slide === plan.length - 1) break;
    // Page Down through the slide's steps, to the next slide.
    while ((await counter.textContent())!.startsWith(`${slide + 1} /`)) await page.keyboard.press('PageDown');
  }
  await expect(pace).toHaveText(/should be done by 40:00 of 40:00; you are on time\.$/);
  const [minutes] = (await page.locator('[data-elapsed]').textContent())!.split(':').map(Number);
  expect(minutes).toBeLessThan(40);
});
