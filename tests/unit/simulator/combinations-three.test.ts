import { describe, expect, it } from 'vitest';
import { checkAllCombinations } from '../../../src/simulator/check-journeys';
import { simulatorData } from './load-data';

// Every combination of choices, split by language count so the work spreads over test workers.
describe('every combination with languages = three', () => {
  it('reaches production or a pitfall whose every detour closes it', () => {
    const result = checkAllCombinations(simulatorData(), { only: { languages: 'three' } });
    expect(result.combinations).toBeGreaterThan(100_000);
    expect(result.problems).toEqual([]);
  }, 300_000);
});
