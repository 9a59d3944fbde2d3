import { getCollection, type CollectionEntry } from 'astro:content';
import { chapterSlug } from '../journey/chapter-order';

export type Chapter = CollectionEntry<'chapters'> & { slug: string; href: string };

/** All chapters in journey order, each with its URL. */
export async function getChapters(): Promise<Chapter[]> {
  const entries = await getCollection('chapters');
  return entries
    .sort((a, b) => a.data.order - b.data.order)
    .map((entry) => {
      const slug = chapterSlug(entry.id);
      return { ...entry, slug, href: `/chapters/${slug}/` };
    });
}
