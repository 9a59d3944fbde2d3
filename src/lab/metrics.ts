/** A gold label and a predicted one. A prediction outside `labels` counts as wrong and lands in column "other". */
export interface Outcome {
  gold: string;
  predicted: string;
}

/** Label used in confusion tables for any prediction outside the label set. */
export const OTHER = 'other';

/** Share of outcomes whose prediction equals the gold label, 0–1; NaN for no outcomes. */
export function accuracy(outcomes: readonly Outcome[]): number {
  if (outcomes.length === 0) return Number.NaN;
  return outcomes.filter(({ gold, predicted }) => gold === predicted).length / outcomes.length;
}

/**
 * Confusion counts: `matrix[gold][predicted]`, rows for each of `labels`, columns for `labels` plus OTHER.
 * Outcomes whose gold label is not in `labels` are ignored.
 */
export function confusionMatrix(outcomes: readonly Outcome[], labels: readonly string[]) {
  const columns = [...labels, OTHER];
  const matrix: Record<string, Record<string, number>> = Object.fromEntries(
    labels.map((gold) => [gold, Object.fromEntries(columns.map((column) => [column, 0]))]),
  );
  for (const { gold, predicted } of outcomes) {
    const row = matrix[gold];
    if (!row) continue;
    const column = labels.includes(predicted) ? predicted : OTHER;
    row[column] = (row[column] ?? 0) + 1;
  }
  return matrix;
}

/** Precision, recall and F1 of one label (0–1; 0 when undefined), with its support (gold count). */
export interface LabelScore {
  label: string;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

/** Per-label precision, recall, F1 and support, in the order of `labels`. */
export function perLabelScores(outcomes: readonly Outcome[], labels: readonly string[]): LabelScore[] {
  return labels.map((label) => {
    const truePositive = outcomes.filter(({ gold, predicted }) => gold === label && predicted === label).length;
    const predictedCount = outcomes.filter(({ predicted }) => predicted === label).length;
    const support = outcomes.filter(({ gold }) => gold === label).length;
    const precision = predictedCount ? truePositive / predictedCount : 0;
    const recall = support ? truePositive / support : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { label, precision, recall, f1, support };
  });
}

/** Macro-F1: the unweighted mean of per-label F1 over `labels`, so a small language weighs as much as a big one. */
export function macroF1(outcomes: readonly Outcome[], labels: readonly string[]): number {
  const scores = perLabelScores(outcomes, labels);
  return scores.reduce((sum, { f1 }) => sum + f1, 0) / scores.length;
}

/** The most frequent mistakes, `{ gold, predicted, count }`, largest first (ties by gold, then predicted). */
export function topConfusions(outcomes: readonly Outcome[], limit = 5) {
  const counts = new Map<string, { gold: string; predicted: string; count: number }>();
  for (const { gold, predicted } of outcomes) {
    if (gold === predicted) continue;
    const key = `${gold}→${predicted}`;
    const entry = counts.get(key) ?? { gold, predicted, count: 0 };
    entry.count += 1;
    counts.set(key, entry);
  }
  return [...counts.values()]
    .sort((a, b) => b.count - a.count || a.gold.localeCompare(b.gold) || a.predicted.localeCompare(b.predicted))
    .slice(0, limit);
}
