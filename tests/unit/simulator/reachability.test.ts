import { beforeAll, describe, expect, it } from 'vitest';
import {
  checkAllCombinations,
  findDetourCycle,
  pitfallInputs,
  type JourneyCheck,
} from '../../../src/simulator/check-journeys';
import { simulatorData } from './load-data';

describe('pitfalls and detours over every combination', () => {
  // One exhaustive pass over every combination of the decisions pitfalls depend on (about 1.4 million).
  let result: JourneyCheck;
  beforeAll(() => {
    result = checkAllCombinations(simulatorData());
  }, 600_000);

  it('walks every combination', () => {
    expect(result.combinations).toBe(
      simulatorData()
        .decisions.filter((d) => pitfallInputs(simulatorData()).has(d.id as never))
        .reduce((n, d) => n * d.options.length, 1),
    );
  });

  it('reaches production or a pitfall whose every detour closes it — no dead end', () => {
    expect(result.problems).toEqual([]);
  });

  it('opens every pitfall in some combination', () => {
    const never = [...result.pitfallHits].filter(([, hits]) => hits === 0).map(([id]) => id);
    expect(never).toEqual([]);
  });

  it('has at least twelve pitfalls, some of them surfacing months later', () => {
    expect(simulatorData().pitfalls.length).toBeGreaterThanOrEqual(12);
    expect(simulatorData().pitfalls.some((p) => p.surfaces === 'months-later')).toBe(true);
  });

  it('never lets detours chase each other in a cycle, so detours terminate', () => {
    expect(findDetourCycle(result.detourLeadsTo)).toBeUndefined();
  });

  it('ignores only decisions no pitfall can depend on', () => {
    const ignored = simulatorData()
      .decisions.map((d) => d.id)
      .filter((id) => !pitfallInputs(simulatorData()).has(id as never));
    expect(ignored).toEqual(['traffic']);
  });

  it('finds a cycle when detours do chase each other', () => {
    expect(
      findDetourCycle(
        new Map([
          ['a', new Set(['b'])],
          ['b', new Set(['a'])],
        ]),
      ),
    ).toEqual(['a', 'b', 'a']);
  });
});
