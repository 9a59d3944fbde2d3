import { describe, expect, it } from 'vitest';
import { binnedShares, EPSILON, psi, psiLevel, shares, sharesByEdges } from '../../../src/lab/psi';

const thresholds = { psiWatch: 0.1, psiAlert: 0.25 };

describe('PSI as the monitoring chapter computes it', () => {
  it('is 0 for identical distributions', () => {
    expect(psi([0.5, 0.5], [0.5, 0.5])).toBe(0);
  });

  it('matches a hand computation: 0.5/0.5 → 0.8/0.2', () => {
    // (0.8 − 0.5)·ln(0.8/0.5) + (0.2 − 0.5)·ln(0.2/0.5) = 0.3·0.470004 + 0.3·0.916291 = 0.415888
    expect(psi([0.5, 0.5], [0.8, 0.2])).toBeCloseTo(0.415888, 5);
  });

  it('clips an empty category at EPSILON instead of dividing by zero', () => {
    // (0.1 − 1e-4)·ln(0.1/1e-4) + (0.9 − 1)·ln(0.9/1) = 0.0999·6.907755 + 0.1·0.105361 = 0.700621
    expect(EPSILON).toBe(1e-4);
    expect(psi([1, 0], [0.9, 0.1])).toBeCloseTo(0.700621, 5);
  });

  it('refuses distributions with different bins', () => {
    expect(() => psi([1], [0.5, 0.5])).toThrow(/equal bins/);
  });

  it('reads values against 0.1 / 0.25, strictly greater as in the chapter', () => {
    expect(psiLevel(0.1, thresholds)).toBe('stable');
    expect(psiLevel(0.11, thresholds)).toBe('watch');
    expect(psiLevel(0.25, thresholds)).toBe('watch');
    expect(psiLevel(0.26, thresholds)).toBe('alert');
  });

  it('counts shares of categories and of confidence bins', () => {
    expect(shares(['a', 'b', 'a', 'z'], ['a', 'b'])).toEqual([2 / 3, 1 / 3]);
    expect(binnedShares([0, 0.05, 0.55, 1], 2)).toEqual([0.5, 0.5]);
    expect(binnedShares([0.95, 1], 10)[9]).toBe(1);
    // Edges 0.5 and 0.9 make three bins: below 0.5, 0.5 up to 0.9, 0.9 and above.
    expect(sharesByEdges([0.2, 0.5, 0.89, 0.9, 1], [0.5, 0.9])).toEqual([0.2, 0.4, 0.4]);
  });
});
