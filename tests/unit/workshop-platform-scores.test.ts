import { describe, expect, it } from 'vitest';
import type { Platform } from '../../src/simulator/schema';
import { scorePlatform } from '../../src/workshop/platform-scores';
import { CRITERIA } from '../../src/workshop/scorecard';

const judgement = { source: 'judgement', note: 'test' };
const base: Platform = {
  id: 'fn',
  label: 'Functions',
  summary: 'A function platform.',
  packaging: 'zip',
  limits: {
    maxPackageMB: { value: 250, source: 'aws-lambda-quotas' },
    maxMemoryMB: { value: 10240, source: 'aws-lambda-quotas' },
  },
  scaleToZero: { value: 'yes', source: 'lambda-operator-guide-environments' },
  gpu: { value: 'no', source: 'aws-lambda-memory' },
  coldStart: { value: 'under a second', source: 'lambda-coldstarts-mikhail' },
  figures: {
    platformStartS: { value: 0.4, source: 'lambda-coldstarts-mikhail' },
    imageFetchShare: { value: 1, ...judgement },
    opsHoursPerService: { value: 2, ...judgement },
  },
  pricing: {
    kind: 'per-request',
    usdPerGBSecond: { value: 1, ...judgement },
    usdPerMillionRequests: { value: 1, ...judgement },
  },
  flags: [],
  scorecard: {
    lockIn: { value: 'high — handler', source: 'judgement' },
    opsEffort: { value: 'low', source: 'judgement' },
    monitoringIntegration: { value: 'CloudWatch built in', source: 'judgement' },
    dataResidency: { value: 'the region you choose', source: 'judgement' },
  },
};

describe('scorePlatform', () => {
  it('scores every criterion from 0 to 5 and says what each score rests on', () => {
    const scored = scorePlatform(base);
    for (const { id } of CRITERIA) {
      expect(scored.scores[id]).toBeGreaterThanOrEqual(0);
      expect(scored.scores[id]).toBeLessThanOrEqual(5);
      expect(scored.facts[id].text.length).toBeGreaterThan(0);
    }
    expect(scored.facts.size).toEqual({ text: 'package or image up to 250 MB', source: 'aws-lambda-quotas' });
  });

  it('cites sources but never the words "judgement" or "estimate"', () => {
    const scored = scorePlatform(base);
    expect(scored.facts['lock-in'].source).toBeUndefined();
    expect(scored.facts.gpu.source).toBe('aws-lambda-memory');
  });

  it('ranks a tight package limit below none, a GPU above none, high lock-in below low', () => {
    const tight = scorePlatform(base);
    const open = scorePlatform({
      ...base,
      limits: {},
      gpu: { value: 'yes — L4', source: 'cloud-run-gpu' },
      scorecard: { ...base.scorecard, lockIn: { value: 'low — a plain container', source: 'judgement' } },
    });
    expect(open.scores.size).toBeGreaterThan(tight.scores.size);
    expect(open.scores.memory).toBeGreaterThan(tight.scores.memory);
    expect(open.scores.gpu).toBe(5);
    expect(tight.scores.gpu).toBe(0);
    expect(open.scores['lock-in']).toBeGreaterThan(tight.scores['lock-in']);
  });

  it('scores a slow platform start lower, and always-on pricing below pay-per-request', () => {
    const slow = scorePlatform({
      ...base,
      figures: { ...base.figures, platformStartS: { value: 30, ...judgement } },
      pricing: { kind: 'always-on', usdPerVcpuHour: { value: 1, ...judgement }, minVcpus: { value: 1, ...judgement } },
    });
    const fast = scorePlatform(base);
    expect(slow.scores['cold-start']).toBeLessThan(fast.scores['cold-start']);
    expect(slow.scores.cost).toBeLessThan(fast.scores.cost);
  });
});
