import { describe, expect, it } from 'vitest';
import { erlangC, serversFor, waitQuantile } from '../../../src/simulator/queueing';
import { metricsFrom } from './load-data';

// The running example: ten languages, XLM-R base in int8 on ONNX Runtime, Cloud Run, 40,000 messages a
// day with a 15/s Monday-morning peak, p95 budget 300 ms (content/running-example.yaml).
const EXAMPLE = {
  languages: 'ten',
  traffic: 'medium',
  latency: 'realtime',
  residency: 'must-stay',
  'labelled-data': 'plenty',
  strategy: 'multilingual',
  model: 'xlmr-base',
  optimisation: 'full-int8',
  service: 'fastapi-onnx',
  platform: 'cloud-run',
  monitoring: 'drift-feedback',
};
const metricsOf = metricsFrom(EXAMPLE);

describe('Erlang C (M/M/c)', () => {
  it('matches the textbook value: 2 servers offered 1 erlang wait with probability 1/3', () => {
    // C(2, 1) = (A²/2!)·(2/(2−1)) / (1 + A + (A²/2!)·(2/(2−1))) = 1 / (1 + 1 + 1) = 1/3.
    expect(erlangC(2, 1, 1)).toBeCloseTo(1 / 3, 10);
    // P(W > t) = C·e^(−(cμ−λ)t) = 0.05 → t = ln(C/0.05) / (cμ − λ) = ln(6.67) / 1 = 1.897 s.
    expect(waitQuantile(2, 1, 1, 0.95)).toBeCloseTo(Math.log(1 / 3 / 0.05), 10);
  });

  it('never waits when requests rarely queue, and is unstable at or past full load', () => {
    expect(waitQuantile(10, 1, 1, 0.95)).toBe(0);
    expect(waitQuantile(2, 2, 1, 0.95)).toBe(Infinity);
    expect(erlangC(2, 3, 1)).toBe(1);
  });

  it('adds servers until the p95 meets the budget', () => {
    const sized = serversFor(15, 0.173, 0.3, 0.7);
    expect(sized.meets).toBe(true);
    expect(sized.p95S).toBeLessThanOrEqual(0.3);
    expect(serversFor(15, 0.173, 0.3, 0.7).servers - 1).toBeGreaterThan(0);
    expect(serversFor(15, 0.173, 0.3, 0.7).servers).toBe(5);
  });
});

