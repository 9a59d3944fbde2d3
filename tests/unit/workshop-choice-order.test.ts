import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { choiceOrder, newChoiceSeed, parseChoiceSeed } from '../../src/workshop/choice-order';

describe('choiceOrder', () => {
  it('is a permutation of every position, for any seed, key and length', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.nat(12), (seed, key, length) => {
        const order = choiceOrder(seed, key, length);
        expect([...order].sort((a, b) => a - b)).toEqual(Array.from({ length }, (_, i) => i));
      }),
    );
  });

  it('gives one reader the same order every time', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.nat(12), (seed, key, length) => {
        expect(choiceOrder(seed, key, length)).toEqual(choiceOrder(seed, key, length));
      }),
    );
  });

  it('gives different readers different orders, and one reader different orders on different checkpoints', () => {
    const orders = (seed: string) => ['cp-a', 'cp-b', 'cp-c'].map((key) => choiceOrder(seed, key, 4).join(''));
    expect(orders('abc123')).not.toEqual(orders('zz9'));
    expect(new Set(orders('abc123')).size).toBeGreaterThan(1);
  });

  it('puts the authored first choice in every position about equally often across readers', () => {
    const counts = [0, 0, 0, 0];
    for (let reader = 0; reader < 4000; reader++) counts[choiceOrder(reader.toString(36), 'cp-x', 4).indexOf(0)]! += 1;
    // 1000 expected in each; binomial sd ≈ 27, so ±150 fails only a biased shuffle.
    for (const count of counts) expect(Math.abs(count - 1000)).toBeLessThan(150);
  });

  it('rejects a length that is not a whole number', () => {
    expect(() => choiceOrder('s', 'k', -1)).toThrow(RangeError);
    expect(() => choiceOrder('s', 'k', 1.5)).toThrow(RangeError);
  });
});

describe('reader seeds', () => {
  it('makes seeds the parser accepts', () => {
    const seed = newChoiceSeed([0xffffffff, 7]);
    expect(seed).toBe('1z141z37');
    expect(parseChoiceSeed(seed)).toBe(seed);
  });

  it('does not accept damaged or foreign values', () => {
    for (const value of [null, undefined, '', 'ABC', 'a b', '<script>', 'x'.repeat(17), 42]) {
      expect(parseChoiceSeed(value)).toBeUndefined();
    }
  });
});
