import { CHAPTER_SECTIONS } from './chapter-sections';

type Sections = typeof CHAPTER_SECTIONS;

/** A chapter section as "slug#anchor", e.g. "platforms#cold-starts". */
export type ChapterAnchor = { [Slug in keyof Sections]: `${Slug}#${Sections[Slug][number]}` }[keyof Sections];

/**
 * The chapter sections that reference material may link to, as "slug#anchor". Glossary and
 * checklist entries are validated against this list, so a typo fails the build.
 */
export const CHAPTER_ANCHORS = Object.entries(CHAPTER_SECTIONS).flatMap(([slug, anchors]) =>
  anchors.map((anchor) => `${slug}#${anchor}`),
) as [ChapterAnchor, ...ChapterAnchor[]];

/** "platforms#cold-starts" → "/chapters/platforms/#cold-starts". */
export function chapterSectionHref(anchor: ChapterAnchor): string {
  const [slug, id] = anchor.split('#');
  return `/chapters/${slug}/#${id}`;
}
