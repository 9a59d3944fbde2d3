/** How the talk is going against the chapters' planned minutes. */
export interface Pace {
  /** 1-based number of the chapter being presented. */
  chapter: number;
  /** When that chapter should end, in ms from the start of the talk. */
  chapterEndsAtMs: number;
  /** Elapsed minus planned at this point: positive = behind, negative = ahead. */
  behindByMs: number;
}

/**
 * Compare the elapsed time with the plan. The plan at a slide is the planned start of its chapter
 * plus the share of the chapter's slides already behind the speaker.
 */
export function computePace(
  chapterMinutes: readonly number[],
  chapterIndex: number,
  slideInChapter: number,
  slidesInChapter: number,
  elapsedMs: number,
): Pace {
  const minute = 60_000;
  const startsAt = chapterMinutes.slice(0, chapterIndex).reduce((sum, m) => sum + m, 0) * minute;
  const length = (chapterMinutes[chapterIndex] ?? 0) * minute;
  const share = slidesInChapter > 0 ? Math.min(slideInChapter / slidesInChapter, 1) : 0;
  return {
    chapter: chapterIndex + 1,
    chapterEndsAtMs: startsAt + length,
    behindByMs: elapsedMs - (startsAt + share * length),
  };
}

/** A duration as "m:ss" or "h:mm:ss". */
export function formatDuration(ms: number): string {
  const total = Math.floor(Math.max(ms, 0) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** The pace as one sentence: "Chapter 4 should end at 38:00; you are 2 min behind." */
export function describePace(pace: Pace): string {
  const minutes = Math.round(Math.abs(pace.behindByMs) / 60_000);
  const status =
    minutes === 0 ? 'you are on time' : `you are ${minutes} min ${pace.behindByMs > 0 ? 'behind' : 'ahead'}`;
  return `Chapter ${pace.chapter} should end at ${formatDuration(pace.chapterEndsAtMs)}; ${status}.`;
}
