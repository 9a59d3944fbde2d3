import { normaliseText } from './clean.ts';
import { LANGUAGE_NAMES } from './languages.ts';

/** Longest text the lab classifies; longer input is cut here (fastText reads it all, so a cap bounds the time). */
export const MAX_INPUT_CHARS = 2000;

/** A text ready to classify, with what was changed on the way; or why there is nothing to classify. */
export type CheckedInput = { ok: true; text: string; notes: string[] } | { ok: false; error: string };

/**
 * Checks a reader's text before it reaches the model: control characters are removed and counted, whitespace
 * collapsed, text over MAX_INPUT_CHARS cut (and said so); empty or non-string input is refused with a reason.
 */
export function checkInput(input: unknown): CheckedInput {
  if (typeof input !== 'string') return { ok: false, error: 'Expected text, got nothing to read.' };
  const notes: string[] = [];
  // eslint-disable-next-line no-control-regex -- counting the control characters the reader sent
  const controls = (input.match(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g) ?? []).length;
  if (controls > 0) notes.push(`Removed ${controls} control character${controls === 1 ? '' : 's'}.`);
  let text = input.length > MAX_INPUT_CHARS * 2 ? input.slice(0, MAX_INPUT_CHARS * 2) : input;
  text = normaliseText(text);
  if (text.length === 0) return { ok: false, error: 'The text is empty: type a sentence to identify its language.' };
  if (input.length > MAX_INPUT_CHARS) {
    text = text.slice(0, MAX_INPUT_CHARS);
    notes.push(
      `The text has ${input.length.toLocaleString('en')} characters; the first ${MAX_INPUT_CHARS.toLocaleString('en')} were classified.`,
    );
  }
  return { ok: true, text, notes };
}

/** What a prediction means for the router: the language, whether it is one of the set, and a sentence saying so. */
export interface Verdict {
  lang: string;
  confidence: number;
  inSet: boolean;
  message: string;
}

/** Turns a predicted language code and its probability (0–1) into a verdict against the router's `languages`. */
export function verdictFor(lang: string, confidence: number, languages: readonly string[]): Verdict {
  const name = LANGUAGE_NAMES[lang] ? `${LANGUAGE_NAMES[lang]} (${lang})` : lang;
  const inSet = languages.includes(lang);
  const percent = `${(confidence * 100).toFixed(1)} %`;
  const message = inSet
    ? `${name}, confidence ${percent}.`
    : `${name}, confidence ${percent}: not one of the ${languages.length} languages, so the router sends it to the fallback queue.`;
  return { lang, confidence, inSet, message };
}

/** fastText labels look like `__label__en`; returns `en`. */
export const labelToLanguage = (label: string) => label.replace(/^__label__/, '');
