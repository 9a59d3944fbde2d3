/**
 * When a chapter counts as read: the reader reached its end after spending at least a third of its
 * reading time on the page (counted from when the page opened), or pressed "mark as read". Reading time is the chapter's prose at 250 words
 * a minute, counted at build time from its MDX (speaker notes and code left out: readers do not see the
 * one and skim the other).
 */

/** Reading speed the reading time assumes, in words per minute (a common figure for prose; a rule, not a measurement). */
export const WORDS_PER_MINUTE = 250;
/** Share of the reading time a reader must have spent on the page when reaching the end. */
export const READ_TIME_SHARE = 1 / 3;

/** Words a reader of the chapter page reads: the MDX body without code blocks, speaker notes, imports or tag syntax. */
export function readableWords(mdxBody: string): number {
  const prose = mdxBody
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, ' ')
    .replace(/<Notes>[\s\S]*?<\/Notes>/g, ' ')
    .replace(/^(import|export)\s.*$/gm, ' ')
    // Tags and their attributes go (checkpoint questions and answers are a small share of the text).
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ');
  return prose.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,-]*/gu)?.length ?? 0;
}

/** Whole seconds the reader must spend on a chapter of `words` words before reaching its end marks it read. */
export const minimumReadSeconds = (words: number): number =>
  Math.round((words / WORDS_PER_MINUTE) * 60 * READ_TIME_SHARE);

/** Whether reaching the end after `secondsOnPage` seconds marks a chapter read that needs `minimumSeconds`. */
export const reachedEndCountsAsRead = (secondsOnPage: number, minimumSeconds: number): boolean =>
  secondsOnPage >= minimumSeconds;

/** The rule in words, for the progress page and the chapter's end (e.g. "about 4 minutes"). */
export function readRuleText(minimumSeconds: number): string {
  const minutes = Math.max(1, Math.round(minimumSeconds / 60));
  return `about ${minutes} minute${minutes === 1 ? '' : 's'}`;
}
