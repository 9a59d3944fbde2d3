import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test as base } from '@playwright/test';
import { startStaticServer } from '../../server/static-server.mjs';

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
      // Served like the site itself, under the security headers its build wrote.
      const { server, url } = await startStaticServer({ root: outDir });
      await use(url);
      server.close();
    },
    { scope: 'worker', timeout: 300_000 },
  ],
});

export { expect } from '@playwright/test';
