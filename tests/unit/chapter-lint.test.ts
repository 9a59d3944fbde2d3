import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintChapter, MAX_CUE_WORDS, slideCues, TITLE_SLIDE } from '../../src/journey/chapter-lint';

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

  it('rejects a speaker cue longer than a glance, naming the slide and the limit', () => {
    const cue = (words: number) => Array.from({ length: words }, (_, i) => `word${i}`).join(' ');
    const chapter = (words: number) =>
      `## Long talk\n\n<Slide>x</Slide>\n\n<Notes>\n- **Say:** ${cue(words)}\n</Notes>\n<Source id="x" />`;
    // The "Say:" label counts as a word: MAX_CUE_WORDS in all passes, one more fails.
    expect(lintChapter(chapter(MAX_CUE_WORDS - 1))).toEqual([]);
    expect(lintChapter(chapter(MAX_CUE_WORDS))).toEqual([
      `section "Long talk" has a speaker cue of ${MAX_CUE_WORDS + 1} words; keep it to ${MAX_CUE_WORDS}`,
    ]);
  });

  it("caps the title slide's cue too, the <Notes> before the first ## heading", () => {
    const long = Array.from({ length: MAX_CUE_WORDS + 1 }, () => 'word').join(' ');
    expect(lintChapter(`Intro.\n\n<Notes>${long}</Notes>\n\n${good}`)).toEqual([
      `the title slide has a speaker cue of ${MAX_CUE_WORDS + 1} words; keep it to ${MAX_CUE_WORDS}`,
    ]);
    expect(slideCues(`Intro.\n\n<Notes>Open with a question.</Notes>\n\n${good}`)[0]).toEqual({
      heading: TITLE_SLIDE,
      words: 4,
    });
  });

  it('counts the words a speaker reads: link text, not link targets or markup', () => {
    const cues = slideCues(
      '## A\n\n<Slide>x</Slide>\n\n<Notes>\n- **Say:** see [the data chapter](/chapters/data/#labelled-data)\n</Notes>\n\n## B\n\n<Slide>y</Slide>\n',
    );
    expect(cues).toEqual([
      { heading: TITLE_SLIDE, words: null },
      { heading: 'A', words: 5 },
      { heading: 'B', words: null },
    ]);
  });
});

describe('the shipped chapters', () => {
  const dir = new URL('../../content/chapters/', import.meta.url);
  const chapters = readdirSync(dir).filter((name) => name.endsWith('.mdx'));

  it('give every slide a speaker cue', () => {
    const slides = chapters.flatMap((name) =>
      slideCues(readFileSync(new URL(name, dir), 'utf8')).map((cue) => ({ ...cue, chapter: name })),
    );
    // 9 chapters: 9 title slides and 71 section slides when this test was written.
    expect(slides.length).toBeGreaterThan(70);
    expect(slides.filter(({ words }) => words === null)).toEqual([]);
  });
});
