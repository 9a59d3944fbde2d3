/** A glossary entry as the cross-reference check sees it. */
export interface GlossaryEntryRefs {
  id: string;
  source?: string;
  seeAlso?: string[];
}

/** List every glossary reference that points nowhere: an unknown source id or "see also" term, or a term that lists itself. */
export function findGlossaryProblems(entries: GlossaryEntryRefs[], sourceIds: Set<string>): string[] {
  const termIds = new Set(entries.map((entry) => entry.id));
  return entries.flatMap(({ id, source, seeAlso = [] }) => [
    ...(source && !sourceIds.has(source) ? [`content/glossary.yaml "${id}": unknown source "${source}"`] : []),
    ...seeAlso
      .filter((other) => other === id || !termIds.has(other))
      .map((other) =>
        other === id
          ? `content/glossary.yaml "${id}": lists itself under seeAlso`
          : `content/glossary.yaml "${id}": seeAlso names unknown term "${other}"`,
      ),
  ]);
}
