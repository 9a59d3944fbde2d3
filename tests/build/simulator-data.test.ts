import { describe, expect, it } from 'vitest';
import { buildFixture } from '../tools/build-fixture-result';

describe('the build refuses bad simulator data', () => {
  it('fails on an unknown source, chapter or stage, naming the file and the entry', () => {
    const { status, output } = buildFixture('simulator-unknown-reference');
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/simulator/pitfalls.yaml entry lambda-zip-over-250mb: unknown source "aws-lambda-quota"',
    );
    expect(output).toContain(
      'content/simulator/pitfalls.yaml entry lambda-zip-over-250mb: unknown chapter "deployment"',
    );
    expect(output).toContain('content/simulator/decisions.yaml entry monitoring: unknown stage "observability"');
  });
});
