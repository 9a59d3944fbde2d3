import { describe, expect, it } from 'vitest';
import { buildFixture } from '../tools/build-fixture-result';

describe('the build refuses bad chapters', () => {
  it('fails on a frontmatter value of the wrong type, naming the file and the field', () => {
    const { status, output } = buildFixture('bad-frontmatter');
    expect(status).not.toBe(0);
    expect(output).toContain('02-slow');
    expect(output).toMatch(/minutes.*[Ee]xpected.*number/);
  });

  it('fails on two chapters with the same order, naming both files', () => {
    const { status, output } = buildFixture('duplicate-order');
    expect(status).not.toBe(0);
    expect(output).toContain('order 2');
    expect(output).toContain('content/chapters/02-second.mdx');
    expect(output).toContain('content/chapters/03-third.mdx');
  });

  it('fails on an unknown stage, naming the file and the field', () => {
    const { status, output } = buildFixture('unknown-stage');
    expect(status).not.toBe(0);
    expect(output).toContain('02-training');
    expect(output).toMatch(/stage.*expected one of/);
  });

  it('fails on a <Slide> outside a section, naming the file', () => {
    const { status, output } = buildFixture('slide-outside-section');
    expect(status).not.toBe(0);
    expect(output).toContain('content/chapters/01-early-slide.mdx');
    expect(output).toContain('before its first ## heading');
  });
});
