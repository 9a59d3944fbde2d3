import { render } from 'astro:content';
import { getChapters } from './chapters';
import {
  chapterSectionHref,
  findUnknownSections,
  type ChapterAnchor,
  type SectionReference,
} from '../journey/chapter-anchors';

/**
 * Checks every reference against the headings of the rendered chapters, failing the build with each
 * unknown one (file, entry, anchor), then returns a function from "slug#anchor" to the section's URL
 * and chapter title — undefined while that chapter is not part of the site, so no link is dead.
 */
export async function chapterSectionLinker(
  references: readonly SectionReference[],
): Promise<(anchor: ChapterAnchor) => { href: string; chapter: string } | undefined> {
  const chapters = await getChapters();
  const headings = new Map(
    await Promise.all(
      chapters.map(
        async (chapter) => [chapter.slug, (await render(chapter)).headings.map(({ slug }) => slug)] as const,
      ),
    ),
  );
  const problems = findUnknownSections(references, headings);
  if (problems.length > 0) throw new Error(`Links to chapter sections:\n${problems.join('\n')}`);
  const titles = new Map(chapters.map((chapter) => [chapter.slug, chapter.data.title]));
  return (anchor) => {
    const title = titles.get(anchor.split('#')[0]!);
    return title === undefined ? undefined : { href: chapterSectionHref(anchor), chapter: title };
  };
}
