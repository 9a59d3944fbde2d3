import { OTHER } from './metrics.ts';
import { psi, psiLevel, shares, sharesByEdges, type PsiLevel, type PsiThresholds } from './psi.ts';

/** What the service answered for one message: predicted language (or anything else) and its confidence (0–1). */
export interface Prediction {
  predicted: string;
  confidence: number;
}

/** One window's monitoring row: PSI of the predicted-label shares and, per predicted language, of its confidences. */
export interface WindowReport {
  window: number;
  messages: number;
  labelPsi: number;
  labelLevel: PsiLevel;
  confidencePsi: Record<string, number>;
  confidenceLevel: Record<string, PsiLevel>;
  /** The worst level in the row: what the alert shows. */
  level: PsiLevel;
  meanConfidence: number;
}

const LEVEL_ORDER: PsiLevel[] = ['stable', 'watch', 'alert'];

/** Confidence bin edges: lid.176.ftz's confidences crowd near 1, so the bins are finer there. */
export const CONFIDENCE_EDGES = [0.5, 0.8, 0.9, 0.97];

/**
 * Below this many messages of a language in the reference or the window, its confidence PSI is not computed
 * (the chapter's "too few": a handful of messages swings PSI on its own). Chosen for the lab's window size.
 */
export const MIN_MESSAGES = 100;

/**
 * Monitors windows of predictions against window 0 (the reference): PSI over predicted-label shares (the ten
 * languages plus OTHER for anything else) and, per language with at least MIN_MESSAGES messages on both
 * sides, PSI over its confidences in the CONFIDENCE_EDGES bins; each read
 * against `thresholds`. Needs no gold labels, as in production.
 */
export function monitorWindows(
  windows: readonly (readonly Prediction[])[],
  languages: readonly string[],
  thresholds: PsiThresholds,
): WindowReport[] {
  const reference = windows[0] ?? [];
  const categories = [...languages, OTHER];
  const label = (prediction: Prediction) => (languages.includes(prediction.predicted) ? prediction.predicted : OTHER);
  const referenceShares = shares(reference.map(label), categories);
  const confidencesOf = (window: readonly Prediction[], lang: string) =>
    window.filter((prediction) => prediction.predicted === lang).map(({ confidence }) => confidence);
  return windows.map((window, index) => {
    const labelPsi = psi(referenceShares, shares(window.map(label), categories));
    const confidencePsi: Record<string, number> = {};
    const confidenceLevel: Record<string, PsiLevel> = {};
    for (const lang of languages) {
      const current = confidencesOf(window, lang);
      const base = confidencesOf(reference, lang);
      if (current.length < MIN_MESSAGES || base.length < MIN_MESSAGES) continue;
      confidencePsi[lang] = psi(sharesByEdges(base, CONFIDENCE_EDGES), sharesByEdges(current, CONFIDENCE_EDGES));
      confidenceLevel[lang] = psiLevel(confidencePsi[lang], thresholds);
    }
    const labelLevel = psiLevel(labelPsi, thresholds);
    const level = [labelLevel, ...Object.values(confidenceLevel)].reduce((worst, next) =>
      LEVEL_ORDER.indexOf(next) > LEVEL_ORDER.indexOf(worst) ? next : worst,
    );
    const meanConfidence = window.reduce((sum, { confidence }) => sum + confidence, 0) / (window.length || 1);
    return {
      window: index,
      messages: window.length,
      labelPsi,
      labelLevel,
      confidencePsi,
      confidenceLevel,
      level,
      meanConfidence,
    };
  });
}
