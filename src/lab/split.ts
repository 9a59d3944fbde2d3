import type { Sample } from './dataset.ts';
import { seededRandom, shuffled } from './prng.ts';

/** Train and test samples, and (for a split by article) which articles went to the test side. */
export interface Split {
  train: Sample[];
  test: Sample[];
  testArticles: number[];
}

/**
 * Splits by article: a share `testShare` (0–1) of the article numbers, drawn with `seed`, goes to test in every
 * language, so no article is on both sides — the leakage the data chapter warns about. Articles are the unit
 * because the same article's paragraphs share phrases ("Everyone has the right …").
 */
export function splitByArticle(samples: readonly Sample[], testShare: number, seed: number): Split {
  const articles = [...new Set(samples.map(({ article }) => article))].sort((a, b) => a - b);
  const testCount = Math.round(articles.length * testShare);
  const testArticles = shuffled(articles, seededRandom(seed))
    .slice(0, testCount)
    .sort((a, b) => a - b);
  const isTest = new Set(testArticles);
  return {
    train: samples.filter(({ article }) => !isTest.has(article)),
    test: samples.filter(({ article }) => isTest.has(article)),
    testArticles,
  };
}

/** The naive split: each sample drawn to test with probability `testShare`, ignoring articles (it leaks). */
export function splitRandomly(samples: readonly Sample[], testShare: number, seed: number): Split {
  const random = seededRandom(seed);
  const train: Sample[] = [];
  const test: Sample[] = [];
  for (const sample of samples) (random() < testShare ? test : train).push(sample);
  return { train, test, testArticles: [] };
}

/** Articles that appear in both train and test: empty for a split by article. */
export function sharedArticles({ train, test }: Split): number[] {
  const inTrain = new Set(train.map(({ article }) => article));
  return [...new Set(test.map(({ article }) => article))]
    .filter((article) => inTrain.has(article))
    .sort((a, b) => a - b);
}
