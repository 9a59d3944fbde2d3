/**
 * Where "continue where you left off" leads: the chapter the reader was last in while it is unread,
 * otherwise the next unread chapter after it in journey order (wrapping round to earlier ones). Pure.
 */
import type { Progress } from './progress';

/** A chapter as the links need it: slug (progress key), href (its page), title. */
export interface ChapterLink {
  slug: string;
  href: string;
  title: string;
}

/**
 * The chapter to continue with, or undefined when every chapter is read or the reader has no progress
 * yet (nothing to continue). `chapters` is in journey order.
 */
export function continueWith(progress: Progress, chapters: readonly ChapterLink[]): ChapterLink | undefined {
  const started = progress.lastVisit !== undefined || Object.keys(progress.chapters).length > 0;
  if (!started) return undefined;
  const last = chapters.findIndex((chapter) => chapter.href === progress.lastVisit?.href);
  const unread = (chapter: ChapterLink) => !progress.chapters[chapter.slug];
  // Start at the last visited chapter (still unread: back into it), else at the first.
  const start = Math.max(last, 0);
  for (let step = 0; step < chapters.length; step++) {
    const chapter = chapters[(start + step) % chapters.length]!;
    if (unread(chapter)) return chapter;
  }
  return undefined;
}
