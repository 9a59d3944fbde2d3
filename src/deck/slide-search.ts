/** A slide as the jump box searches it. */
export interface SearchableSlide {
  title: string;
  /** Its chapter's title (or the talk's), searched too. */
  group: string;
}

/**
 * The slides a jump-box query names, as 0-based indexes, best first: a whole number is that slide (1-based);
 * otherwise every slide whose title (then chapter) holds every word of the query, case and accents ignored.
 * Titles matching come before chapters matching; at most `limit`. Empty query: none.
 */
export function searchSlides(query: string, slides: readonly SearchableSlide[], limit = 8): number[] {
  const trimmed = query.trim();
  if (/^\d+$/.test(trimmed)) {
    const n = Number(trimmed);
    return n >= 1 && n <= slides.length ? [n - 1] : [];
  }
  const fold = (text: string) =>
    text
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .toLowerCase();
  const words = fold(trimmed).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const has = (text: string) => words.every((word) => fold(text).includes(word));
  const byTitle = slides.flatMap((slide, i) => (has(slide.title) ? [i] : []));
  const byGroup = slides.flatMap((slide, i) =>
    !byTitle.includes(i) && has(`${slide.title} ${slide.group}`) ? [i] : [],
  );
  return [...byTitle, ...byGroup].slice(0, limit);
}
