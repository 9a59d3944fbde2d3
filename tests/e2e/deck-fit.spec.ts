import { expect, test, type Page } from '@playwright/test';

/**
 * Content fits: at 1920×1080 every slide of every shipped talk shows all of its content, steps revealed, inside
 * its 16:9 canvas — shrunk if need be, never below the floor (MIN_CONTENT_SCALE in canvas-fit.ts). A slide that
 * still spills (height or width, a code line cut at the edge, a table past the border) fails, by name.
 * The live simulator scrolls inside its own box on the slide, which must itself fit.
 */
const TALKS = ['conference', 'workshop'];

/** Keys and what spills, for the slide now shown. */
function spillOf(page: Page) {
  return page.evaluate(() => {
    const slide = document.querySelector<HTMLElement>('.slide.is-current')!;
    const canvas = slide.querySelector('.slide__canvas')!.getBoundingClientRect();
    const problems: string[] = [];
    for (const el of slide.querySelectorAll<HTMLElement>('.slide__body *')) {
      if (el.closest('[data-live-simulator] > *, .slide__notes')) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (box.bottom > canvas.bottom + 1 || box.right > canvas.right + 1)
        problems.push(
          `<${el.tagName.toLowerCase()}> "${(el.textContent ?? '').trim().slice(0, 40)}" spills past the canvas`,
        );
      if ((el.tagName === 'PRE' || el.tagName === 'TABLE') && el.scrollWidth > el.clientWidth + 1)
        problems.push(`<${el.tagName.toLowerCase()}> is cut at its right edge`);
    }
    const zoom = Number(slide.querySelector<HTMLElement>('.slide__body')!.style.zoom || 1);
    return { key: slide.dataset.key!, problems: [...new Set(problems)].slice(0, 3), zoom };
  });
}

for (const talk of TALKS) {
  test(`every slide of the ${talk} talk fits its canvas at 1920×1080`, async ({ browser }) => {
    test.slow();
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.goto(`/talk/${talk}/`);
    const count = await page.locator('.deck .slide').count();
    const spilling: string[] = [];
    for (let n = 1; n <= count; n += 1) {
      await page.evaluate((hash) => (location.hash = hash), `#${n}`);
      const slide = page.locator('.slide.is-current');
      await expect(page.locator('[data-deck-counter]')).toHaveText(`${n} / ${count}`);
      if (await slide.getAttribute('data-src')) await expect(slide).toHaveAttribute('data-loaded', 'true');
      // The live simulator, once loaded, must keep to its box on the slide.
      if ((await slide.locator('[data-simulator-mount]').count()) > 0)
        await expect(slide.locator('[data-simulator-mount] button').first()).toBeVisible();
      await page.keyboard.press('a'); // every step shown
      // Fitted after the last layout change: wait for fonts and a frame.
      await page.evaluate(() => document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(r))));
      const { key, problems, zoom } = await spillOf(page);
      expect(zoom).toBeGreaterThanOrEqual(0.6);
      if (problems.length > 0) spilling.push(`${key}: ${problems.join('; ')}`);
    }
    expect(spilling, 'slides that do not fit at the smallest legible size').toEqual([]);
    await page.close();
  });
}
