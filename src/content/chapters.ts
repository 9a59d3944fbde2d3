import { getCollection, type CollectionEntry } from 'astro:content';
import { chapterSlug } from '../journey/chapter-order';
import { findUnknownExampleKeys } from '../journey/running-example';
import { getRunningExample } from './running-example';

export type Chapter = CollectionEntry<'chapters'> & { slug: string; href: string };

/**
 * All chapters in journey order, each with its URL. A chapter showing a running-example figure that
 * content/running-example.yaml lacks (`<Example key="…">`) fails the build, naming the chapter's file.
 */
export async function getChapters(): Promise<Chapter[]> {
  const [entries, example] = await Promise.all([getCollection('chapters'), getRunningExample()]);
  const problems = entries.flatMap((entry) =>
    findUnknownExampleKeys(example, entry.body ?? '').map((problem) => `${entry.filePath ?? entry.id}: ${problem}`),
  );
  if (problems.length > 0) throw new Error(`Chapters:\n${problems.join('\n')}`);
  return entries
    .sort((a, b) => a.data.order - b.data.order)
    .map((entry) => {
      const slug = chapterSlug(entry.id);
      return { ...entry, slug, href: `/chapters/${slug}/` };
    });
}
