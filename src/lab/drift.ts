import type { Sample } from './dataset.ts';
import { seededRandom } from './prng.ts';

/** How the simulated production stream drifts, from window 0 (the reference) to the last window. */
export interface DriftPlan {
  windows: number;
  perWindow: number;
  seed: number;
  /** The language whose share grows, and its share in the last window (0–1). */
  growing: string;
  growingShareAtEnd: number;
  /** Share of the unseen language in the last window (0–1); it appears half-way and grows linearly. */
  unseenShareAtEnd: number;
  /** Words a text is cut to in the last window (texts get shorter linearly towards it). */
  wordsAtEnd: number;
}

/** The default drift: Turkish grows to 40 %, Danish reaches 15 %, texts shrink to 4 words, over 8 windows of 4,000 messages. */
export const DEFAULT_DRIFT: DriftPlan = {
  windows: 8,
  perWindow: 4000,
  seed: 7,
  growing: 'tr',
  growingShareAtEnd: 0.4,
  unseenShareAtEnd: 0.15,
  wordsAtEnd: 4,
};

/** One message of the stream: its true language (the unseen one included) and its text. */
export type StreamMessage = Sample;

/**
 * A seeded production stream in `plan.windows` windows of `plan.perWindow` messages. Window 0 draws the ten
 * languages evenly from `samples` at full length. In window w, progress t = w / (windows − 1): the growing
 * language's share moves linearly to `growingShareAtEnd`, the unseen language (from `unseen`) appears after t = 0.5 and
 * grows to `unseenShareAtEnd`, the rest share what is left evenly, and each text is cut to at most
 * `full − t · (full − wordsAtEnd)` words. Same inputs and seed, same stream.
 */
export function driftingStream(
  samples: readonly Sample[],
  unseen: readonly Sample[],
  languages: readonly string[],
  plan: DriftPlan = DEFAULT_DRIFT,
): StreamMessage[][] {
  const random = seededRandom(plan.seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const byLang = new Map(languages.map((lang) => [lang, samples.filter((sample) => sample.lang === lang)]));
  const windows: StreamMessage[][] = [];
  for (let w = 0; w < plan.windows; w += 1) {
    const t = plan.windows > 1 ? w / (plan.windows - 1) : 0;
    const mix = windowMix(languages, plan, t);
    const messages: StreamMessage[] = [];
    for (let i = 0; i < plan.perWindow; i += 1) {
      const lang = drawLanguage(mix, random());
      const pool = lang === 'unseen' ? unseen : (byLang.get(lang) ?? []);
      if (pool.length === 0) continue;
      const sample = pick(pool);
      const words = sample.text.split(' ');
      const keep = Math.max(plan.wordsAtEnd, Math.round(words.length - t * (words.length - plan.wordsAtEnd)));
      messages.push({ ...sample, text: words.slice(0, keep).join(' ') });
    }
    windows.push(messages);
  }
  return windows;
}

/** The language shares of the window at progress t (0–1): `[language or 'unseen', share]`, summing to 1. */
export function windowMix(languages: readonly string[], plan: DriftPlan, t: number): [string, number][] {
  const even = 1 / languages.length;
  const growing = even + t * (plan.growingShareAtEnd - even);
  const unseen = t <= 0.5 ? 0 : ((t - 0.5) / 0.5) * plan.unseenShareAtEnd;
  const others = languages.length > 1 ? (1 - growing - unseen) / (languages.length - 1) : 0;
  const mix: [string, number][] = languages.map((lang) => [lang, lang === plan.growing ? growing : others]);
  if (unseen > 0) mix.push(['unseen', unseen]);
  return mix;
}

function drawLanguage(mix: readonly [string, number][], u: number): string {
  let cumulative = 0;
  for (const [lang, share] of mix) {
    cumulative += share;
    if (u < cumulative) return lang;
  }
  return mix[mix.length - 1]![0];
}
