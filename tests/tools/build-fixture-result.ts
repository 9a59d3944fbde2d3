import { spawnSync } from 'node:child_process';

/** Build a fixture site (tests/fixtures/<name>) in a child process and return how it ended. */
export function buildFixture(name: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, ['tests/tools/build-fixture.mjs', name], {
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
