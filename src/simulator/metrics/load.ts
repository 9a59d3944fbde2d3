import { ASSUMPTIONS, CITED_IN_CODE } from '../assumptions';
import { serversFor, waitQuantile } from '../queueing';
import type { SimulatorData } from '../schema';
import { fig, metric, num, sourcesOf, type MetricContext, type MetricGroup } from './context';

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
    tokensPerRequest: metric(tokens, true, sourcesOf(...chosen.map((l) => l.fertility)), 'tokensPerRequest', {
      tokens,
      english,
      fertility,
      languages: chosen,
      maxTokens,
    }),
    ...longMessageCut(context, chosen, maxTokens),
  };
  if (kind('model') !== 'transformer') {
    const ms = num(model, 'latencyMs') * translate;
    return {
      ...out,
      latencyMs: metric(ms, true, sourcesOf(fig(model, 'latencyMs')), 'latencyMs.model', {
        label: model.label,
        modelMs: num(model, 'latencyMs'),
        translate,
      }),
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
      latencyMs: metric(ms, true, [...paramSources, ...sourcesOf(peak, gpuBatchSize)], 'latencyMs.gpu', {
        batch,
        params,
        tokens,
        gflop,
        half,
        peak: peak.value,
        translate,
      }),
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
      'latencyMs.cpu',
      { params, tokens, gflop, vcpus, factor, label: optimisation.label, translate },
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
    longMessageCutPct: metric(pct, true, sourcesOf(p99, worst.fertility), 'longMessageCutPct', {
      pct,
      maxTokens,
      tokens,
      p99: p99.value,
      code: worst.code,
      fertility: worst.fertility.value,
    }),
  };
}

/**
 * How a nightly batch runs: the night's work (s), the workers that finish it in the window, and, with
 * fan-out, chunks of up to 1,000 messages (smaller where the platform stops a call sooner: each takes at
 * most half the timeout), all at once on a serverless platform, shared by the workers elsewhere. A
 * batch-job script without fan-out is one process. `invocationsPerNight` is what a per-request platform
 * bills as requests.
 */
export function nightlyBatch(context: MetricContext, perDay: number, serviceS: number) {
  const windowH = num(context.pick('latency'), 'windowH');
  const runS = perDay * serviceS;
  const replicas = Math.max(1, Math.ceil(runS / (windowH * 3600)));
  const fanOut = context.has('fan-out');
  const timeoutS = context.platform?.limits.timeoutS?.value ?? Infinity;
  const chunk = Math.max(1, Math.min(batchChunk.value, Math.floor((0.5 * timeoutS) / serviceS)));
  const workers = context.kind('service') === 'batch-job' && !fanOut ? 1 : replicas;
  const invocationsPerNight = fanOut ? Math.max(1, Math.ceil(perDay / chunk)) : workers;
  // A serverless platform runs every invocation at once; elsewhere the chunks share the workers.
  const kind = context.platform?.pricing.kind;
  const parallel = fanOut && (kind === 'per-request' || kind === 'busy-vcpu') ? invocationsPerNight : workers;
  // One invocation (the whole run per worker without fan-out) against the timeout; the night against the window.
  const invocationS = runS / (fanOut ? invocationsPerNight : workers);
  const windowPct = (100 * runS) / parallel / (windowH * 3600);
  return {
    windowH,
    runS,
    replicas,
    fanOut,
    chunk,
    timeoutS,
    workers,
    parallel,
    invocationsPerNight,
    invocationS,
    windowPct,
  };
}

/**
 * Peak requests/s, replicas at peak and the p95 latency with queueing. A real-time service is an M/M/c
 * queue (Erlang C) sized to the smallest replica count whose p95 meets the budget; a nightly batch needs
 * the replicas that finish in the window, and reports how long one run (or one fanned-out chunk) takes
 * and the share of the window the night's work fills (nightlyBatch).
 */
