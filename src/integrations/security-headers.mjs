// Build-time plugin: after `astro build`, hash every inline script of the built pages into a strict
// Content-Security-Policy and write it, with the other security headers, to `<outDir>/_headers`
// (read by Netlify and Cloudflare Pages, and by the project's own static server).
// Astro's `security.csp` is not used: it emits a <meta> (which cannot carry frame-ancestors), leaves
// `is:inline` scripts (theme, loaders) unhashed, and puts hashes in style-src, which blocks the
// highlighted code's style attributes.
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'parse5';
import { formatHeadersFile } from './headers-file.mjs';

/** Script types a browser runs; other types (application/json, …) are data and need no hash. */
const EXECUTABLE_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** Attributes whose value a browser follows as a URL. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction']);

/**
 * @typedef {{ nodeName: string, attrs?: { name: string, value: string }[], value?: string,
 *   childNodes?: HtmlNode[], content?: HtmlNode }} HtmlNode parse5's default tree, the parts read here
 */

/**
 * The inline scripts of one HTML document, as CSP hash sources ("sha256-…", base64).
 * @param {string} html a whole document
 * @param {string} file where it comes from, for the error
 * @returns {string[]}
 * @throws {Error} for an inline event handler (`onclick="…"`) or a `javascript:` URL: no hash can allow
 *   them under this policy, so they would silently do nothing.
 */
export function inlineScriptHashes(html, file) {
  /** @type {string[]} */
  const hashes = [];
  /** @param {HtmlNode} node */
  const visit = (node) => {
    const attrs = node.attrs ?? [];
    for (const { name, value } of attrs) {
      if (/^on/i.test(name) || (URL_ATTRIBUTES.has(name) && /^\s*javascript:/i.test(value)))
        throw new Error(`${file}: <${node.nodeName} ${name}="…"> is inline script the Content-Security-Policy blocks`);
    }
    const type =
      attrs
        .find((attr) => attr.name === 'type')
        ?.value.trim()
        .toLowerCase() ?? '';
    if (node.nodeName === 'script' && !attrs.some((attr) => attr.name === 'src') && EXECUTABLE_TYPES.has(type)) {
      const code = (node.childNodes ?? []).map((child) => child.value ?? '').join('');
      hashes.push(`sha256-${createHash('sha256').update(code).digest('base64')}`);
    }
    for (const child of node.childNodes ?? []) visit(child);
    if (node.content) visit(node.content);
  };
  visit(/** @type {HtmlNode} */ (/** @type {unknown} */ (parse(html))));
  return hashes;
}

/**
 * The site's Content-Security-Policy: scripts only from the site itself or inline ones with these hashes;
 * WebAssembly allowed (Pagefind's search and the lab's fastText run in it); workers from the site or from a
 * blob: the site made (the lab boots its worker from one, so the worker shares the lab's offline cache);
 * fetches from the site or of data: URLs (fastText's trainer reads its training text through one, which never
 * leaves the page); styles from the site or inline (Shiki colours code through style attributes); nothing
 * from other origins; no framing.
 * @param {Iterable<string>} scriptHashes hash sources such as "sha256-…"
 * @returns {string}
 */
export function contentSecurityPolicy(scriptHashes) {
  const hashes = [...new Set(scriptHashes)].sort().map((hash) => `'${hash}'`);
  return [
    "default-src 'self'",
    ["script-src 'self' 'wasm-unsafe-eval'", ...hashes].join(' '),
    "worker-src 'self' blob:",
    "connect-src 'self' data:",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * Every header a host should send with every response of the site.
 * @param {Iterable<string>} scriptHashes hash sources of the site's inline scripts
 * @returns {Record<string, string>}
 */
export function securityHeaders(scriptHashes) {
  return {
    'Content-Security-Policy': contentSecurityPolicy(scriptHashes),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    // For browsers that predate frame-ancestors.
    'X-Frame-Options': 'DENY',
  };
}

/**
 * Astro integration: writes `_headers` (one `/*` rule with {@link securityHeaders}) into the build output.
 * @returns {import('astro').AstroIntegration}
 */
export function securityHeadersFile() {
  return {
    name: 'nlp-journey:security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const pages = (await readdir(outDir, { recursive: true })).filter((file) => file.endsWith('.html'));
        const hashes = new Set();
        for (const page of pages) {
          for (const hash of inlineScriptHashes(await readFile(join(outDir, page), 'utf8'), page)) hashes.add(hash);
        }
        await writeFile(
          join(outDir, '_headers'),
          formatHeadersFile([{ path: '/*', headers: securityHeaders(hashes) }]),
        );
        logger.info(`_headers: ${hashes.size} inline script hashes from ${pages.length} pages`);
      },
    },
  };
}
