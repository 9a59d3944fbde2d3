import AxeBuilder from '@axe-core/playwright';
import { test, type Page } from '@playwright/test';

/**
 * Axe's violations on the page, or within the part `include` (a CSS selector) picks: one string per rule,
 * "rule-id: selector, selector"; an empty array means none.
 *
 * Marks the running test slow (three times its time limit): on a busy machine a scan of a long page
 * takes many seconds. Legacy mode runs axe in the page itself instead of gathering frames' results in
 * a fresh blank page — the site has no iframes, so the verdict is the same — and only violations are
 * collected in full; together they make a scan about four times faster.
 */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  test.slow();
  let builder = new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] });
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target).join(', ')}`);
}
