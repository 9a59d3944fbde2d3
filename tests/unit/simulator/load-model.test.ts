import { describe, expect, it } from 'vitest';
import { describeDerivation } from '../../../src/simulator/derivations';
import { journeyStatus } from '../../../src/simulator/journey';
import type { Selection } from '../../../src/simulator/metrics';
import { erlangC, serversFor, waitQuantile } from '../../../src/simulator/queueing';
import { metricsFrom, simulatorData } from './load-data';

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
  hardware: 'cpu-2',
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
    // (en 1 + de 1.3 + fr 1.25 + es 1.2 + it 1.25 + nl 1.3 + pt 1.2 + pl 1.45 + sv 1.3 + tr 1.5) / 10 = 1.275 → 102.
    expect(m.tokensPerRequest!.value).toBeCloseTo(102, 6);
    // Compute: 2 × 84.9 M × 102 = 17.32 GFLOP ÷ (2 vCPU × 26 GFLOP/s) = 333.1 ms × 0.5 (ONNX int8) + 5 ms = 171.5 ms.
    expect(m.latencyMs!.value).toBeCloseTo(((2 * 84.9e6 * 102) / 1e9 / 52) * 1000 * 0.5 + 5, 6);
    expect(m.latencyMs!.value).toBeCloseTo(171.53, 2);
    // Peak: 40,000 ÷ 86,400 × 32.4 = 15.0 requests/s.
    expect(m.peakRps!.value).toBeCloseTo((40_000 / 86_400) * 32.4, 6);
    // Replicas: μ = 1 / 0.1715 = 5.83/s per instance; 3 instances cannot keep up (17.5/s barely above 15),
    // 4 wait too long at the p95, 5 give a p95 wait of ≈ 75 ms: p95 ≈ 246 ms ≤ 300 ms.
    expect(m.replicasAtPeak!.value).toBe(5);
    expect(m.p95LatencyMs!.value).toBeCloseTo(246.1, 1);
    expect(m.sloHeadroomPct!.value).toBeGreaterThan(0);
    // Memory: 60 MB process + 144 × 0.25 runtime + 278 MB × 1.5 weights + 278 MB of files in RAM = 791 MB.
    expect(m.memoryMB!.value).toBeCloseTo(60 + 144 * 0.25 + 278 * 1.5 + 278, 6);
    // Cost, request-based billing: 1.2 M requests × 0.1715 s = 205,842 busy instance-s
    // × (2 vCPU × $0.000024 + 0.74 GiB (791 MB = 791e6 ÷ 2^30 GiB) × $0.0000025) + 1.2 M × $0.40/M
    // = $9.88 + $0.38 + $0.48 = $10.74.
    const busy = 1.2e6 * (m.latencyMs!.value / 1000);
    expect(m.monthlyCostUSD!.value).toBeCloseTo(busy * (2 * 0.000024 + (791e6 / 2 ** 30) * 0.0000025) + 1.2 * 0.4, 6);
    expect(m.monthlyCostUSD!.value).toBeCloseTo(10.74, 2);
    expect(describeDerivation('monthlyCostUSD', m.monthlyCostUSD!)).toContain('1.2 M requests × $0.4/M');
  });

  it('the running example’s warm instance is billed all month at the instance-based rate', () => {
    const cold = metricsOf().monthlyCostUSD!.value;
    const warm = metricsOf({}, ['warm-instance']).monthlyCostUSD!.value;
    // 730 h × 3,600 s × (2 vCPU × $0.000018 + 0.74 GiB (791 MB) × $0.000002) = $98.48 a month.
    expect(warm - cold).toBeCloseTo(730 * 3600 * (2 * 0.000018 + (791e6 / 2 ** 30) * 0.000002), 6);
  });

  it('the running example ends on Cloud Run: the peak’s instances kept warm end its cold starts months later', () => {
    const data = simulatorData();
    const chapters = ['warm-instance', 'concurrency-capped'];
    const at = (mitigations: string[]) =>
      journeyStatus(data, { choices: EXAMPLE, mitigations } as Selection) as {
        kind: string;
        pitfalls?: { id: string; detours: { id: string }[] }[];
      };
    // One warm instance, as the chapters deploy it: the Monday peak needs 5, so 4 start cold.
    const later = at(chapters);
    expect(later.kind).toBe('pitfall');
    expect(later.pitfalls!.map((p) => p.id)).toEqual(['cold-starts-at-peak']);
    expect(later.pitfalls![0]!.detours[0]!.id).toBe('warm-for-the-peak');
    expect(at([...chapters, 'warm-at-peak']).kind).toBe('production');
    // The price: 4 more instances all month at the instance-based rate,
    // 4 × 730 h × 3,600 s × (2 vCPU × $0.000018 + 0.74 GiB × $0.000002) = 4 × $98.48 = $393.92.
    const one = metricsOf({}, chapters).monthlyCostUSD!.value;
    const five = metricsOf({}, [...chapters, 'warm-at-peak']).monthlyCostUSD!.value;
    expect(five - one).toBeCloseTo(4 * 730 * 3600 * (2 * 0.000018 + (791e6 / 2 ** 30) * 0.000002), 6);
  });

  it('bills a serverless endpoint for at least its smallest memory size', () => {
    // The running example needs 791 MB; SageMaker Serverless sells 1,024 MB at least, Azure Flex bills
    // its 2,048 MB instance: the GB-seconds are counted at those sizes.
    const serverless = metricsOf({ platform: 'sagemaker-serverless', hardware: 'cpu-1' });
    expect(serverless.memoryMB!.value).toBeLessThan(1024);
    expect(describeDerivation('monthlyCostUSD', serverless.monthlyCostUSD!)).toContain('× 1 GB ×');
    const flex = metricsOf({ platform: 'azure-flex', hardware: 'cpu-1' });
    expect(describeDerivation('monthlyCostUSD', flex.monthlyCostUSD!)).toContain('× 2 GB ×');
  });

  const LARGE = { model: 'xlmr-large', traffic: 'high', platform: 'kubernetes' };

  it('XLM-R large at 5 million messages a day on CPU cannot meet 300 ms, however many replicas', () => {
    const m = metricsOf({ ...LARGE, optimisation: 'none', service: 'fastapi-torch-cpu', hardware: 'cpu-4' });
    // 2 × 302 M × 102 = 61.6 GFLOP ÷ (4 vCPU × 26 GFLOP/s) = 592.4 ms + 5 ms = 597.4 ms per request.
    expect(m.latencyMs!.value).toBeCloseTo(((2 * 302e6 * 102) / 1e9 / 104) * 1000 + 5, 6);
    // Peak 5,000,000 ÷ 86,400 × 3 = 173.6/s; no count meets 300 ms, so sized for 70 % utilisation:
    // ⌈173.6 × 0.5974 ÷ 0.7⌉ = ⌈148.2⌉ = 149 pods.
    expect(m.replicasAtPeak!.value).toBe(149);
    expect(m.p95LatencyMs!.value).toBeGreaterThan(300);
    expect(m.sloHeadroomPct!.value).toBeLessThan(0);
    // Kubernetes: ⌈149 × 1.3⌉ = 194 pods × 4 vCPU = 776 vCPU × 730 h × $0.0335 + control plane 730 × $0.10 = $19,050.
    expect(m.monthlyCostUSD!.value).toBeCloseTo(776 * 730 * 0.0335 + 730 * 0.1, 6);
  });

  it('XLM-R large at 5 million messages a day on one L4 GPU with dynamic batching meets it', () => {
    const m = metricsOf({ ...LARGE, optimisation: 'fp16', service: 'model-server', hardware: 'gpu-batched' });
    // Per request 61.6 GFLOP ÷ (121 TFLOP/s fp16 × 0.3 efficiency) = 1.697 ms; a pass of 32 requests takes
    // 4 ms + 32 × 1.697 ms = 58.3 ms, + 5 ms per request = 63.3 ms.
    const perRequestMs = ((2 * 302e6 * 102) / 1e9 / (121_000 * 0.3)) * 1000;
    expect(m.latencyMs!.value).toBeCloseTo(4 + 32 * perRequestMs + 5, 6);
    // One instance serves 32 ÷ 0.0633 s = 505 requests/s, above the 173.6/s peak: one GPU carries it,
    // and with 32 slots nobody waits at the p95.
    expect(m.replicasAtPeak!.value).toBe(1);
    expect(m.p95LatencyMs!.value).toBeCloseTo(m.latencyMs!.value, 6);
    // Always on with 1.3 headroom: ⌈1 × 1.3⌉ = 2 g2-standard-4 nodes × 730 h × $0.7068 + control plane $73 = $1,105,
    // against $19,050 for the CPU pods above.
    expect(m.monthlyCostUSD!.value).toBeCloseTo(2 * 730 * 0.7068 + 730 * 0.1, 6);
    // fp16 halves every weight: 2.24 GB → 1.12 GB.
    expect(m.modelMB!.value).toBeCloseTo(1120, 6);
  });

  it('a GPU without batching serves one request per pass', () => {
    const m = metricsOf({ ...LARGE, optimisation: 'fp16', service: 'model-server', hardware: 'gpu-unbatched' });
    // 4 ms floor + 1.697 ms + 5 ms = 10.7 ms per request, one at a time: 173.6/s needs ⌈173.6 × 0.0107⌉ + …
    const perRequestMs = ((2 * 302e6 * 102) / 1e9 / (121_000 * 0.3)) * 1000;
    expect(m.latencyMs!.value).toBeCloseTo(4 + perRequestMs + 5, 6);
    expect(m.replicasAtPeak!.value).toBeGreaterThan(1);
  });

  it('the nightly batch on Lambda runs past the 900 s timeout in one go, and fits in chunks', () => {
    const whole = metricsOf({ latency: 'batch', platform: 'lambda-zip' });
    // 40,000 messages × 171.5 ms = 6,861 s in one invocation: Lambda stops at 900 s.
    expect(whole.batchRunS!.value).toBeCloseTo(40_000 * (whole.latencyMs!.value / 1000), 6);
    expect(whole.batchRunS!.value).toBeCloseTo(6861.4, 1);
    const chunked = metricsOf({ latency: 'batch', platform: 'lambda-zip' }, ['fan-out']);
    // 1,000 messages × 171.5 ms = 171.5 s per invocation, all 40 invocations at once.
    expect(chunked.batchRunS!.value).toBeCloseTo(1000 * (whole.latencyMs!.value / 1000), 6);
    // Billed per invocation: 40 a night × 30 nights = 1,200 requests, not 1.2 M; each starts cold, so INIT
    // is 1,200 × the cold start, billed at the same GB-s rate.
    const how = describeDerivation('monthlyCostUSD', chunked.monthlyCostUSD!);
    expect(how).toContain('1,200 invocations');
    expect(how).toContain('every invocation starts cold: 1,200');
    // Memory buys CPU: 2 vCPU need 2 × 1,769 = 3,538 MB, billed per GB-s.
    expect(describeDerivation('monthlyCostUSD', whole.monthlyCostUSD!)).toContain('2 vCPU need 3538 MB');
  });

  it('a nightly batch-job script at 5 million messages runs past the window, and fits once fanned out', () => {
    const batch = { latency: 'batch', traffic: 'high', service: 'batch-job', platform: 'kubernetes' };
    const one = metricsOf(batch);
    // One process: 5,000,000 × 171.5 ms = 857,673 s = 238 h of work ÷ the 6 h window = 3,971 %.
    const runS = 5e6 * (one.latencyMs!.value / 1000);
    expect(one.batchWindowPct!.value).toBeCloseTo((100 * runS) / 21_600, 6);
    expect(one.batchWindowPct!.value).toBeGreaterThan(100);
    // Fanned out: ⌈857,673 ÷ 21,600⌉ = 40 workers in parallel, each 99.3 % of the window.
    const fanned = metricsOf(batch, ['fan-out']);
    expect(fanned.replicasAtPeak!.value).toBe(Math.ceil(runS / 21_600));
    expect(fanned.batchWindowPct!.value).toBeCloseTo((100 * runS) / 40 / 21_600, 6);
    expect(fanned.batchWindowPct!.value).toBeLessThanOrEqual(100);
  });

  it('prices a hosted LLM per token on a model that stays in the API, and halves it in a batch', () => {
    const llm = { model: 'llm-api', optimisation: 'none', service: 'fastapi-plain', residency: 'may-leave' };
    const realtime = metricsOf(llm);
    const batch = metricsOf({ ...llm, latency: 'batch' });
    expect(realtime.monthlyCostUSD!.sources).toEqual(
      expect.arrayContaining(['openai-gpt-5-4-nano', 'openai-batch-faq', 'openai-prompt-caching']),
    );
    // The 1,200-token prompt is over the 1,024 a cached prefix needs: it is billed at the cached $0.02.
    expect(describeDerivation('monthlyCostUSD', realtime.monthlyCostUSD!)).toContain('(cached)');
    // Per request: 1,200 × $0.02 + 102 message tokens × $0.20 + 5 output tokens × $1.25 per 1M = $0.00005065;
    // × 1.2 M requests = $60.78 a month, halved by the Batch API. On Cloud Run the platform bills the same busy
    // time, but the nightly run is one request a night (30 a month) instead of 1.2 M at $0.40/M.
    const apiUSD = (1.2e6 * (1200 * 0.02 + 102 * 0.2 + 5 * 1.25)) / 1e6;
    expect(apiUSD).toBeCloseTo(60.78, 2);
    const requestFees = 1.2 * 0.4 - (30 / 1e6) * 0.4;
    expect(realtime.monthlyCostUSD!.value - batch.monthlyCostUSD!.value).toBeCloseTo(apiUSD / 2 + requestFees, 6);
    // The peak, 15 requests/s = 900 a minute, is 180 % of the 500 a minute of usage tier 1.
    expect(realtime.apiRateLimitPct!.value).toBeCloseTo((100 * 15 * 60) / 500, 6);
    expect(realtime.apiRateLimitPct!.sources).toEqual(['openai-gpt-5-nano']);
  });

  it('bills a scaled-to-zero endpoint all month when requests never leave it idle for an hour, a nightly batch for its run and idle tails', () => {
    const realtime = metricsOf({ platform: 'hf-endpoints' });
    // A request every 2.2 s on average (40,000 ÷ 86,400 = 0.46/s): a gap of an hour, after which Hugging Face
    // scales to zero, has probability e^(−0.46 × 3,600) ≈ 0, so the replica is up all month:
    // 730 h × 2 vCPU × $0.0335 = $48.91.
    const up = 1 - Math.exp(-(40_000 / 86_400) * 3600);
    expect(realtime.monthlyCostUSD!.value).toBeCloseTo(730 * up * 2 * 0.0335, 6);
    expect(describeDerivation('monthlyCostUSD', realtime.monthlyCostUSD!)).toContain('after 60 min without a request');
    // Kept warm, it is the same always-on replica.
    expect(metricsOf({ platform: 'hf-endpoints' }, ['warm-instance']).monthlyCostUSD!.value).toBeCloseTo(
      realtime.monthlyCostUSD!.value,
      6,
    );
    // Nightly: 1.2 M × 0.1715 s = 57.2 busy hours + 30 idle hours (one hour after each night's run).
    const nightly = metricsOf({ platform: 'hf-endpoints', latency: 'batch' });
    const busyH = (1.2e6 * nightly.latencyMs!.value) / 1000 / 3600;
    expect(nightly.monthlyCostUSD!.value).toBeCloseTo((busyH + 30) * 2 * 0.0335, 6);
  });

  it('bills a GPU on Cloud Run for the instance’s whole life, not only its busy time', () => {
    const gpu = { model: 'xlmr-large', optimisation: 'fp16', service: 'model-server', hardware: 'gpu-batched' };
    const m = metricsOf(gpu);
    // 40,000 messages a day keep the instance from its 15-minute idle shutdown: up all month.
    const rate = simulatorData().platforms.find((p) => p.id === 'cloud-run')!.gpuUsdPerHour!.value;
    expect(m.monthlyCostUSD!.value).toBeCloseTo(730 * (1 - Math.exp(-(40_000 / 86_400) * 900)) * rate, 6);
    expect(m.monthlyCostUSD!.value).toBeGreaterThan(700 * rate);
  });
});