export const peakLoad: MetricGroup = (context, earlier) => {
  const { pick, kind, platform } = context;
  const traffic = pick('traffic');
  const latency = pick('latency');
  const serviceMs = earlier.latencyMs?.value;
  if (!traffic || !latency || serviceMs === undefined || !platform) return {};
  const perDay = num(traffic, 'messagesPerDay');
  const concurrency = instanceConcurrency(context);
  const serviceS = serviceMs / 1000 / concurrency;
  if (kind('latency') === 'batch') {
    const batch = nightlyBatch(context, perDay, serviceS);
    const { windowH, runS, fanOut, parallel } = batch;
    return {
      peakRps: metric(perDay / (windowH * 3600), true, [], 'peakRps.batch', { perDay, windowH }),
      replicasAtPeak: metric(batch.replicas, true, [], 'replicasAtPeak.batch', { runS, windowH }),
      batchRunS: metric(batch.invocationS, true, [], 'batchRunS', {
        fanOut,
        chunk: batch.chunk,
        serviceMs: serviceS * 1000,
        timeoutS: batch.timeoutS,
        perDay,
        runs: fanOut ? batch.invocationsPerNight : batch.workers,
      }),
      batchWindowPct: metric(batch.windowPct, true, [], 'batchWindowPct', {
        runS,
        invocations: parallel > batch.workers,
        parallel,
        windowH,
      }),
    };
  }
  const peakToAverage = num(traffic, 'peakToAverage', 1);
  const peak = (perDay / 86_400) * peakToAverage;
  const budgetMs = num(latency, 'p95BudgetMs');
  // One request slot per server of the queue; an instance holds `concurrency` slots.
  const sized = serversFor(peak, serviceMs / 1000, budgetMs / 1000, targetUtilisation.value);
  const replicas = Math.ceil(sized.servers / concurrency);
  // The instances hold more slots than the sizing needed (a GPU batch, an API client): queue on all of them.
  const slots = replicas * concurrency;
  const p95Ms =
    (slots === sized.servers ? sized.p95S : serviceMs / 1000 + waitQuantile(slots, peak, 1000 / serviceMs, 0.95)) *
    1000;
  const headroomPct = 100 * (1 - p95Ms / budgetMs);
  const sources = [CITED_IN_CODE.erlangC];
  return {
    peakRps: metric(peak, true, sourcesOf(fig(traffic, 'peakToAverage')), 'peakRps', {
      peak,
      perDay,
      peakToAverage,
    }),
    replicasAtPeak: metric(replicas, true, sources, 'replicasAtPeak', {
      meets: sized.meets,
      budgetMs,
      peak,
      concurrency,
      serviceMs,
    }),
    p95LatencyMs: metric(p95Ms, true, sources, 'p95LatencyMs', { p95Ms, serviceMs, replicas, peak }),
    sloHeadroomPct: metric(headroomPct, true, sources, 'sloHeadroomPct', { p95Ms, budgetMs }),
    ...apiRateLimit(context, peak),
    ...concurrencyHeadroom(context, peak, serviceMs, budgetMs, headroomPct),
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
      concurrencyHeadroomPct: metric(headroomPct, true, [], 'concurrencyHeadroomPct.capped', { pct: headroomPct }),
    };
  const load = (peak * serviceMs) / 1000;
  const instances = Math.max(1, Math.ceil(load / cpuScalingTarget.value));
  // Each instance is its own queue (c = 1), computed like the shared one: compute time + p95 wait.
  const p95Ms = serviceMs + 1000 * waitQuantile(1, peak / instances, 1000 / serviceMs, 0.95);
  const pct = 100 * (1 - p95Ms / budgetMs);
  return {
    concurrencyHeadroomPct: metric(
      pct,
      true,
      [...sourcesOf(limit, cpuScalingTarget), CITED_IN_CODE.erlangC],
      'concurrencyHeadroomPct',
      { p95Ms, budgetMs, platform: platform!.label, limit: limit.value, instances, peak, serviceMs },
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
    apiRateLimitPct: metric(pct, true, sourcesOf(limit), 'apiRateLimitPct', {
      peak,
      limit: limit.value,
      note: limit.note,
    }),
  };
}

/** Lambda sizes CPU by memory: the memory to configure so the instance has its vCPUs (MB). */
export const lambdaMemoryMB = (context: MetricContext, neededMB: number) =>
  Math.max(neededMB, instanceVcpus(context) * lambdaMBPerVcpu.value);
