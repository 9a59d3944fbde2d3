import { describe, expect, it } from 'vitest';
import { computeMetrics, type Selection } from '../../../src/simulator/metrics';
import { openPitfalls } from '../../../src/simulator/journey';
import { exampleStepsTo } from '../../../src/simulator/example-journey';
import { LEAN_JOURNEY } from '../../shared/lean-journey.mjs';
import { simulatorData } from './load-data';

const PITFALL = 'cpu-model-with-high-concurrency';
const LEAN = Object.fromEntries(LEAN_JOURNEY) as Record<string, string>;

/** The design pitfalls open for the lean journey with some choices changed and mitigations taken. */
function open(changes: Record<string, string> = {}, mitigations: string[] = []) {
  const data = simulatorData();
  const selection = { choices: { ...LEAN, ...changes }, mitigations } as Selection;
  const metrics = computeMetrics(data, selection);
  return { ids: openPitfalls(data, selection, metrics, 'design').map((p) => p.id), metrics };
}

describe('a CPU-bound transformer behind a platform that sends 80 requests to one instance', () => {
  it('stays quiet for MiniLM int8 on 2 vCPU at the running example’s peak: each instance’s own queue meets 300 ms', () => {
    // 47 ms a request, 15 requests/s: 15 × 0.047 = 0.7 vCPU-s/s ÷ Cloud Run's 60 % CPU target → 2 instances,
    // each its own queue (c = 1) at λ = 7.5/s with μ = 1000 / 47 = 21.3/s, ρ = 0.35: the p95 wait is
    // ln(20 ρ) ÷ (μ − λ) = ln 7 ÷ 13.8 ≈ 141 ms, so p95 ≈ 47 + 141 = 188 ms < 300 ms: headroom ≈ 37 %.
    const { ids, metrics } = open();
    expect(ids).not.toContain(PITFALL);
    expect(metrics.concurrencyHeadroomPct!.value).toBeGreaterThan(32);
    expect(metrics.concurrencyHeadroomPct!.value).toBeLessThan(42);
  });

  it('fires for XLM-R base int8 on 2 vCPU, whose shared-queue p95 meets the budget, and capping concurrency resolves it', () => {
    // 172 ms a request: 15 × 0.172 = 2.6 ÷ 0.6 → 5 instances, each at λ = 3/s with μ = 5.8/s, ρ = 0.52:
    // p95 = 0.172 + ln(10.3) ÷ (5.8 − 3) ≈ 0.17 + 0.83 = 1.0 s, while the shared M/M/c queue gives about 0.25 s.
    const changes = { model: 'xlmr-base' };
    const before = open(changes);
    expect(before.metrics.sloHeadroomPct!.value).toBeGreaterThan(0);
    expect(before.metrics.concurrencyHeadroomPct!.value).toBeLessThan(-200);
    expect(before.ids).toContain(PITFALL);
    const after = open(changes, ['concurrency-capped']);
    expect(after.ids).not.toContain(PITFALL);
    expect(after.metrics.concurrencyHeadroomPct!.value).toBe(after.metrics.sloHeadroomPct!.value);
  });

  it('leaves the root cause to the p95 pitfall when one request alone is over the budget', () => {
    const { ids } = open({ model: 'mbert', optimisation: 'none', service: 'fastapi-torch-cpu' });
    expect(ids).toContain('p95-over-budget-at-peak');
    expect(ids).not.toContain(PITFALL);
  });

  it('does not fire where the platform has no such default, on a GPU, or for a model that is not a transformer', () => {
    expect(open({ model: 'xlmr-base', platform: 'kubernetes' }).ids).not.toContain(PITFALL);
    expect(
      open({ model: 'xlmr-base', hardware: 'gpu-batched', service: 'model-server', optimisation: 'fp16' }).ids,
    ).not.toContain(PITFALL);
    expect(open({ model: 'xlmr-base', latency: 'batch' }).ids).not.toContain(PITFALL);
    expect(
      open({ model: 'tfidf', service: 'fastapi-plain', optimisation: 'none' }).metrics.concurrencyHeadroomPct,
    ).toBeUndefined();
  });

  it('is resolved on the running example’s own path, which caps concurrency as the platforms chapter deploys it', () => {
    const data = simulatorData();
    const steps = exampleStepsTo(data, 'operations') ?? exampleStepsTo(data, data.decisions.at(-1)!.stage);
    expect(steps).toBeDefined();
    expect(steps!.some((s) => s.kind === 'detour' && s.pitfall === PITFALL)).toBe(true);
  });
});
