import { z } from 'astro/zod';
import { CHAPTER_SECTIONS } from './chapter-sections';

/** A chapter section as "slug#anchor", e.g. "platforms#cold-starts"; the anchor is any heading's id. */
export type ChapterAnchor = `${string}#${string}`;

/** The chapters' slugs ("use-case", …, "pitfalls-and-shortcuts"). */
export const CHAPTER_SLUGS: readonly string[] = Object.keys(CHAPTER_SECTIONS);

/**
 * Reference data's link to a chapter section, "slug#anchor". The schema checks the shape and the
 * chapter; that the heading exists is checked against the rendered chapters when the pages build.
 */
export const chapterAnchorSchema = z
  .string()
  .regex(/^[a-z0-9-]+#[a-z0-9-]+$/, 'a chapter section as slug#anchor, e.g. platforms#cold-starts')
  .refine(
    (anchor) => CHAPTER_SLUGS.includes(anchor.split('#')[0]!),
    `the part before # must be a chapter slug (${CHAPTER_SLUGS.join(', ')})`,
  )
  .transform((anchor) => anchor as ChapterAnchor);

/** "platforms#cold-starts" → "/chapters/platforms/#cold-starts". */
export function chapterSectionHref(anchor: ChapterAnchor): string {
  const [slug, id] = anchor.split('#');
  return `/chapters/${slug}/#${id}`;
}

/** A link from reference data to a chapter section; `where` names the file and entry for error messages. */
export interface SectionReference {
  where: string;
  anchor: ChapterAnchor;
}

/**
 * One problem per reference whose heading does not exist. `headings` maps each chapter slug on the
 * site to its heading ids; a reference to a chapter the site does not have is not checked here.
 */
export function findUnknownSections(
  references: readonly SectionReference[],
  headings: ReadonlyMap<string, readonly string[]>,
): string[] {
  return references.flatMap(({ where, anchor }) => {
    const [slug, id] = anchor.split('#') as [string, string];
    const ids = headings.get(slug);
    return ids === undefined || ids.includes(id)
      ? []
      : [`${where}: no heading "#${id}" in chapter "${slug}" (its headings: ${ids.join(', ')})`];
  });
}
