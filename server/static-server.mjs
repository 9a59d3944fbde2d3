// Serve a built site the way a real host should: static files with the headers of its `_headers`
// file (the Content-Security-Policy and the rest), 404.html for unknown paths, on 127.0.0.1 only.
// Usage: node server/static-server.mjs [--root dist] [--port 4321]   (port 0 or none: a free one)
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import sirv from 'sirv';
import { headersFor, parseHeadersFile } from '../src/integrations/headers-file.mjs';

/**
 * Start serving `root` on 127.0.0.1 (static files only; `npm start` runs server/companion-server.ts, which adds
 * the live endpoint).
 * @param {{ root: string, port?: number }} options `port` 0 (the default) picks a free one
 * @returns {Promise<{ server: import('node:http').Server, url: string }>} `url` is the origin, without a slash
 * @throws {Error} when `root` has no `_headers` or no `404.html` (the site is not built), or the port is taken
 */
export async function startStaticServer({ root, port = 0 }) {
  const server = createServer(staticHandler(root));
  await new Promise((done, fail) => server.once('error', fail).listen(port, '127.0.0.1', () => done(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return { server, url: `http://127.0.0.1:${address.port}` };
}

/**
 * A request handler that serves the built site in `root` with its `_headers`, and 404.html for unknown paths.
 * @param {string} root the build output
 * @returns {import('node:http').RequestListener & { headersFor: (pathname: string) => Record<string, string> }}
 *   `headersFor` gives the headers `_headers` sets for a path (for responses made elsewhere)
 * @throws {Error} when `root` has no `_headers` or no `404.html` (the site is not built)
 */
export function staticHandler(root) {
  for (const file of ['_headers', '404.html'])
    if (!existsSync(join(root, file))) throw new Error(`${join(root, file)} is missing: run \`npm run build\` first`);
  const rules = parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8'));
  const notFoundPage = readFileSync(join(root, '404.html'));

  const files = sirv(root, {
    dev: false,
    etag: true,
    // Every response, files and the 404 page alike, carries the headers its path is given.
    setHeaders: (response, pathname) => setAll(response, headersFor(rules, pathname)),
  });
  /** @type {import('node:http').RequestListener} */
  const handle = (request, response) => {
    const pathname = requestPath(request.url);
    const notFound = () => {
      setAll(response, headersFor(rules, pathname ?? '/'));
      response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' }).end(notFoundPage);
    };
    // A target such as `//` is no URL path: answer it rather than throw.
    if (pathname === undefined) {
      setAll(response, headersFor(rules, '/'));
      return response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad request\n');
    }
    // The host's configuration is not part of the site, however its name is spelled (sirv decodes `%5F`).
    if (/^\/+_headers\/*$/.test(safeDecode(pathname))) return notFound();
    files(request, response, notFound);
  };
  return Object.assign(handle, { headersFor: (/** @type {string} */ pathname) => headersFor(rules, pathname) });
}

/**
 * The path of a request target, or undefined when it is not one (`//`, `http://[`).
 * @param {string | undefined} target the request line's target (`request.url`)
 * @returns {string | undefined}
 */
export function requestPath(target) {
  return URL.parse(target ?? '/', 'http://host')?.pathname;
}

/** @param {string} path */
const safeDecode = (path) => {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
};

/**
 * @param {import('node:http').ServerResponse} response
 * @param {Record<string, string>} headers
 */
function setAll(response, headers) {
  for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
}

if (fileURLToPath(import.meta.url) === resolve(process.argv[1] ?? '')) {
  const { values } = parseArgs({ options: { root: { type: 'string', default: 'dist' }, port: { type: 'string' } } });
  const port = Number(values.port ?? 0);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`--port ${values.port}: not a port number`);
  const { url } = await startStaticServer({ root: resolve(values.root), port });
  console.log(`Serving ${values.root}/ on ${url}/`);
}
