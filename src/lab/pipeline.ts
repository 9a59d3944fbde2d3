import { cleanSamples, type CleaningStep } from './clean.ts';
import { classBalance, type LabDataset, type Sample } from './dataset.ts';
import {
  accuracy,
  confusionMatrix,
  macroF1,
  perLabelScores,
  topConfusions,
  type LabelScore,
  type Outcome,
} from './metrics.ts';
import { codeSwitchedTexts, shortTexts } from './probes.ts';
import { sharedArticles, splitByArticle, splitRandomly, type Split } from './split.ts';

/** The lab's fixed choices: a third of the articles for test, and the seed every split uses. */
export const TEST_SHARE = 0.3;
export const SPLIT_SEED = 13;

/** The data step's result: cleaned samples, the cleaning steps, both splits and the class balance. */
export interface PreparedData {
  steps: CleaningStep[];
  samples: Sample[];
  unseen: Sample[];
  byArticle: Split;
  random: Split;
  /** Articles on both sides of the random split (the leak); none for the split by article. */
  leakedArticles: number[];
  balance: { train: Record<string, number>; test: Record<string, number> };
}

/** Cleans the dataset, splits it by article and randomly (same seed and share), and counts classes. */
export function prepareData(dataset: LabDataset): PreparedData {
  const { samples, steps } = cleanSamples(dataset.samples);
  const unseen = cleanSamples(dataset.unseen).samples;
  const byArticle = splitByArticle(samples, TEST_SHARE, SPLIT_SEED);
  const random = splitRandomly(samples, TEST_SHARE, SPLIT_SEED);
  return {
    steps,
    samples,
    unseen,
    byArticle,
    random,
    leakedArticles: sharedArticles(random),
    balance: {
      train: classBalance(byArticle.train, dataset.languages),
      test: classBalance(byArticle.test, dataset.languages),
    },
  };
}

/** A model's scores on one labelled set. */
export interface Evaluation {
  count: number;
  accuracy: number;
  macroF1: number;
  perLanguage: LabelScore[];
  confusion: Record<string, Record<string, number>>;
  mixups: { gold: string; predicted: string; count: number }[];
}

/** Scores predictions (`predicted[i]` for `samples[i]`) against the gold languages, over `languages`. */
export function evaluate(
  samples: readonly Sample[],
  predicted: readonly string[],
  languages: readonly string[],
): Evaluation {
  const outcomes: Outcome[] = samples.map((sample, i) => ({ gold: sample.lang, predicted: predicted[i] ?? '' }));
  return {
    count: outcomes.length,
    accuracy: accuracy(outcomes),
    macroF1: macroF1(outcomes, languages),
    perLanguage: perLabelScores(outcomes, languages),
    confusion: confusionMatrix(outcomes, languages),
    mixups: topConfusions(outcomes),
  };
}

/** The hard cases for a model: texts of 1–3 words, code-switched texts, and the unseen language. */
export interface ProbeSet {
  short: { words: number; samples: Sample[] }[];
  codeSwitched: ReturnType<typeof codeSwitchedTexts>;
  unseen: Sample[];
}

/** Builds the probes from the test split and the unseen language's samples. */
export function buildProbes(
  test: readonly Sample[],
  unseen: readonly Sample[],
  languages: readonly string[],
): ProbeSet {
  return {
    short: [1, 2, 3].map((words) => ({ words, samples: shortTexts(test, words) })),
    codeSwitched: codeSwitchedTexts(test, languages),
    unseen: [...unseen],
  };
}

/** How code-switched texts were read: share given the first half's language, the second's, or another (0–1). */
export function codeSwitchReading(probes: ProbeSet['codeSwitched'], predicted: readonly string[]) {
  const count = probes.length || 1;
  const first = probes.filter((probe, i) => predicted[i] === probe.first).length / count;
  const second = probes.filter((probe, i) => predicted[i] === probe.second).length / count;
  return { first, second, other: Math.max(0, 1 - first - second) };
}

/** Shares of predicted labels (0–1), largest first: what the unseen language was taken for. */
export function labelShares(predicted: readonly string[]): { label: string; share: number }[] {
  const counts = new Map<string, number>();
  for (const label of predicted) counts.set(label, (counts.get(label) ?? 0) + 1);
  return [...counts]
    .map(([label, count]) => ({ label, share: count / (predicted.length || 1) }))
    .sort((a, b) => b.share - a.share || a.label.localeCompare(b.label));
}
