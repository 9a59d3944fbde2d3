import type { Sample } from './dataset.ts';

/** One cleaning step and what it did: samples before and after, so nothing is dropped silently. */
export interface CleaningStep {
  step: string;
  before: number;
  after: number;
}

/** Words below which a paragraph is dropped from training and test ("1." or a lone heading carries no signal). */
export const MIN_WORDS = 3;

const words = (text: string) => text.split(' ').filter(Boolean).length;

/**
 * Cleans samples in named steps, counting each: Unicode NFC, whitespace (and control characters) collapsed to
 * single spaces, empty texts dropped, texts under MIN_WORDS words dropped, exact duplicates within a language
 * dropped (the first kept). Returns the kept samples, in order, and the steps.
 */
export function cleanSamples(raw: readonly Sample[]): { samples: Sample[]; steps: CleaningStep[] } {
  const steps: CleaningStep[] = [];
  let current = [...raw];
  const apply = (step: string, next: Sample[]) => {
    steps.push({ step, before: current.length, after: next.length });
    current = next;
  };
  apply(
    'normalise Unicode (NFC) and whitespace',
    current.map((sample) => ({ ...sample, text: normaliseText(sample.text) })),
  );
  apply(
    'drop empty texts',
    current.filter(({ text }) => text.length > 0),
  );
  apply(
    `drop texts under ${MIN_WORDS} words`,
    current.filter(({ text }) => words(text) >= MIN_WORDS),
  );
  const seen = new Set<string>();
  apply(
    'drop exact duplicates within a language',
    current.filter(({ lang, text }) => {
      const key = `${lang}\u0000${text}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    }),
  );
  return { samples: current, steps };
}

// eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
const WHITESPACE_OR_CONTROL = /[\s\u0000-\u001f\u007f-\u009f]+/g;

/** NFC, then every run of whitespace or control characters (C0, DEL, C1) becomes one space; trimmed. */
export function normaliseText(text: string): string {
  return text.normalize('NFC').replace(WHITESPACE_OR_CONTROL, ' ').trim();
}
