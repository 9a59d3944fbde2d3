import { describe, expect, it } from 'vitest';
import { computeMetrics, type Selection } from '../../../src/simulator/metrics';
import { openPitfalls } from '../../../src/simulator/journey';
import { LEAN_JOURNEY } from '../../shared/lean-journey.mjs';
import { simulatorData } from './load-data';

const PITFALL = 'long-messages-truncated';
const LEAN = Object.fromEntries(LEAN_JOURNEY) as Record<string, string>;
// The nightly batch on Kubernetes, so that no platform limit interferes with the message length.
const BATCH = { latency: 'batch', platform: 'kubernetes' };

/** The design pitfalls open for the lean journey with some choices changed and mitigations taken. */
function open(changes: Record<string, string> = {}, mitigations: string[] = []) {
  const data = simulatorData();
  const selection = { choices: { ...LEAN, ...changes }, mitigations } as Selection;
  const metrics = computeMetrics(data, selection);
  return { ids: openPitfalls(data, selection, metrics, 'design').map((p) => p.id), metrics };
}

describe('long messages past a transformer’s 512 tokens', () => {
  it('fit for the real-time chat channel, even in Turkish: 240 English tokens × 1.5 = 360 ≤ 512', () => {
    const { ids, metrics } = open();
    expect(metrics.longMessageCutPct!.value).toBe(0);
    expect(ids).not.toContain(PITFALL);
  });

  it('are cut for nightly e-mails: 1,000 English tokens × Turkish 1.5 = 1,500, of which 1 − 512 / 1,500 ≈ 66 % is dropped', () => {
    const { ids, metrics } = open(BATCH);
    expect(metrics.longMessageCutPct!.value).toBeCloseTo(100 * (1 - 512 / 1500), 5);
    expect(ids).toContain(PITFALL);
  });

  it('are cut in English alone too (1,000 > 512), by 1 − 512 / 1,000 = 48.8 %', () => {
    const { ids, metrics } = open({ ...BATCH, languages: 'one' });
    expect(metrics.longMessageCutPct!.value).toBeCloseTo(48.8, 5);
    expect(ids).toContain(PITFALL);
  });

  it('close with either detour: head and tail on purpose, or chunks aggregated', () => {
    expect(open(BATCH, ['head-tail-truncation']).ids).not.toContain(PITFALL);
    expect(open(BATCH, ['chunk-long-messages']).ids).not.toContain(PITFALL);
  });

  it('do not concern models without a sequence limit: keyword rules, TF-IDF or a hosted LLM', () => {
    for (const model of ['rules', 'tfidf', 'llm-api']) {
      const { ids, metrics } = open({ ...BATCH, model, optimisation: 'none', service: 'fastapi-plain' });
      expect(metrics.longMessageCutPct, model).toBeUndefined();
      expect(ids, model).not.toContain(PITFALL);
    }
  });
});
