import { ASSUMPTIONS, CITED_IN_CODE } from '../assumptions';
import { serversFor, waitQuantile } from '../queueing';
import type { SimulatorData } from '../schema';
import { fig, metric, num, round, sourcesOf, type MetricContext, type MetricGroup } from './context';

const {
  cpuGflopsPerVcpu,
  flopsPerWeightPerToken,
  requestOverheadMs,
  apiConcurrency,
  targetUtilisation,
  lambdaMBPerVcpu,
  batchChunk,
  gpuEfficiency,
  gpuPassFloorMs,
  gpuBatchSize,
  l4Fp16Tflops,
  l4Fp32Tflops,
  cpuScalingTarget,
} = ASSUMPTIONS;

/** vCPUs of one instance, from the hardware decision (on Lambda, bought with memory); 1 until chosen. */
export function instanceVcpus(context: MetricContext): number {
  return num(context.pick('hardware'), 'vcpus', 1);
}

/** Whether the chosen hardware is a GPU, and whether its server batches requests. */
export const onGpu = (context: MetricContext) => {
  const hardware = context.kind('hardware');
  return hardware === 'gpu-batched' || hardware === 'gpu-unbatched';
};

/**
 * Requests one instance serves at once: many for an API client waiting on the network, a batch's worth
 * on a GPU with dynamic batching, else one.
 */
export const instanceConcurrency = (context: MetricContext) =>
  context.kind('model') === 'llm-api'
    ? apiConcurrency.value
    : context.kind('hardware') === 'gpu-batched'
      ? gpuBatchSize.value
      : 1;

/**
 * Tokens per request (the running example's English tokens × the mean tokenizer fertility of the chosen
 * languages, capped at the model's maximum), then per-request compute (ms) on one instance: for a
 * transformer 2 FLOPs per encoder weight per token on the instance's vCPUs, scaled by the optimisation;
 * for the other models their own figure.
 */
