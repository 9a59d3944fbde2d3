import { describe, expect, it } from 'vitest';
import { journeyStatus, replaySteps, type Step } from '../../../src/simulator/journey';
import { LAMBDA_ZIP_BEFORE_PLATFORM } from '../../shared/lean-journey.mjs';
import { simulatorData } from './load-data';

const choose = ([decision, option]: [string, string]): Step => ({ kind: 'choose', decision, option });
const ZIP: [string, string][] = [...LAMBDA_ZIP_BEFORE_PLATFORM, ['platform', 'lambda-zip']];

describe('several open pitfalls', () => {
  it('come root cause first: the one whose detour also closes others leads', () => {
    const data = simulatorData();
    const selection = replaySteps(data, ZIP.map(choose))!;
    const status = journeyStatus(data, selection);
    if (status.kind !== 'pitfall') throw new Error('expected pitfalls');
    const ids = status.pitfalls.map((p) => p.id);
    expect(ids).toHaveLength(3);
    // Data order puts the package limit first, but a container image leaves the other two open,
    // while one warm instance closes both the cold-start and the init-cap pitfall.
    expect(data.pitfalls.findIndex((p) => p.id === 'lambda-zip-over-250mb')).toBeLessThan(
      data.pitfalls.findIndex((p) => p.id === ids[0]),
    );
    expect(ids[0]).toBe('cold-start-over-budget');
    const afterFirst = replaySteps(data, [
      ...ZIP.map(choose),
      { kind: 'detour', pitfall: ids[0]!, detour: status.pitfalls[0]!.detours[0]!.id },
    ])!;
    const next = journeyStatus(data, afterFirst);
    expect(next.kind === 'pitfall' && next.pitfalls.map((p) => p.id)).toEqual(['lambda-zip-over-250mb']);
  });
});
