/** One slide's share of the talk's time, before the plan scales it to the slot. */
export interface SlideTime {
  minutes: number;
  /** True when the author set the minutes (or a special slide's default): the plan keeps them as they are. */
  fixed: boolean;
}

/**
 * Each slide's planned minutes, summing to the talk's `durationMinutes`: fixed times stay, the rest of the
 * slot is shared among the other slides in proportion to their weights (a chapter's minutes over its slides).
 * When the fixed times alone exceed the slot they are kept and the others get nothing: the plan then ends
 * late, which the talk check reports (see resolveTalk).
 */
export function planSlideMinutes(times: readonly SlideTime[], durationMinutes: number): number[] {
  const fixed = times.reduce((sum, t) => sum + (t.fixed ? t.minutes : 0), 0);
  const flexible = times.reduce((sum, t) => sum + (t.fixed ? 0 : t.minutes), 0);
  const left = Math.max(durationMinutes - fixed, 0);
  return times.map((t) => (t.fixed ? t.minutes : flexible > 0 ? (t.minutes / flexible) * left : 0));
}

/** How the talk is going against its plan, at one slide. */
export interface Pace {
  /** 1-based number of the slide being presented. */
  slide: number;
  /** When that slide should be done, in ms from the start of the talk. */
  slideEndsAtMs: number;
  /** When the talk should end (its slot), in ms. */
  talkEndsAtMs: number;
  /** Past the slide's planned end: positive = behind; before its planned start: negative = ahead; else 0. */
  behindByMs: number;
}

/**
 * Compare the elapsed time with the plan (`slideMinutes`, one entry a slide, from planSlideMinutes): on time
 * while the clock is within the current slide's planned window.
 */
export function computePace(slideMinutes: readonly number[], slide: number, elapsedMs: number): Pace {
  // To the second: planned minutes are shares of the slot, and 39:59.999 should read 40:00.
  const ms = (minutes: number) => Math.round(minutes * 60) * 1000;
  const startsAt = ms(slideMinutes.slice(0, slide).reduce((sum, m) => sum + m, 0));
  const endsAt = ms(slideMinutes.slice(0, slide + 1).reduce((sum, m) => sum + m, 0));
  const behindByMs = elapsedMs > endsAt ? elapsedMs - endsAt : elapsedMs < startsAt ? elapsedMs - startsAt : 0;
  return {
    slide: slide + 1,
    slideEndsAtMs: endsAt,
    talkEndsAtMs: ms(slideMinutes.reduce((sum, m) => sum + m, 0)),
    behindByMs,
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

/** The pace as one sentence: "Slide 4 should be done by 6:30 of 40:00; you are 2 min behind." */
export function describePace(pace: Pace): string {
  const minutes = Math.round(Math.abs(pace.behindByMs) / 60_000);
  const status =
    minutes === 0 ? 'you are on time' : `you are ${minutes} min ${pace.behindByMs > 0 ? 'behind' : 'ahead'}`;
  return `Slide ${pace.slide} should be done by ${formatDuration(pace.slideEndsAtMs)} of ${formatDuration(pace.talkEndsAtMs)}; ${status}.`;
}
