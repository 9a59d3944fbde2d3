/** Source ids cited in MDX text: `<Source id="…" />` and `source="…"` (on <Figure>), in order, without repeats. */
export function findCitedSourceIds(mdx: string): string[] {
  const ids = [...mdx.matchAll(/<Source\s+id=["']([^"']+)["']|\bsource=["']([^"']+)["']/g)].map(
    (match) => match[1] ?? match[2]!,
  );
  return [...new Set(ids)];
}

export interface SourceUse {
  label: string;
  href: string;
}

/** Invert "page → cited ids" into "source id → pages that cite it". */
export function indexSourceUses(pages: { use: SourceUse; ids: string[] }[]): Map<string, SourceUse[]> {
  const uses = new Map<string, SourceUse[]>();
  for (const { use, ids } of pages) {
    for (const id of ids) uses.set(id, [...(uses.get(id) ?? []), use]);
  }
  return uses;
}

/**
 * Every source id anywhere in structured data, without repeats: `source: id` on a figure or attribute,
 * and `sources: [id, …]` on a pitfall or mitigation.
 */
export function collectSourceFields(value: unknown): string[] {
  const found = new Set<string>();
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        if (key === 'source' && typeof child === 'string') found.add(child);
        else if (key === 'sources' && Array.isArray(child) && child.every((id) => typeof id === 'string')) {
          child.forEach((id: string) => found.add(id));
        } else walk(child);
      }
    }
  };
  walk(value);
  return [...found];
}
