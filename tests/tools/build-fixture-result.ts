import { spawnSync } from 'node:child_process';

/**
 * Build a fixture site (tests/fixtures/<name>) in a child process and return how it ended. With `warm`,
 * the project's own content is loaded into the same cache first, and the fixture built over it.
 */
export function buildFixture(name: string, { warm = false } = {}): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, ['tests/tools/build-fixture.mjs', name, ...(warm ? ['--warm'] : [])], {
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
