export interface SourceRef {
  label: string;
  url: string;
}

/** Inline citations: each source id as a link to where the figure comes from. */
export function SourceLinks({ ids, sources }: { ids: readonly string[]; sources: Record<string, SourceRef> }) {
  const known = ids.filter((id) => sources[id]);
  if (known.length === 0) return null;
  return (
    <span className="sim-sources">
      {' '}
      (
      {known.map((id, i) => (
        <span key={id}>
          {i > 0 && '; '}
          <a href={sources[id]!.url} rel="noopener">
            {sources[id]!.label}
          </a>
        </span>
      ))}
      )
    </span>
  );
}
