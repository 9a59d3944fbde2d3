/**
 * Structural checks on a chapter's MDX body that a frontmatter schema cannot make. Returns one
 * message per problem; empty when the chapter can become slides and cites its sources.
 */
export function lintChapter(body: string): string[] {
  const text = body.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
  const problems: string[] = [];
  const sections = text.split(/^## /m);
  const beforeFirstSection = sections[0];

  if (!/<Slide[\s>]/.test(text)) problems.push('has no <Slide>: each ## section shows the audience a <Slide> block');
  if (/<Slide[\s>]/.test(beforeFirstSection))
    problems.push('has a <Slide> before its first ## heading; a slide belongs to a section');
  for (const section of sections.slice(1)) {
    const heading = section.slice(0, section.indexOf('\n')).trim();
    const slides = section.match(/<Slide[\s>]/g)?.length ?? 0;
    if (slides > 1) problems.push(`section "${heading}" has ${slides} <Slide> blocks; a section is one slide`);
  }
  if (!/<Source\s+id=|<Figure[^>]*\ssource=/.test(text))
    problems.push('cites no <Source>: every figure needs its source');
  return problems;
}
