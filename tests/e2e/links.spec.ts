import { expect, test } from '@playwright/test';
import { sitePages } from './site-pages';

/** What a page points at on this site: links, images, stylesheets and scripts, resolved to absolute URLs. */
interface PageRefs {
  refs: { from: string; url: string }[];
  ids: string[];
}

test('every internal link, asset and #anchor in the built site resolves', async ({ page, request, baseURL }) => {
  test.setTimeout(120_000);
  const origin = new URL(baseURL!).origin;
  const idsByPage = new Map<string, Set<string>>();
  const refs: { from: string; url: string }[] = [];

  const visit = async (path: string) => {
    await page.goto(path);
    const found: PageRefs = await page.evaluate(() => ({
      refs: [...document.querySelectorAll('a[href], img[src], link[href], script[src], source[src]')].map((node) => ({
        from: node.outerHTML.slice(0, 120),
        url: (node as HTMLAnchorElement).href || (node as HTMLImageElement).src,
      })),
      ids: [...document.querySelectorAll('[id]')].map((node) => node.id),
    }));
    idsByPage.set(new URL(path, origin).pathname, new Set(found.ids));
    refs.push(...found.refs.map((ref) => ({ from: `${path}: ${ref.from}`, url: ref.url })));
  };

  for (const path of sitePages()) await visit(path);

  const broken: string[] = [];
  const checked = new Map<string, number>();
  for (const { from, url } of refs) {
    const target = new URL(url);
    if (target.origin !== origin) continue;
    const key = target.pathname + target.search;
    if (!checked.has(key)) checked.set(key, (await request.get(key)).status());
    if (checked.get(key) !== 200) {
      broken.push(`${from} → ${key} (HTTP ${checked.get(key)})`);
      continue;
    }
    if (target.hash.length > 1) {
      if (!idsByPage.has(target.pathname)) await visit(target.pathname);
      const id = decodeURIComponent(target.hash.slice(1));
      if (!idsByPage.get(target.pathname)?.has(id)) broken.push(`${from} → ${key}${target.hash} (no such anchor)`);
    }
  }
  expect(broken).toEqual([]);
  expect(checked.size).toBeGreaterThan(3);
});
