import { describe, expect, it } from 'vitest';
import { formatCodeSteps, parseCodeSteps } from '../../src/deck/code-steps.mjs';
import { activeRange, planSteps } from '../../src/deck/slide-steps';
import { nextPosition, previousPosition } from '../../src/deck/deck-navigation';

describe('code step meta', () => {
  it('reads {1|3-5|all} as three steps', () => {
    expect(parseCodeSteps('{1|3-5|all}')).toEqual([[1], [3, 4, 5], 'all']);
  });

  it('reads lists and ranges inside a step, next to other meta', () => {
    expect(parseCodeSteps('title="x.py" {1,4-5|2}')).toEqual([[1, 4, 5], [2]]);
  });

  it('leaves plain highlighting and malformed metas alone', () => {
    for (const meta of [undefined, '', '{2,4-5}', '{1|x}', '{3-1|2}', '{0|1}', '{|}'])
      expect(parseCodeSteps(meta)).toBeNull();
  });

  it('writes steps back in the canonical form', () => {
    expect(formatCodeSteps(parseCodeSteps('{ 1 | 3-4 | all }')!)).toBe('1|3,4|all');
  });
});

describe("planning a slide's steps", () => {
  it('gives each list item its own step', () => {
    expect(planSteps([{ kind: 'item' }, { kind: 'item' }, { kind: 'item' }])).toEqual({
      appearsAt: [1, 2, 3],
      total: 3,
    });
  });

  it('shows a code block with its first range and moves one range a step', () => {
    const plan = planSteps([{ kind: 'code', ranges: 3 }]);
    expect(plan).toEqual({ appearsAt: [0], total: 2 });
    expect([0, 1, 2, 5].map((step) => activeRange(step, 0, 3))).toEqual([0, 1, 2, 2]);
  });

  it('orders items and code as they come', () => {
    expect(planSteps([{ kind: 'item' }, { kind: 'code', ranges: 2 }, { kind: 'item' }])).toEqual({
      appearsAt: [1, 1, 3],
      total: 3,
    });
  });
});

describe('moving through steps and slides', () => {
  const steps = [0, 2, 0];

  it('goes forward step by step, then to the next slide', () => {
    expect(nextPosition({ slide: 0, step: 0 }, steps)).toEqual({ slide: 1, step: 0 });
    expect(nextPosition({ slide: 1, step: 0 }, steps)).toEqual({ slide: 1, step: 1 });
    expect(nextPosition({ slide: 1, step: 2 }, steps)).toEqual({ slide: 2, step: 0 });
    expect(nextPosition({ slide: 2, step: 0 }, steps)).toEqual({ slide: 2, step: 0 });
  });

  it('goes back to the previous slide with all its steps shown', () => {
    expect(previousPosition({ slide: 2, step: 0 }, steps)).toEqual({ slide: 1, step: 2 });
    expect(previousPosition({ slide: 1, step: 1 }, steps)).toEqual({ slide: 1, step: 0 });
    expect(previousPosition({ slide: 0, step: 0 }, steps)).toEqual({ slide: 0, step: 0 });
  });
});
