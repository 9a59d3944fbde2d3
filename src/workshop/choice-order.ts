/**
 * The order a reader sees a checkpoint's choices in: a deterministic shuffle from a per-reader seed and
 * the checkpoint's id, so two readers see different orders while one reader sees the same order on every
 * visit. Pure: the seed is kept by the browser script (components/workshop/checkpoint-order-script.ts).
 */

/** Storage key of the reader's seed (localStorage, through the site's storage wrapper). */
export const CHOICE_SEED_KEY = 'nlp-journey:choice-seed';

/** The seed used when the browser will not keep one: a stable shuffle rather than the authored order. */
export const FALLBACK_CHOICE_SEED = '0';

/** A seed as stored: 1–16 lower-case base-36 characters; anything else (damaged, foreign) is not one. */
export const parseChoiceSeed = (value: unknown): string | undefined =>
  typeof value === 'string' && /^[0-9a-z]{1,16}$/.test(value) ? value : undefined;

/** A new seed from two random 32-bit words (e.g. `crypto.getRandomValues(new Uint32Array(2))`). */
export const newChoiceSeed = (words: ArrayLike<number>): string =>
  Array.from(words, (word) => (word >>> 0).toString(36)).join('');

/** FNV-1a over the text: a 32-bit unsigned integer. */
function hash32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/**
 * A permutation of 0…length−1 (position shown → authored position) for one reader's `seed` and one
 * checkpoint's `key`: Fisher–Yates driven by mulberry32, seeded with the FNV-1a hash of both. The same
 * inputs always give the same order. Throws a RangeError for a length that is not a whole number ≥ 0.
 */
export function choiceOrder(seed: string, key: string, length: number): number[] {
  if (!Number.isInteger(length) || length < 0) throw new RangeError(`choiceOrder: bad length ${length}`);
  let state = hash32(`${seed}:${key}`);
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const order = Array.from({ length }, (_, index) => index);
  for (let i = length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}
