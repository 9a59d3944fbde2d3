import { describe, expect, it } from 'vitest';
import { buildFixture } from '../tools/build-fixture-result';

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
