import { OTHER } from './metrics.ts';
import { binnedShares, psi, psiLevel, shares, type PsiLevel, type PsiThresholds } from './psi.ts';

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

/**
 * Monitors windows of predictions against window 0 (the reference): PSI over predicted-label shares (the ten
 * languages plus OTHER for anything else) and, per language, PSI over its confidences in 10 bins; each read
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
      if (current.length === 0 || base.length === 0) continue;
      confidencePsi[lang] = psi(binnedShares(base), binnedShares(current));
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
