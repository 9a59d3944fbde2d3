import { expect, test, type Page } from '@playwright/test';

/** Record every layout shift from the first paint on, with the elements that moved. */
async function recordShifts(page: Page) {
  await page.addInitScript(() => {
    const shifts: { value: number; nodes: string[] }[] = [];
    (window as unknown as { shifts: typeof shifts }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources?: { node?: Node }[] })[])
        shifts.push({
          value: entry.value,
          nodes: (entry.sources ?? []).map((s) => (s.node as Element | undefined)?.className?.toString() ?? '?'),
        });
    }).observe({ type: 'layout-shift', buffered: true });
  });
}
const shiftsOf = (page: Page) =>
  page.evaluate(() => (window as unknown as { shifts: { value: number; nodes: string[] }[] }).shifts);

test("the presenter's controls stay put when the pace line takes its text after load", async ({ page }) => {
  await page.setViewportSize({ width: 1350, height: 940 });
  await recordShifts(page);
  await page.goto('/talk/conference/presenter/');
  await expect(page.locator('[data-pace]')).toContainText('should be done by');
  await expect(page.locator('[data-notes] .slide__notes-cue')).toBeVisible();
  const total = (await shiftsOf(page)).reduce((sum, s) => sum + s.value, 0);
  expect(total).toBeLessThan(0.01);
});

test('on a phone the first slide paints where it stays: the scroll view applies before the script runs', async ({
  page,
}) => {
  await page.setViewportSize({ width: 412, height: 823 });
  await recordShifts(page);
  await page.goto('/talk/conference/');
  await expect(page.locator('.slide').first()).toHaveClass(/is-current/);
  const moved = (await shiftsOf(page)).flatMap((s) => s.nodes).filter((c) => /slide--title/.test(c));
  expect(moved).toEqual([]);
});
