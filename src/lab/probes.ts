import type { Sample } from './dataset.ts';

/** The first `words` words of each sample (samples shorter than that are skipped): short messages. */
export function shortTexts(samples: readonly Sample[], words: number): Sample[] {
  return samples.flatMap((sample) => {
    const parts = sample.text.split(' ');
    return parts.length > words ? [{ ...sample, text: parts.slice(0, words).join(' ') }] : [];
  });
}

/** A code-switched text: the first half of a text in `first`, then the second half of one in `second`. */
export interface CodeSwitched {
  first: string;
  second: string;
  text: string;
}

/**
 * Code-switched texts: for each pair of consecutive languages (en+de, de+es, …, ar+en) and each of the first
 * `perPair` articles they share, half of one language's paragraph followed by half of the other's.
 */
export function codeSwitchedTexts(
  samples: readonly Sample[],
  languages: readonly string[],
  perPair = 3,
): CodeSwitched[] {
  const byLang = new Map(languages.map((lang) => [lang, samples.filter((sample) => sample.lang === lang)]));
  const half = (text: string, which: 0 | 1) => {
    const words = text.split(' ');
    const middle = Math.ceil(words.length / 2);
    return (which === 0 ? words.slice(0, middle) : words.slice(middle)).join(' ');
  };
  return languages.flatMap((first, index) => {
    const second = languages[(index + 1) % languages.length]!;
    const a = byLang.get(first) ?? [];
    const b = byLang.get(second) ?? [];
    return a.slice(0, perPair).flatMap((sample, i) => {
      const other = b[i];
      return other ? [{ first, second, text: `${half(sample.text, 0)} ${half(other.text, 1)}` }] : [];
    });
  });
}
