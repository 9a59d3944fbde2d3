import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CRITERIA,
  DEFAULT_WEIGHTS,
  MAX_WEIGHT,
  encodeWeights,
  parseWeights,
  rankPlatforms,
  type PlatformScores,
  type Weights,
} from '../../src/workshop/scorecard';

const flat = (score: number) => Object.fromEntries(CRITERIA.map(({ id }) => [id, score])) as PlatformScores['scores'];
const serverless: PlatformScores = {
  id: 'fn',
  name: 'Functions',
  scores: { ...flat(3), gpu: 0, 'scale-to-zero': 5, ops: 5 },
};
const kubernetes: PlatformScores = {
  id: 'k8s',
  name: 'Kubernetes',
  scores: { ...flat(3), gpu: 5, 'scale-to-zero': 1, ops: 1 },
};
const only = (id: keyof Weights): Weights => ({
  ...(Object.fromEntries(CRITERIA.map((c) => [c.id, 0])) as Weights),
  [id]: 5,
});

describe('rankPlatforms', () => {
  it('puts the platform that is best on what the reader weighs first', () => {
    expect(rankPlatforms([serverless, kubernetes], only('gpu'))[0]!.platform.id).toBe('k8s');
    expect(rankPlatforms([serverless, kubernetes], only('scale-to-zero'))[0]!.platform.id).toBe('fn');
  });

  it('gives 100 to a platform with top scores everywhere, and contributions that add up to the total', () => {
    const best: PlatformScores = { id: 'best', name: 'Best', scores: flat(5) };
    const [first] = rankPlatforms([best, serverless], DEFAULT_WEIGHTS);
    expect(first!.total).toBeCloseTo(100);
    for (const ranked of rankPlatforms([serverless, kubernetes], DEFAULT_WEIGHTS)) {
      expect(Object.values(ranked.contributions).reduce((a, b) => a + b, 0)).toBeCloseTo(ranked.total);
    }
  });

  it('ranks every platform at 0 when every weight is 0, alphabetically', () => {
    const none = Object.fromEntries(CRITERIA.map((c) => [c.id, 0])) as Weights;
    const ranked = rankPlatforms([serverless, kubernetes], none);
    expect(ranked.map((r) => [r.platform.name, r.total])).toEqual([
      ['Functions', 0],
      ['Kubernetes', 0],
    ]);
  });

  it('keeps totals between 0 and 100 for any weights and scores', () => {
    const weight = fc.integer({ min: 0, max: MAX_WEIGHT });
    const score = fc.oneof(fc.double({ min: -10, max: 10, noNaN: false }), fc.constant(Number.NaN));
    fc.assert(
      fc.property(
        fc.array(weight, { minLength: CRITERIA.length, maxLength: CRITERIA.length }),
        fc.array(score, { minLength: CRITERIA.length, maxLength: CRITERIA.length }),
        (ws, ss) => {
          const weights = Object.fromEntries(CRITERIA.map((c, i) => [c.id, ws[i]])) as Weights;
          const platform = {
            id: 'p',
            name: 'P',
            scores: Object.fromEntries(CRITERIA.map((c, i) => [c.id, ss[i]])) as PlatformScores['scores'],
          };
          const [ranked] = rankPlatforms([platform], weights);
          return ranked!.total >= 0 && ranked!.total <= 100 + 1e-9;
        },
      ),
    );
  });
});

describe('parseWeights and encodeWeights', () => {
  it('round-trips any valid weights through the URL', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: MAX_WEIGHT }), { minLength: CRITERIA.length, maxLength: CRITERIA.length }),
        (ws) => {
          const weights = Object.fromEntries(CRITERIA.map((c, i) => [c.id, ws[i]])) as Weights;
          const parsed = parseWeights(encodeWeights(weights));
          expect(parsed.notice).toBeUndefined();
          expect(parsed.weights).toEqual(weights);
        },
      ),
    );
  });

  it('leaves defaults out of the URL', () => {
    expect(encodeWeights(DEFAULT_WEIGHTS)).toBe('');
    expect(encodeWeights({ ...DEFAULT_WEIGHTS, gpu: 0 })).toBe('?gpu=0');
  });

  it.each([
    ['an unknown key', '?gpu=1&admin=1'],
    ['a weight above the range', '?gpu=9'],
    ['a negative weight', '?gpu=-1'],
    ['a fraction', '?gpu=2.5'],
    ['a script', '?gpu=%3Cscript%3Ealert(1)%3C/script%3E'],
    ['a repeated key', '?gpu=1&gpu=2'],
    ['a prototype key', '?__proto__=1'],
    ['an empty value', '?gpu='],
  ])('falls back to the defaults with a notice for %s', (_, search) => {
    const parsed = parseWeights(search);
    expect(parsed.weights).toEqual(DEFAULT_WEIGHTS);
    expect(parsed.notice).toMatch(/could not be read/);
  });

  it('reads an empty query as the defaults, without a notice', () => {
    expect(parseWeights('')).toEqual({ weights: DEFAULT_WEIGHTS });
  });
});
