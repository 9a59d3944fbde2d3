/**
 * Population stability index between a reference and a current distribution, as the monitoring chapter
 * (content/chapters/08-monitoring.mdx) computes it: shares per category clipped below at EPSILON, then
 * Σ (current − reference) · ln(current / reference). 0 means identical; it grows with the shift.
 */
export const EPSILON = 1e-4;

/** The monitoring chapter's reading of a PSI value: thresholds from content/running-example.yaml `monitoring`. */
export interface PsiThresholds {
  psiWatch: number;
  psiAlert: number;
}

/** `stable` ≤ psiWatch < `watch` ≤ psiAlert < `alert` (strictly greater, as in the chapter's code). */
export type PsiLevel = 'stable' | 'watch' | 'alert';

/** Shares of each category in `values` (0–1), in the order of `categories`; values outside them are ignored. */
export function shares(values: readonly string[], categories: readonly string[]): number[] {
  const counts = categories.map((category) => values.filter((value) => value === category).length);
  const total = counts.reduce((a, b) => a + b, 0);
  return counts.map((count) => (total ? count / total : 0));
}

/** PSI of two share vectors of the same length (each summing to 1, or all zero). Throws on different lengths. */
export function psi(reference: readonly number[], current: readonly number[]): number {
  if (reference.length !== current.length)
    throw new Error(`PSI needs equal bins, got ${reference.length} and ${current.length}`);
  let sum = 0;
  for (let i = 0; i < reference.length; i += 1) {
    const ref = Math.max(reference[i]!, EPSILON);
    const cur = Math.max(current[i]!, EPSILON);
    sum += (cur - ref) * Math.log(cur / ref);
  }
  return sum;
}

/** Shares of `values` (0–1, e.g. confidences) in `bins` equal-width bins over [0, 1]; 1 falls in the last bin. */
export function binnedShares(values: readonly number[], bins = 10): number[] {
  const counts = new Array<number>(bins).fill(0);
  for (const value of values) {
    const index = Math.min(bins - 1, Math.max(0, Math.floor(value * bins)));
    counts[index]! += 1;
  }
  return counts.map((count) => (values.length ? count / values.length : 0));
}

/**
 * Shares of `values` in the bins between ascending `edges` (n edges make n + 1 bins: below the first edge, …, at
 * or above the last). Unequal bins suit confidences that crowd near 1.
 */
export function sharesByEdges(values: readonly number[], edges: readonly number[]): number[] {
  const counts = new Array<number>(edges.length + 1).fill(0);
  for (const value of values) {
    const index = edges.findIndex((edge) => value < edge);
    counts[index === -1 ? edges.length : index]! += 1;
  }
  return counts.map((count) => (values.length ? count / values.length : 0));
}

/** Reads a PSI value against the thresholds. */
export function psiLevel(value: number, { psiWatch, psiAlert }: PsiThresholds): PsiLevel {
  if (value > psiAlert) return 'alert';
  if (value > psiWatch) return 'watch';
  return 'stable';
}
