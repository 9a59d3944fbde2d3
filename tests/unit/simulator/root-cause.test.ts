import { describe, expect, it } from 'vitest';
import { journeyStatus, replaySteps, type Step } from '../../../src/simulator/journey';
import { LAMBDA_ZIP_BEFORE_PLATFORM } from '../../shared/lean-journey.mjs';
import { simulatorData } from './load-data';

const choose = ([decision, option]: [string, string]): Step => ({ kind: 'choose', decision, option });

/** The .zip-on-Lambda journey with some choices changed, and the open pitfalls' ids in the order shown. */
function pitfallsShown(changes: Record<string, string>, detours: Step[] = []) {
  const data = simulatorData();
  const steps = [...LAMBDA_ZIP_BEFORE_PLATFORM, ['platform', 'lambda-zip']].map(
    ([decision, option]) => [decision, changes[decision!] ?? option] as [string, string],
  );
  const selection = replaySteps(data, [...steps.map(choose), ...detours])!;
  const status = journeyStatus(data, selection);
  return status.kind === 'pitfall' ? status.pitfalls.map((p) => p.id) : [];
}

describe('several open pitfalls', () => {
  it('come root cause first: the CUDA wheel, whose one-day fix shrinks what the other three are about', () => {
    // XLM-R base with the default (CUDA) PyTorch wheel in a Lambda .zip: 4.9 GB of package and a 35 s cold
    // start open four pitfalls. The CPU-only wheel (1 day) shrinks the package and the cold start that the
    // .zip limit, the init cap and the cold start read; a warm instance (1 day) closes only the init cap,
    // a container image (2 days) helps two, Kubernetes (8 days) closes three.
    const cuda = { model: 'xlmr-base', service: 'fastapi-torch-cuda' };
    const ids = pitfallsShown(cuda);
    expect(ids).toHaveLength(4);
    expect(ids[0]).toBe('cuda-wheel-on-cpu-platform');
    // With the CPU wheel, the package is still over 250 MB: the limit nothing deploys past comes next.
    const after = pitfallsShown(cuda, [{ kind: 'detour', pitfall: ids[0]!, detour: 'cpu-only-wheel' }]);
    expect(after).not.toContain('cuda-wheel-on-cpu-platform');
    expect(after[0]).toBe('lambda-zip-over-250mb');
  });

  it('keep data order, hard platform limits first, when their detours help as much', () => {
    // mBERT on CPU-only PyTorch in a .zip: a container image (2 days) helps the cold start and the init cap
    // (lazy loading shrinks the start), a warm instance (1 day) closes the init cap, provisioned concurrency
    // (1 day) the cold start: one pitfall helped per day each.
    expect(pitfallsShown({})).toEqual(['lambda-zip-over-250mb', 'init-over-cap', 'cold-start-over-budget']);
  });
});
