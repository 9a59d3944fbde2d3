import { expect, test, type BrowserContext } from '@playwright/test';
import { chooseAll, LEAN_JOURNEY, openSimulator } from './simulator-actions';
import { chapterWithCheckpoint } from './workshop-helpers';

/**
 * Record every Content-Security-Policy violation in the context's pages (the browser's
 * `securitypolicyviolation` event and its console report, which also covers workers).
 */
async function recordViolations(context: BrowserContext): Promise<string[]> {
  const violations: string[] = [];
  await context.exposeFunction('reportCspViolation', (violation: string) => violations.push(violation));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportCspViolation: (violation: string) => void }).reportCspViolation;
      void report(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} on ${location.pathname}`);
    });
  });
  context.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

test('every response carries a strict script policy and the other security headers', async ({ request }) => {
  for (const path of ['/', '/simulator/', '/talk/workshop/presenter/', '/no-such-page/']) {
    const headers = (await request.get(path)).headers();
    const policy = headers['content-security-policy'] ?? '';
    const scriptSrc = policy.split(';').find((directive) => directive.trim().startsWith('script-src')) ?? '';
    expect(scriptSrc, path).toMatch(/^\s*script-src 'self' /);
    expect(scriptSrc, path).toContain("'sha256-");
    expect(scriptSrc, path).not.toContain('unsafe-inline');
    expect(scriptSrc, path).not.toMatch(/'unsafe-eval'/);
    expect(policy, path).toContain("frame-ancestors 'none'");
    expect(policy, path).toContain("object-src 'none'");
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
  }
  expect((await request.get('/_headers')).status()).toBe(404);
});

test('the policy is enforced: a script injected into a page is blocked and reported', async ({ context }) => {
  const violations = await recordViolations(context);
  const page = await context.newPage();
  await page.goto('/');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.body.append(script);
  });
  await expect.poll(() => violations.length).toBeGreaterThan(0);
  expect(await page.evaluate(() => 'injected' in window)).toBe(false);
});

test('theme, search, a checkpoint, the deck, the presenter and the simulator run without a violation', async ({
  context,
}) => {
  const violations = await recordViolations(context);
  const page = await context.newPage();

  // Theme: the inline script applies the stored choice before the first paint.
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await page.getByLabel('Theme').selectOption('dark');
  await page.reload({ waitUntil: 'commit' });
  await page.waitForFunction(() => document.body !== null);
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');

  // Search: Pagefind's component UI and its WebAssembly index.
  await page.goto(chapterWithCheckpoint());
  await page.getByRole('button', { name: /Search/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('searchbox').or(dialog.getByRole('textbox')).first().fill('cold start');
  await expect(dialog.locator('a[href*="/glossary/"]').first()).toBeVisible();
  await page.keyboard.press('Escape');

  // A checkpoint answer, loaded on demand.
  const checkpoint = page.locator('[data-checkpoint]').first();
  await checkpoint.getByRole('radio').first().check();
  await expect(checkpoint.locator('[aria-live="polite"]')).not.toBeEmpty();

  // The deck, then the presenter view paired with it.
  await page.goto('/talk/workshop/#/use-case/0');
  await expect(page.locator('[data-deck-counter]')).toContainText('2 /');
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/#\/.+\/1/);
  await page.keyboard.press('p');
  const href = await page.getByRole('link', { name: 'Presenter view' }).getAttribute('href');
  const presenter = await context.newPage();
  await presenter.goto(href!);
  await expect(presenter.locator('[data-counter]')).toContainText('/');
  await presenter.getByRole('button', { name: 'Next' }).click();
  await expect(page).toHaveURL(/#\/.+\/2/);
  await presenter.close();

  // The React and XState simulator: a whole journey to production.
  await openSimulator(page);
  await chooseAll(page, LEAN_JOURNEY as unknown as [string, string][]);
  const report = page.locator('[data-state="in-production"]').first();
  await expect(report.getByRole('heading', { name: 'In production' })).toBeVisible();
  await expect(report.locator('[data-chart] canvas').first()).toBeVisible();

  expect(violations).toEqual([]);
});