export const requestCompute: MetricGroup = (context) => {
  const { data, pick, kind } = context;
  const languages = pick('languages');
  const model = pick('model');
  const optimisation = pick('optimisation');
  const strategy = pick('strategy');
  if (!languages || !model || !optimisation || !strategy) return {};
  const count = num(languages, 'languages');
  const chosen = data.languages.slice(0, count);
  const fertility = chosen.reduce((sum, l) => sum + l.fertility.value, 0) / chosen.length;
  const english = data.example.traffic.tokensPerMessage;
  const maxTokens = num(model, 'maxTokens', Infinity);
  const tokens = Math.min(english * fertility, maxTokens);
  const translate = kind('strategy') === 'translate-first' ? num(strategy, 'latencyFactor', 2) : 1;
  const out = {
    tokensPerRequest: metric(
      tokens,
      true,
      sourcesOf(...chosen.map((l) => l.fertility)),
      () =>
        `${round(tokens)} tokens = ${english} English tokens per message × mean fertility ${round(fertility, 2)} over ${chosen.map((l) => `${l.code} ${l.fertility.value}`).join(', ')}${tokens === maxTokens ? ` (cut at the model's ${maxTokens})` : ''}; estimate`,
    ),
    ...longMessageCut(context, chosen, maxTokens),
  };
  if (kind('model') !== 'transformer') {
    const ms = num(model, 'latencyMs') * translate;
    return {
      ...out,
      latencyMs: metric(
        ms,
        true,
        sourcesOf(fig(model, 'latencyMs')),
        () =>
          `${round(ms)} ms = ${model.label} ${num(model, 'latencyMs')} ms per request${translate !== 1 ? ` × ${translate} (translation first)` : ''}; estimate`,
      ),
    };
  }
  if (!context.pick('hardware')) return out;
  const params = num(model, 'encoderParamsM');
  const gflop = (flopsPerWeightPerToken.value * params * 1e6 * tokens) / 1e9;
  const factor = num(optimisation, 'latencyFactor', 1);
  const paramSources = sourcesOf(fig(model, 'encoderParamsM'), flopsPerWeightPerToken);
  if (onGpu(context)) {
    // A pass computes every request of its batch: fp16 on the tensor cores, fp32 on the CUDA cores.
    const half = (optimisation.steps ?? []).includes('fp16');
    const peak = half ? l4Fp16Tflops : l4Fp32Tflops;
    const batch = instanceConcurrency(context);
    const computeMs = (gflop / (peak.value * 1000 * gpuEfficiency.value)) * 1000 * translate;
    const passMs = gpuPassFloorMs.value + batch * computeMs;
    const ms = passMs + requestOverheadMs.value;
    return {
      ...out,
      latencyMs: metric(
        ms,
        true,
        [...paramSources, ...sourcesOf(peak, gpuBatchSize)],
        () =>
          `${round(ms, 1)} ms = one forward pass of ${batch === 1 ? 'one request' : `a full batch of ${batch}`}: ${gpuPassFloorMs.value} ms floor (kernel launches) + ${batch} × ${flopsPerWeightPerToken.value} × ${params} M encoder weights × ${round(tokens)} tokens = ${round(gflop, 1)} GFLOP each ÷ (L4 ${half ? 'fp16 tensor' : 'fp32'} peak ${peak.value} TFLOP/s × ${gpuEfficiency.value} efficiency)${translate !== 1 ? ` × ${translate} (translation first)` : ''} + ${requestOverheadMs.value} ms per request; estimate`,
      ),
    };
  }
  const vcpus = instanceVcpus(context);
  const rate = vcpus * cpuGflopsPerVcpu.value;
  const ms = (gflop / rate) * 1000 * factor * translate + requestOverheadMs.value;
  return {
    ...out,
    latencyMs: metric(
      ms,
      true,
      [...paramSources, ...sourcesOf(cpuGflopsPerVcpu, fig(optimisation, 'latencyFactor'))],
      () =>
        `${round(ms, 1)} ms = ${flopsPerWeightPerToken.value} × ${params} M encoder weights × ${round(tokens)} tokens = ${round(gflop, 1)} GFLOP ÷ (${vcpus} vCPU × ${cpuGflopsPerVcpu.value} GFLOP/s)${factor !== 1 ? ` × ${factor} (${optimisation.label})` : ''}${translate !== 1 ? ` × ${translate} (translation first)` : ''} + ${requestOverheadMs.value} ms per request; estimate`,
    ),
  };
};

/**
 * For a transformer: the share (%) of a long message (the latency option's p99 length in English tokens ×
 * the highest fertility among the chosen languages) past the model's maximum sequence length, which the
 * tokenizer drops; 0 when it fits.
 */
function longMessageCut(context: MetricContext, chosen: SimulatorData['languages'], maxTokens: number) {
  const p99 = fig(context.pick('latency'), 'p99Tokens');
  if (!p99 || !Number.isFinite(maxTokens)) return {};
  const worst = chosen.reduce((a, b) => (b.fertility.value > a.fertility.value ? b : a));
  const tokens = p99.value * worst.fertility.value;
  const pct = Math.max(0, 100 * (1 - maxTokens / tokens));
  return {
    longMessageCutPct: metric(
      pct,
      true,
      sourcesOf(p99, worst.fertility),
      () =>
        `${round(pct)} % = 1 − the model's ${maxTokens} tokens ÷ ${round(tokens)} tokens of a long message (${p99.value} English tokens at the 99th percentile × ${worst.code} fertility ${worst.fertility.value})${pct === 0 ? ': it fits' : ''}; estimate`,
    ),
  };
}

/**
 * Peak requests/s, replicas at peak and the p95 latency with queueing. A real-time service is an M/M/c
 * queue (Erlang C) sized to the smallest replica count whose p95 meets the budget; a nightly batch needs
 * the replicas that finish in the window, and reports how long one run (or one fanned-out chunk) takes
 * and the share of the window it fills (a batch-job script without fan-out is one worker).
 */
export const peakLoad: MetricGroup = (context, earlier) => {
  const { pick, kind, has, platform } = context;
  const traffic = pick('traffic');
  const latency = pick('latency');
  const serviceMs = earlier.latencyMs?.value;
  if (!traffic || !latency || serviceMs === undefined || !platform) return {};
  const perDay = num(traffic, 'messagesPerDay');
  const concurrency = instanceConcurrency(context);
  const serviceS = serviceMs / 1000 / concurrency;
  if (kind('latency') === 'batch') {
    const windowS = num(latency, 'windowH') * 3600;
    const runS = perDay * serviceS;
    const replicas = Math.max(1, Math.ceil(runS / windowS));
    const fanOut = has('fan-out');
    // Chunks of up to 1,000 messages, smaller where the platform stops a call sooner: each takes at most
    // half the timeout.
    const timeoutS = platform.limits.timeoutS?.value ?? Infinity;
    const chunk = Math.max(1, Math.min(batchChunk.value, Math.floor((0.5 * timeoutS) / serviceS)));
    // A batch-job script is one process: without fan-out it classifies the night's messages one by one.
    const workers = kind('service') === 'batch-job' && !fanOut ? 1 : replicas;
    const invocationS = fanOut ? Math.min(runS, chunk * serviceS) : runS / workers;
    const windowPct = (100 * runS) / workers / windowS;
    return {
      peakRps: metric(
        perDay / windowS,
        true,
        [],
        () =>
          `${round(perDay / windowS, 2)} /s = ${perDay.toLocaleString('en-US')} messages ÷ the ${num(latency, 'windowH')} h window`,
      ),
      replicasAtPeak: metric(
        replicas,
        true,
        [],
        () => `${replicas} = ${round(runS / 3600, 1)} h of work ÷ ${num(latency, 'windowH')} h window, rounded up`,
      ),
      batchRunS: metric(invocationS, true, [], () =>
        fanOut
          ? `${round(invocationS)} s = ${chunk.toLocaleString('en-US')} messages per invocation × ${round(serviceMs)} ms${chunk < batchChunk.value ? ` (chunks sized to half the ${timeoutS} s timeout)` : ''}`
          : `${round(invocationS)} s = ${perDay.toLocaleString('en-US')} messages × ${round(serviceMs)} ms${workers > 1 ? ` ÷ ${workers} workers` : ''} in one run`,
      ),
      batchWindowPct: metric(
        windowPct,
        true,
        [],
        () =>
          `${round(windowPct)} % = ${round(runS / 3600, 1)} h of work${workers > 1 ? ` ÷ ${workers} workers in parallel` : ' in one process'} ÷ the ${num(latency, 'windowH')} h window`,
      ),
    };
  }
  const peakToAverage = num(traffic, 'peakToAverage', 1);
  const peak = (perDay / 86_400) * peakToAverage;
  const budgetS = num(latency, 'p95BudgetMs') / 1000;
  // One request slot per server of the queue; an instance holds `concurrency` slots.
  const sized = serversFor(peak, serviceMs / 1000, budgetS, targetUtilisation.value);
  const replicas = Math.ceil(sized.servers / concurrency);
  // The instances hold more slots than the sizing needed (a GPU batch, an API client): queue on all of them.
  const slots = replicas * concurrency;
  const p95Ms =
    (slots === sized.servers ? sized.p95S : serviceMs / 1000 + waitQuantile(slots, peak, 1000 / serviceMs, 0.95)) *
    1000;
  const sources = [CITED_IN_CODE.erlangC];
  return {
    peakRps: metric(
      peak,
      true,
      sourcesOf(fig(traffic, 'peakToAverage')),
      () =>
        `${round(peak, 1)} /s = ${perDay.toLocaleString('en-US')} messages ÷ 86,400 s × peak-to-average ${peakToAverage}`,
    ),
    replicasAtPeak: metric(replicas, true, sources, () =>
      sized.meets
        ? `${replicas} = the fewest instances whose p95 meets ${round(budgetS * 1000)} ms at ${round(peak, 1)} requests/s, each serving ${concurrency === 1 ? 'one request at a time' : `${concurrency} at once`} in ${round(serviceMs)} ms (M/M/c, Erlang C)`
        : `${replicas} = ${round(peak, 1)} requests/s × ${round(serviceMs)} ms ÷ ${targetUtilisation.value} utilisation${concurrency > 1 ? ` ÷ ${concurrency} per instance` : ''}: no count meets ${round(budgetS * 1000)} ms, as one request alone takes ${round(serviceMs)} ms`,
    ),
    p95LatencyMs: metric(
      p95Ms,
      true,
      sources,
      () =>
        `${round(p95Ms)} ms = ${round(serviceMs)} ms per request + ${round(p95Ms - serviceMs)} ms p95 wait in the queue with ${replicas} instance(s) at ${round(peak, 1)} requests/s (M/M/c: P(wait > t) = C·e^(−(cμ−λ)t)); estimate`,
    ),
    sloHeadroomPct: metric(
      100 * (1 - p95Ms / (budgetS * 1000)),
      true,
      sources,
      () =>
        `${round(100 * (1 - p95Ms / (budgetS * 1000)))} % = 1 − p95 ${round(p95Ms)} ms ÷ budget ${round(budgetS * 1000)} ms`,
    ),
    ...apiRateLimit(context, peak),
    ...concurrencyHeadroom(context, peak, serviceMs, budgetS * 1000, 100 * (1 - p95Ms / (budgetS * 1000))),
  };
};

/**
 * For a transformer on CPU, on a platform that sends several requests to one instance unless configured
 * (Cloud Run: 80), the headroom under the p95 budget (%) while that default stands. Each request then goes
 * straight into an instance and waits there behind the requests already in it — one M/M/1 queue per
 * instance instead of the shared queue the sizing above assumes — and the platform keeps the instances it
 * needs for its CPU target, not for the budget. With one request per instance it is the headroom above.
 */
function concurrencyHeadroom(
  context: MetricContext,
  peak: number,
  serviceMs: number,
  budgetMs: number,
  headroomPct: number,
) {
  const { platform } = context;
  const limit = platform?.defaultConcurrency;
  if (!limit || context.kind('model') !== 'transformer' || onGpu(context)) return {};
  if (context.has('concurrency-capped'))
    return {
      concurrencyHeadroomPct: metric(
        headroomPct,
        true,
        [],
        () => `${round(headroomPct)} % = the headroom above: maximum concurrency set to one request per instance`,
      ),
    };
  const load = (peak * serviceMs) / 1000;
  const instances = Math.max(1, Math.ceil(load / cpuScalingTarget.value));
  const spare = 1000 / serviceMs - peak / instances;
  // M/M/1 response time: P(T > t) = e^(−(μ − λ)t), so the p95 is ln 20 / (μ − λ).
  const p95Ms = (1000 * Math.log(20)) / spare;
  const pct = 100 * (1 - p95Ms / budgetMs);
  return {
    concurrencyHeadroomPct: metric(
      pct,
      true,
      [...sourcesOf(limit, cpuScalingTarget), CITED_IN_CODE.erlangC],
      () =>
        `${round(pct)} % = 1 − p95 ${round(p95Ms)} ms ÷ budget ${round(budgetMs)} ms, with ${platform!.label}'s default of up to ${limit.value} requests per instance: ${instances} instance(s) for ${round(peak, 1)} requests/s × ${round(serviceMs)} ms at its ${cpuScalingTarget.value * 100} % CPU target, each its own queue (M/M/1: p95 = ln 20 ÷ (μ − λ) = 3.0 ÷ (${round(1000 / serviceMs, 1)} − ${round(peak / instances, 1)}) s); estimate`,
    ),
  };
}

/** For a hosted LLM: the peak's requests a minute against the provider's rate limit (%). */
function apiRateLimit(context: MetricContext, peak: number) {
  const model = context.pick('model');
  const limit = fig(model, 'requestsPerMinute');
  if (context.kind('model') !== 'llm-api' || !limit) return {};
  const pct = (100 * peak * 60) / limit.value;
  return {
    apiRateLimitPct: metric(
      pct,
      true,
      sourcesOf(limit),
      () =>
        `${round(pct)} % = ${round(peak, 1)} requests/s × 60 = ${round(peak * 60)} a minute ÷ the ${limit.value.toLocaleString('en-US')} a minute the API allows (${limit.note ?? 'usage tier'})`,
    ),
  };
}

/** Lambda sizes CPU by memory: the memory to configure so the instance has its vCPUs (MB). */
export const lambdaMemoryMB = (context: MetricContext, neededMB: number) =>
  Math.max(neededMB, instanceVcpus(context) * lambdaMBPerVcpu.value);
