/** The most words a slide's speaker cue (its <Notes>) may have: a few lines, read at a glance on stage. */
export const MAX_CUE_WORDS = 70;

/** The words of a <Notes> block as the speaker reads them: tags, link targets and Markdown markers dropped. */
function cueWords(notes: string): number {
  const text = notes
    .replace(/<[^>]+>/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s*[-*]\s+/gm, '')
    .replace(/[*_`]/g, '');
  return text.split(/\s+/).filter(Boolean).length;
}

/** A chapter's MDX body without its fenced code blocks, whose headings and tags are examples, not structure. */
const withoutCode = (body: string) => body.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');

/** The `##` sections of a chapter's MDX body, each its heading and its text up to the next `##`. */
function sections(body: string): { heading: string; text: string }[] {
  return withoutCode(body)
    .split(/^## /m)
    .slice(1)
    .map((section) => ({ heading: section.slice(0, section.indexOf('\n')).trim(), text: section }));
}

/** The total words of the <Notes> blocks in a stretch of MDX, or null when it has none. */
function cueIn(text: string): number | null {
  const cues = [...text.matchAll(/<Notes>([\s\S]*?)<\/Notes>/g)].map((match) => cueWords(match[1]!));
  return cues.length === 0 ? null : cues.reduce((sum, words) => sum + words, 0);
}

/** The heading `slideCues` gives a chapter's title slide, whose notes are the prose before the first `##`. */
export const TITLE_SLIDE = '(title slide)';

/**
 * Each slide of a chapter with the length of its speaker cue (the words of its <Notes> blocks, or null
 * when it has none): first the chapter's title slide (<Notes> before the first `##`), then each `##`
 * section with a <Slide>.
 */
export function slideCues(body: string): { heading: string; words: number | null }[] {
  const intro = withoutCode(body).split(/^## /m)[0]!;
  return [
    { heading: TITLE_SLIDE, words: cueIn(intro) },
    ...sections(body)
      .filter(({ text }) => /<Slide[\s>]/.test(text))
      .map(({ heading, text }) => ({ heading, words: cueIn(text) })),
  ];
}

/**
 * Structural checks on a chapter's MDX body that a frontmatter schema cannot make. Returns one
 * message per problem; empty when the chapter can become slides, its speaker cues are short (at most
 * MAX_CUE_WORDS words of <Notes> a slide), and it cites its sources.
 */
export function lintChapter(body: string): string[] {
  const text = withoutCode(body);
  const problems: string[] = [];
  const beforeFirstSection = text.split(/^## /m)[0];

  if (!/<Slide[\s>]/.test(text)) problems.push('has no <Slide>: each ## section shows the audience a <Slide> block');
  if (/<Slide[\s>]/.test(beforeFirstSection))
    problems.push('has a <Slide> before its first ## heading; a slide belongs to a section');
  for (const { heading, text: section } of sections(body)) {
    const slides = section.match(/<Slide[\s>]/g)?.length ?? 0;
    if (slides > 1) problems.push(`section "${heading}" has ${slides} <Slide> blocks; a section is one slide`);
  }
  for (const { heading, words } of slideCues(body))
    if (words !== null && words > MAX_CUE_WORDS)
      problems.push(
        `${heading === TITLE_SLIDE ? 'the title slide' : `section "${heading}"`} has a speaker cue of ${words} words; keep it to ${MAX_CUE_WORDS}`,
      );
  if (!/<Source\s+id=|<Figure[^>]*\ssource=/.test(text))
    problems.push('cites no <Source>: every figure needs its source');
  return problems;
}
