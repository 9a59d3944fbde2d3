import { getCollection, type CollectionEntry } from 'astro:content';
import { findGlossaryProblems } from '../workshop/glossary-check';

export type GlossaryTerm = CollectionEntry<'glossary'>;

/** All glossary terms in alphabetical order; a reference to an unknown source or term fails the build. */
export async function getGlossary(): Promise<GlossaryTerm[]> {
  const [terms, sources] = await Promise.all([getCollection('glossary'), getCollection('sources')]);
  const problems = findGlossaryProblems(
    terms.map(({ id, data }) => ({ id, source: data.source, seeAlso: data.seeAlso })),
    new Set(sources.map(({ id }) => id)),
  );
  if (problems.length > 0) throw new Error(`Glossary:\n${problems.join('\n')}`);
  return terms.sort((a, b) => a.data.term.localeCompare(b.data.term, 'en', { sensitivity: 'base' }));
}
