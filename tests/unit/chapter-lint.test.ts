import { describe, expect, it } from 'vitest';
import { lintChapter } from '../../src/journey/chapter-lint';

const good = `Intro for readers.

## A section

<Slide>
- a point
</Slide>

Prose with a figure <Source id="aws-lambda-quotas" />.

## Another section without a slide

Prose.
`;

describe('lintChapter', () => {
  it('accepts a chapter whose slides sit in sections and whose figures cite sources', () => {
    expect(lintChapter(good)).toEqual([]);
  });

  it('rejects a chapter without slides', () => {
    expect(lintChapter('## A\n\nText <Source id="x" />')).toEqual([expect.stringContaining('has no <Slide>')]);
  });

  it('rejects a chapter without sources', () => {
    expect(lintChapter('## A\n\n<Slide>x</Slide>')).toEqual([expect.stringContaining('cites no <Source>')]);
  });

  it('accepts a figure that carries its source', () => {
    expect(lintChapter('## A\n\n<Slide>x</Slide>\n<Figure src="/a.svg" alt="a" caption="c" source="x" />')).toEqual([]);
  });

  it('rejects a slide outside a section', () => {
    const problems = lintChapter(`<Slide>early</Slide>\n\n${good}`);
    expect(problems).toEqual([expect.stringContaining('before its first ## heading')]);
  });

  it('rejects two slides in one section', () => {
    const problems = lintChapter('## Busy\n\n<Slide>one</Slide>\n\n<Slide>two</Slide>\n<Source id="x" />');
    expect(problems).toEqual([expect.stringContaining('section "Busy" has 2 <Slide> blocks')]);
  });

  it('ignores headings and tags inside code blocks', () => {
    const withCode = 'Intro.\n\n```md\n<Slide>in code</Slide>\n## not a heading\n```\n\n' + good;
    expect(lintChapter(withCode)).toEqual([]);
  });
});
