import { getChapters } from './chapters';
import { chapterSectionHref, type ChapterAnchor } from '../journey/chapter-anchors';

/**
 * A function from "slug#anchor" to the section's URL, or undefined while that chapter is not part
 * of the site yet, so reference pages never show a dead link.
 */
export async function chapterSectionLinker(): Promise<
  (anchor: ChapterAnchor) => { href: string; chapter: string } | undefined
> {
  const chapters = new Map((await getChapters()).map((chapter) => [chapter.slug, chapter.data.title]));
  return (anchor) => {
    const title = chapters.get(anchor.split('#')[0]);
    return title === undefined ? undefined : { href: chapterSectionHref(anchor), chapter: title };
  };
}
