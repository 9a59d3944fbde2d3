/** Where the deck stands: a slide (0-based) and how many of its steps are shown. */
export interface DeckPosition {
  slide: number;
  step: number;
}

/**
 * The URL hash for a position: "#/<chapter-slug>/<n>" (n = 0 for the chapter's title slide),
 * with "/<step>" appended once a step is shown.
 */
export function formatHash(slideKey: string, step: number): string {
  return `#${slideKey}${step > 0 ? `/${step}` : ''}`;
}

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max);

/**
 * Read a URL hash into a position, given each slide's key ("/use-case/2") and step count.
 * Accepts "#/slug/n", "#/slug/n/step" and "#12" (slide number, 1-based). Anything else is the
 * first slide; a step beyond the slide's last is its last.
 */
export function parseHash(hash: string, slideKeys: readonly string[], stepCounts: readonly number[]): DeckPosition {
  const start: DeckPosition = { slide: 0, step: 0 };
  if (slideKeys.length === 0) return start;
  let value: string;
  try {
    value = decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return start;
  }
  const number = /^(\d{1,6})$/.exec(value);
  if (number) return { slide: clamp(Number(number[1]) - 1, 0, slideKeys.length - 1), step: 0 };

  const keyed = /^(\/[^/]+\/\d{1,4})(?:\/(\d{1,4}))?\/?$/.exec(value);
  if (!keyed) return start;
  const slide = slideKeys.indexOf(keyed[1]);
  if (slide === -1) return start;
  return { slide, step: clamp(Number(keyed[2] ?? 0), 0, stepCounts[slide] ?? 0) };
}