describe('the load model on worked examples', () => {
  it('the running example on Cloud Run', () => {
    const m = metricsOf();
    // Tokens: 80 English tokens × mean fertility of the ten languages
    // (1 + 1.3 + 1.2 + 1.25 + 1.25 + 1.2 + 1.3 + 1.45 + 1.5 + 1.45) / 10 = 1.29 → 103.2 tokens.
    expect(m.tokensPerRequest!.value).toBeCloseTo(103.2, 6);
    // Compute: 2 × 84.9 M × 103.2 = 17.52 GFLOP ÷ (2 vCPU × 26 GFLOP/s) = 337 ms × 0.5 (int8) + 5 ms = 173.5 ms.
    const gflop = (2 * 84.9e6 * 103.2) / 1e9;
    expect(m.latencyMs!.value).toBeCloseTo((gflop / 52) * 1000 * 0.5 + 5, 6);
    // Peak: 40,000 ÷ 86,400 × 32.4 = 15.0 requests/s.
    expect(m.peakRps!.value).toBeCloseTo((40_000 / 86_400) * 32.4, 6);
    // Replicas: μ = 1 / 0.1735 = 5.76/s per instance; 4 instances give a p95 wait of
    // ln(C/0.05)/(4μ − 15) ≈ 0.24 s (over budget), 5 give ≈ 0.08 s: p95 ≈ 0.25 s ≤ 0.3 s.
    expect(m.replicasAtPeak!.value).toBe(5);
    expect(m.p95LatencyMs!.value).toBeLessThanOrEqual(300);
    expect(m.p95LatencyMs!.value).toBeGreaterThan(m.latencyMs!.value);
    // Cost, request-based billing: 1.2 M requests × 0.1735 s = 208,193 busy instance-s
    // × (2 vCPU × $0.000024 + 0.77 GiB × $0.0000025) + 1.2 M × $0.40/M ≈ $10.4 + $0.48.
    const busy = 1.2e6 * (m.latencyMs!.value / 1000);
    const gib = m.memoryMB!.value / 1024;
    expect(m.monthlyCostUSD!.value).toBeCloseTo(busy * (2 * 0.000024 + gib * 0.0000025) + 1.2 * 0.4, 6);
    expect(m.monthlyCostUSD!.explain()).toContain('1.2 M requests × $0.4/M');
  });

  it('the running example’s warm instance is billed all month at the instance-based rate', () => {
    const cold = metricsOf().monthlyCostUSD!.value;
    const warm = metricsOf({}, ['warm-instance']).monthlyCostUSD!.value;
    const gib = metricsOf().memoryMB!.value / 1024;
    // 730 h × 3,600 s × (2 vCPU × $0.000018 + GiB × $0.000002).
    expect(warm - cold).toBeCloseTo(730 * 3600 * (2 * 0.000018 + gib * 0.000002), 6);
  });

  it('XLM-R large at 5 million messages a day on CPU cannot meet 300 ms, however many replicas', () => {
    const m = metricsOf({ model: 'xlmr-large', optimisation: 'none', traffic: 'high', platform: 'kubernetes' });
    // 2 × 302 M × 103.2 = 62.3 GFLOP ÷ (4 vCPU × 26 GFLOP/s) = 599 ms + 5 ms = 604 ms per request.
    expect(m.latencyMs!.value).toBeCloseTo(((2 * 302e6 * 103.2) / 1e9 / 104) * 1000 + 5, 6);
    // Peak 5,000,000 ÷ 86,400 × 3 = 173.6/s; sized for 70 % utilisation: ⌈173.6 × 0.604 ÷ 0.7⌉ = 150.
    expect(m.replicasAtPeak!.value).toBe(Math.ceil(((5e6 / 86_400) * 3 * m.latencyMs!.value) / 1000 / 0.7));
    expect(m.p95LatencyMs!.value).toBeGreaterThan(300);
    expect(m.sloHeadroomPct!.value).toBeLessThan(0);
    // Kubernetes: ⌈150 × 1.3⌉ = 195 pods × 4 vCPU = 780 vCPU × 730 h × $0.0335 + control plane 730 × $0.10.
    expect(m.monthlyCostUSD!.value).toBeCloseTo(780 * 730 * 0.0335 + 730 * 0.1, 6);
  });

  it('the nightly batch on Lambda runs past the 900 s timeout in one go, and fits in chunks', () => {
    const whole = metricsOf({ latency: 'batch', platform: 'lambda-zip' });
    // 40,000 messages × 173.5 ms = 6,940 s in one invocation: Lambda stops at 900 s.
    expect(whole.batchRunS!.value).toBeCloseTo(40_000 * (whole.latencyMs!.value / 1000), 6);
    expect(whole.batchRunS!.value).toBeGreaterThan(900);
    const chunked = metricsOf({ latency: 'batch', platform: 'lambda-zip' }, ['fan-out']);
    // 1,000 messages × 173.5 ms = 173.5 s per invocation.
    expect(chunked.batchRunS!.value).toBeCloseTo(1000 * (whole.latencyMs!.value / 1000), 6);
    // Memory buys CPU: 2 vCPU need 2 × 1,769 = 3,538 MB, billed per GB-s.
    expect(whole.monthlyCostUSD!.explain()).toContain('2 vCPU need 3538 MB');
  });

  it('prices a hosted LLM per token on a model that stays in the API, and halves it in a batch', () => {
    const realtime = metricsOf({ model: 'llm-api', residency: 'may-leave' });
    const batch = metricsOf({ model: 'llm-api', residency: 'may-leave', latency: 'batch' });
    expect(realtime.monthlyCostUSD!.sources).toContain('openai-gpt41-mini-pricing');
    // 400 prompt tokens are under the 1,024 a cached prefix needs: all input at $0.40 per 1M.
    expect(realtime.monthlyCostUSD!.explain()).toContain('too short to cache');
    // Per request: (400 + 103.2) input tokens × $0.40 + 5 output tokens × $1.60 per 1M = $0.00020928;
    // × 1.2 M requests = $251.14 a month, halved by the Batch API; the platform's bill is the same.
    const apiUSD = (1.2e6 * ((400 + 103.2) * 0.4 + 5 * 1.6)) / 1e6;
    expect(realtime.monthlyCostUSD!.value - batch.monthlyCostUSD!.value).toBeCloseTo(apiUSD / 2, 6);
  });

  it('bills a scaled-to-zero endpoint for its busy time, and all month once a replica is kept warm', () => {
    const cold = metricsOf({ platform: 'hf-endpoints' });
    const warm = metricsOf({ platform: 'hf-endpoints' }, ['warm-instance']);
    // Busy: 1.2 M × 0.1735 s = 57.8 instance-hours × 2 vCPU × $0.0335.
    const hours = (1.2e6 * cold.latencyMs!.value) / 1000 / 3600;
    expect(cold.monthlyCostUSD!.value).toBeCloseTo(hours * 2 * 0.0335, 6);
    expect(cold.monthlyCostUSD!.explain()).toContain('scaled to zero when idle');
    expect(warm.monthlyCostUSD!.value).toBeGreaterThan(cold.monthlyCostUSD!.value * 5);
  });
});
