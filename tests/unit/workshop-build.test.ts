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

describe('the build refuses broken glossary references', () => {
  it('fails on a <Term> whose id is not in the glossary, naming the id', () => {
    const { status, output } = buildFixture('workshop-unknown-term');
    expect(status).not.toBe(0);
    expect(output).toContain('<Term id="warm-pool">');
  });

  it('fails on a glossary term citing an unknown source, naming term and source', () => {
    const { status, output } = buildFixture('workshop-glossary-bad-source');
    expect(status).not.toBe(0);
    expect(output).toContain('"cold-start": unknown source "no-such-source"');
  });
});
