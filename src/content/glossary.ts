import { getCollection, type CollectionEntry } from 'astro:content';

export type GlossaryTerm = CollectionEntry<'glossary'>;

/**
 * All glossary terms in alphabetical order. Their source and "see also" ids were checked when content
 * loaded (see assertValidContent), so a reference to an unknown one has already failed the build.
 */
export async function getGlossary(): Promise<GlossaryTerm[]> {
  const terms = await getCollection('glossary');
  return terms.sort((a, b) => a.data.term.localeCompare(b.data.term, 'en', { sensitivity: 'base' }));
}
