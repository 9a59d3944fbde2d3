import { describe, expect, it } from 'vitest';
import { accuracy, confusionMatrix, macroF1, OTHER, perLabelScores, topConfusions } from '../../../src/lab/metrics';

// Five outcomes over labels a, b: a→a, a→b, b→b, b→b, b→x (x is outside the set).
const outcomes = [
  { gold: 'a', predicted: 'a' },
  { gold: 'a', predicted: 'b' },
  { gold: 'b', predicted: 'b' },
  { gold: 'b', predicted: 'b' },
  { gold: 'b', predicted: 'x' },
];

describe('metrics on five hand-checked outcomes', () => {
  it('accuracy counts exact matches: 3 of 5', () => {
    expect(accuracy(outcomes)).toBe(0.6);
    expect(accuracy([])).toBeNaN();
  });

  it('puts predictions outside the set in the "other" column', () => {
    expect(confusionMatrix(outcomes, ['a', 'b'])).toEqual({
      a: { a: 1, b: 1, [OTHER]: 0 },
      b: { a: 0, b: 2, [OTHER]: 1 },
    });
  });

  it('per-label scores: a has P 1, R 1/2; b has P 2/3, R 2/3', () => {
    const [a, b] = perLabelScores(outcomes, ['a', 'b']);
    expect(a).toMatchObject({ precision: 1, recall: 0.5, support: 2 });
    expect(a!.f1).toBeCloseTo(2 / 3, 10);
    expect(b).toMatchObject({ support: 3 });
    expect(b!.precision).toBeCloseTo(2 / 3, 10);
    expect(b!.f1).toBeCloseTo(2 / 3, 10);
  });

  it('macro-F1 is the plain mean of per-label F1 (2/3 here)', () => {
    expect(macroF1(outcomes, ['a', 'b'])).toBeCloseTo(2 / 3, 10);
    // A label never predicted and never seen has F1 0 and pulls the macro mean down: (2/3 + 2/3 + 0) / 3.
    expect(macroF1(outcomes, ['a', 'b', 'c'])).toBeCloseTo(4 / 9, 10);
  });

  it('lists mix-ups, most frequent first', () => {
    const mixups = topConfusions([...outcomes, { gold: 'b', predicted: 'x' }]);
    expect(mixups).toEqual([
      { gold: 'b', predicted: 'x', count: 2 },
      { gold: 'a', predicted: 'b', count: 1 },
    ]);
  });
});
