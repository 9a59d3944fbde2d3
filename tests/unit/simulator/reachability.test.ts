import { beforeAll, describe, expect, it } from 'vitest';
import {
  checkAllCombinations,
  findDetourCycle,
  pitfallInputs,
  type JourneyCheck,
} from '../../../src/simulator/check-journeys';
import { RULE_INPUTS, RULED_DECISIONS, unavailableReason } from '../../../src/simulator/availability';
import type { Selection } from '../../../src/simulator/metrics';
import type { SimulatorData } from '../../../src/simulator/schema';
import { simulatorData } from './load-data';

/**
 * How many combinations a reader can reach, counted apart from the checker's own walk: the decisions whose
 * options depend on earlier answers are enumerated through availability, the others multiply.
 */
function reachableCount(data: SimulatorData): number {
  const ruled = data.decisions.filter((d) => [...RULE_INPUTS, ...RULED_DECISIONS].includes(d.id as never));
  const free = data.decisions.filter((d) => !ruled.includes(d)).reduce((n, d) => n * d.options.length, 1);
  const count = (i: number, choices: Selection['choices']): number => {
    if (i === ruled.length) return 1;
    const decision = ruled[i]!;
    return decision.options
      .filter((o) => unavailableReason(data, { choices, mitigations: [] }, decision, o) === undefined)
      .reduce((n, o) => n + count(i + 1, { ...choices, [decision.id]: o.id }), 0);
  };
  return free * count(0, {});
}

describe('pitfalls and detours over every combination', () => {
  // One exhaustive pass over every combination a reader can reach (about 4.3 million).
  let result: JourneyCheck;
  beforeAll(() => {
    const cpu = process.cpuUsage();
    result = checkAllCombinations(simulatorData());
    const seconds = process.cpuUsage(cpu).user / 1e6;
    console.info(
      `${result.combinations.toLocaleString('en-US')} combinations checked in ${seconds.toFixed(1)} s of CPU`,
    );
  }, 1_200_000);

  it('walks every combination a reader can reach', () => {
    expect(pitfallInputs(simulatorData()).size).toBe(simulatorData().decisions.length);
    expect(result.combinations).toBe(reachableCount(simulatorData()));
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

  it('varies every decision: each can open or close some pitfall', () => {
    const ignored = simulatorData()
      .decisions.map((d) => d.id)
      .filter((id) => !pitfallInputs(simulatorData()).has(id as never));
    expect(ignored).toEqual([]);
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
