// Weigh the built pages: HTML, CSS and JavaScript bytes each page makes a browser fetch, raw and gzip.
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

const gzipBytes = (text) => gzipSync(text).length;
const bytes = (text) => Buffer.byteLength(text);

/** A site path ("/chapters/data/") to its file in dist. */
function fileOf(dist, path) {
  return join(dist, path.endsWith('/') ? `${path}index.html` : path);
}

/**
 * The JS modules an entry module pulls in on load (static imports, as rolldown writes them), itself
 * included. Modules behind a dynamic import() load on demand and are collected in `onDemand` instead.
 */
function moduleGraph(dist, entry, seen = new Set(), onDemand = new Set()) {
  if (seen.has(entry) || !existsSync(join(dist, entry))) return seen;
  seen.add(entry);
  const code = readFileSync(join(dist, entry), 'utf8');
  const resolve = (spec) => posix.join(posix.dirname(entry), spec);
  for (const [, spec] of code.matchAll(/(?:from|import)\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g)) {
    moduleGraph(dist, resolve(spec), seen, onDemand);
  }
  for (const [, spec] of code.matchAll(/import\s*\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g)) onDemand.add(resolve(spec));
  return seen;
}

/** Everything one page costs a visitor, in bytes. */
export function weighPage(dist, path) {
  const html = readFileSync(fileOf(dist, path), 'utf8');
  const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
  const inlineJs = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .filter((m) => !/type="application\/(ld\+)?json"/.test(m[0]))
    .map((m) => m[1])
    .join('');
  const cssFiles = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
  const jsEntries = [
    ...[...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/\b(?:component|renderer|before-hydration)-url="([^"]+)"/g)].map((m) => m[1]),
  ].filter((url) => url.startsWith('/'));
  const jsFiles = new Set();
  const onDemand = new Set();
  for (const entry of jsEntries) moduleGraph(dist, entry.slice(1), jsFiles, onDemand);
  // Everything behind dynamic imports, however deep (a report that loads a chart that loads a library).
  const lazy = new Set();
  for (let pending = [...onDemand]; pending.length > 0;) {
    const next = new Set();
    for (const entry of pending) moduleGraph(dist, entry, lazy, next);
    pending = [...next].filter((file) => !lazy.has(file));
  }

  const read = (file) => readFileSync(join(dist, file.replace(/^\//, '')), 'utf8');
  const externalJs = [...jsFiles].map(read);
  const externalCss = cssFiles.map(read);
  const sum = (texts, measure) => texts.reduce((total, text) => total + measure(text), 0);

  return {
    htmlRaw: bytes(html),
    htmlGzip: gzipBytes(html),
    cssRaw: bytes(inlineCss) + sum(externalCss, bytes),
    cssGzip: gzipBytes(inlineCss) + sum(externalCss, gzipBytes),
    jsRaw: bytes(inlineJs) + sum(externalJs, bytes),
    jsGzip: (inlineJs ? gzipBytes(inlineJs) : 0) + sum(externalJs, gzipBytes),
    jsFiles: jsFiles.size,
    /** The JS files loaded on the page's first load (dist-relative paths). */
    jsFileList: [...jsFiles],
    /** JS behind dynamic imports, fetched only when needed (e.g. the simulator's report), gzipped. */
    jsOnDemandGzip: sum([...lazy].filter((file) => !jsFiles.has(file)).map(read), gzipBytes),
    /** What crosses the wire: the HTML (inline CSS and JS included) plus every external file, gzipped. */
    totalGzip: gzipBytes(html) + sum(externalCss, gzipBytes) + sum(externalJs, gzipBytes),
  };
}
