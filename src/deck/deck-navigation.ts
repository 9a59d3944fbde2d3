import type { DeckPosition } from './deck-hash';

/** One step forward: the next step of this slide, else the next slide from its start; the end stays put. */
export function nextPosition({ slide, step }: DeckPosition, stepCounts: readonly number[]): DeckPosition {
  if (step < (stepCounts[slide] ?? 0)) return { slide, step: step + 1 };
  if (slide < stepCounts.length - 1) return { slide: slide + 1, step: 0 };
  return { slide, step };
}

/** One step back: the previous step, else the previous slide with all its steps shown; the start stays put. */
export function previousPosition({ slide, step }: DeckPosition, stepCounts: readonly number[]): DeckPosition {
  if (step > 0) return { slide, step: step - 1 };
  if (slide > 0) return { slide: slide - 1, step: stepCounts[slide - 1] ?? 0 };
  return { slide, step };
}
