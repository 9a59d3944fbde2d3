import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
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

const projectRoot = new URL('../../', import.meta.url).pathname;
const buildLock = join(projectRoot, '.astro', 'deck-fixture-build.lock');

/** Run one fixture build at a time: Astro's builds of one project share a prerender folder. */
async function withBuildLock<T>(work: () => T): Promise<T> {
  const started = Date.now();
  mkdirSync(join(projectRoot, '.astro'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(buildLock);
      break;
    } catch {
      // A lock older than two minutes was left by a build that died: take it over.
      if (existsSync(buildLock) && Date.now() - statSync(buildLock).mtimeMs > 120_000)
        rmSync(buildLock, { recursive: true, force: true });
      if (Date.now() - started > 180_000) throw new Error(`Waited 3 minutes for ${buildLock}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    return work();
  } finally {
    rmSync(buildLock, { recursive: true, force: true });
  }
}

/**
 * Browser tests against the deck's fixture talk (tests/fixtures/deck-talk): two short chapters with a
 * stepped list, a stepped code block, a section without a slide, a slide with an input and a checkpoint, and
 * a slide with a React island.
 * `fixtureURL` is the fixture site's origin. The site is built once per test run, by the first worker that
 * needs it, into the run's output folder; each worker serves it.
 */
export const test = base.extend<object, { fixtureURL: string }>({
  fixtureURL: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern
    async ({}, use, workerInfo) => {
      const outDir = join(workerInfo.project.outputDir, 'deck-talk-site');
      const builtMark = join(outDir, '.built');
      await withBuildLock(() => {
        // The mark names the run's runner process (every worker's parent), so no run serves an older build.
        if (existsSync(builtMark) && readFileSync(builtMark, 'utf8') === String(process.ppid)) return;
        rmSync(outDir, { recursive: true, force: true });
        const built = spawnSync(process.execPath, ['tests/e2e/deck-fixture-build.mjs', outDir], {
          cwd: projectRoot,
          encoding: 'utf8',
          env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
        });
        if (built.status !== 0) throw new Error(`The deck fixture failed to build:\n${built.stdout}\n${built.stderr}`);
        writeFileSync(builtMark, String(process.ppid));
      });
      const server = await serveStatic(outDir);
      await use(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
      server.close();
    },
    { scope: 'worker', timeout: 300_000 },
  ],
});

export { expect } from '@playwright/test';
