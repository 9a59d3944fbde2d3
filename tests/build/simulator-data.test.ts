import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** Build a fixture site (tests/fixtures/<name>) and return how it ended. */
function buildFixture(name: string) {
  const result = spawnSync(process.execPath, ['tests/tools/build-fixture.mjs', name], {
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('the build refuses bad simulator data', () => {
  it('fails on an unknown source, chapter or stage, naming the file and the entry', () => {
    const { status, output } = buildFixture('simulator-unknown-reference');
    expect(status).not.toBe(0);
    expect(output).toContain('content/simulator/pitfalls.yaml entry lambda-zip-over-250mb: unknown source "aws-lambda-quota"');
    expect(output).toContain('content/simulator/pitfalls.yaml entry lambda-zip-over-250mb: unknown chapter "deployment"');
    expect(output).toContain('content/simulator/decisions.yaml entry monitoring: unknown stage "observability"');
  });
});
