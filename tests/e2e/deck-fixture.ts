import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { test as base } from '@playwright/test';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/** Serve a built site's static files on 127.0.0.1, on a free port. */
function serveStatic(root: string): Promise<Server> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) return void response.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void response.writeHead(404).end('Not found');
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/**
 * Browser tests against the deck's fixture talk (tests/fixtures/deck-talk): two short chapters with a
 * stepped list, a stepped code block, a section without a slide and a slide with an input and a checkpoint.
 * `fixtureURL` is the fixture site's origin; the site is built once per worker.
 */
export const test = base.extend<object, { fixtureURL: string }>({
  fixtureURL: [
    async ({}, use) => {
      const outDir = mkdtempSync(join(tmpdir(), 'deck-talk-'));
      const built = spawnSync(process.execPath, ['tests/e2e/deck-fixture-build.mjs', outDir], {
        cwd: new URL('../../', import.meta.url).pathname,
        encoding: 'utf8',
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
      });
      if (built.status !== 0) throw new Error(`The deck fixture failed to build:\n${built.stdout}\n${built.stderr}`);
      const server = await serveStatic(outDir);
      await use(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
      server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
    { scope: 'worker', timeout: 120_000 },
  ],
});

export { expect } from '@playwright/test';
