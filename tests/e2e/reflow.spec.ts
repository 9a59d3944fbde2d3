import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { readingPages } from './site-pages';

// WCAG 2.2 reflow (1.4.10): 320 CSS px wide, content reads without scrolling sideways. Code blocks and
// tables may scroll inside themselves; the page may not.
const narrow = { width: 320, height: 640 };

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme, viewport: narrow });

    for (const path of ['/talk/workshop/presenter/', '/sources/', '/glossary/', ...readingPages()]) {
      test(`${path} does not scroll sideways at 320 px`, async ({ page }) => {
        await page.goto(path);
        const { scrollWidth, clientWidth, culprits } = await page.evaluate(() => {
          const root = document.documentElement;
          const scrollsItself = (element: Element) => getComputedStyle(element).overflowX !== 'visible';
          const insideScroller = (element: Element) => {
            for (let up = element.parentElement; up && up !== document.body; up = up.parentElement)
              if (scrollsItself(up)) return true;
            return false;
          };
          // For the failure message: the outermost elements that reach past the window's right edge.
          const culprits = [...document.querySelectorAll('body *')]
            .filter((element) => element.getBoundingClientRect().right > root.clientWidth + 0.5)
            .filter((element) => !insideScroller(element))
            .slice(0, 5)
            .map((element) => `<${element.tagName.toLowerCase()} class="${element.className}">`);
          return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, culprits };
        });
        expect(scrollWidth, `wider than the window: ${culprits.join(', ')}`).toBeLessThanOrEqual(clientWidth);
      });
    }

    test('the glossary’s A–Z links are large enough to hit (WCAG 2.2 target size)', async ({ page }) => {
      await page.goto('/glossary/');
      const { violations } = await new AxeBuilder({ page }).withRules(['target-size']).analyze();
      expect(violations.flatMap(({ nodes }) => nodes.map((node) => node.target.join(' ')))).toEqual([]);
    });
  });
}
