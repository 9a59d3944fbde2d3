import { ASSUMPTIONS, HOURS_PER_MONTH } from './assumptions';
import type { LanguageQuality, MetricValue } from './metrics/types';
import { round } from './metrics/context';
import { formatMetric } from './report';
import type { MetricId, OptimisationStep } from './vocabulary';

/*
 * How each metric was derived, in words and numbers. The metric groups (metrics/*.ts) record which
 * derivation applies and the numbers it reads; the words live here, apart, because a reader asks for them
 * one metric at a time: the page loads this module only when a "How it is derived" block opens.
 */

const {
  cpuGflopsPerVcpu,
  flopsPerWeightPerToken,
  requestOverheadMs,
  targetUtilisation,
  batchChunk,
  gpuEfficiency,
  gpuPassFloorMs,
  cpuScalingTarget,
  fetchMBps,
  loadMBps,
  residentRuntimeShare,
  weightsMemoryFactor,
} = ASSUMPTIONS;

/** Megabytes for people: "711 MB", "1.49 GB". */
const mb = (n: number) => (n >= 1000 ? `${round(n / 1000, 2)} GB` : `${round(n, n < 10 ? 1 : 0)} MB`);
const usd = (n: number) => `$${n < 10 ? n.toFixed(2) : Math.round(n).toLocaleString('en-US')}`;
const count = (n: number) => n.toLocaleString('en-US');
const translation = (factor: number) => (factor !== 1 ? ` × ${factor} (translation first)` : '');

/** What each optimisation step does to the weights, in words (the bytes are in metrics/size.ts). */
const STEP_SAYS: Record<Exclude<OptimisationStep, 'vocab-trim'>, string> = {
  distillation: 'a half-depth student (body × 0.5)',
  onnx: 'ONNX keeps the fp32 weights',
  'int8-linear': 'Linear layers in int8 (body ÷ 4), embeddings still fp32',
  'int8-all': 'MatMul and Gather in int8: body and embeddings ÷ 4',
  fp16: 'every weight in fp16 (÷ 2)',
};

/** Why an instance that scales to zero is up as many hours as it is (metrics/cost.ts idleUpHours). */
const upTime = (v: { hours: number; warm: number; busyH: number; idleS: number }) =>
  v.warm && v.warm * HOURS_PER_MONTH >= v.hours
    ? `${v.warm} instance(s) kept warm all month`
    : v.hours <= v.busyH
      ? `${round(v.busyH, 1)} busy hours, scaled to zero when idle`
      : v.idleS
        ? `${round(v.busyH, 1)} busy hours, but up ${round((100 * v.hours) / HOURS_PER_MONTH)} % of the month: it stops only after ${round(v.idleS / 60)} min without a request`
        : `${round(v.hours, 1)} hours up`;

/** Requests billed in a month: messages, or a nightly batch's invocations. */
const requestCount = (v: { requests: number; invocations: boolean }) =>
  v.invocations
    ? `${count(v.requests)} invocations (a nightly batch is billed per invocation, not per message)`
    : `${round(v.requests / 1e6, 2)} M requests`;

/** How each platform bill was reached (metrics/cost.ts), by billing model. */
const BILLS = {
  gpu: (v: {
    hours: number;
    rate: number;
    scales: boolean;
    warm: number;
    busyH: number;
    idleS: number;
    alwaysOn: number;
    headroom: number;
    replicas: number;
    controlPlane: number;
  }) =>
    `${round(v.hours, 1).toLocaleString('en-US')} GPU instance-hours × $${v.rate}/h (${v.scales ? upTime(v) : `${v.alwaysOn} instance(s) always on${v.headroom !== 1 ? ` (${v.replicas} at peak × ${v.headroom} headroom)` : ''} × ${HOURS_PER_MONTH} h`})${v.controlPlane ? ` + control plane ${usd(v.controlPlane)}` : ''}`,
  'per-request': (v: {
    requests: number;
    invocations: boolean;
    coldStarts: number;
    requestRate: number;
    busyS: number;
    gb: number;
    vcpusForMemory?: number;
    perGBs: number;
    onProvisioned: number;
    durationRate: number;
    init: number;
    coldS: number;
    warm: number;
    keepWarm: number;
  }) =>
    `${requestCount(v)} × $${v.requestRate}/M + ${count(round(v.busyS))} s × ${round(v.gb, 2)} GB${v.vcpusForMemory ? ` (${v.vcpusForMemory} vCPU need ${round(v.gb * 1024)} MB)` : ''} × $${v.perGBs}/GB-s${v.onProvisioned ? ` (${round(v.onProvisioned * 100)} % at the provisioned rate $${v.durationRate})` : ''}${v.init ? ` + INIT ${usd(v.init)} (${v.invocations ? `every invocation starts cold: ${count(round(v.coldStarts))}` : `1 % of requests start cold: ${count(round(v.coldStarts))}`} × ${round(v.coldS, 1)} s, billed since Aug 2025)` : ''}${v.warm ? ` + ${v.warm} provisioned environment(s) ${usd(v.keepWarm)}` : ''}`,
  'busy-vcpu': (v: {
    instanceS: number;
    vcpus: number;
    vcpuRate: number;
    gib: number;
    gibRate: number;
    requests: number;
    invocations: boolean;
    requestRate: number;
    warm: number;
    keepWarm: number;
  }) =>
    `${count(round(v.instanceS))} busy instance-s × (${v.vcpus} vCPU × $${v.vcpuRate} + ${round(v.gib, 2)} GiB × $${v.gibRate}) + ${requestCount(v)} × $${v.requestRate}/M${v.warm ? ` + ${v.warm} minimum instance(s) all month at the instance-based rate ${usd(v.keepWarm)}` : ''}`,
  'scale-to-zero': (v: {
    instanceH: number;
    warm: number;
    busyH: number;
    idleS: number;
    vcpus: number;
    rate: number;
  }) =>
    `${round(v.instanceH, 1)} instance-hours (${upTime({ ...v, hours: v.instanceH })}) × ${v.vcpus} vCPU × $${v.rate}/vCPU-h`,
  'always-on': (v: {
    total: number;
    replicas: number;
    headroom: number;
    vcpus: number;
    minVcpus: number;
    rate: number;
    controlPlane: number;
  }) =>
    `${v.total} vCPU always on (${v.replicas} replica(s) at peak${v.headroom !== 1 ? ` × ${v.headroom} headroom` : ''} × ${v.vcpus} vCPU, at least ${v.minVcpus} per service) × ${HOURS_PER_MONTH} h × $${v.rate}/vCPU-h${v.controlPlane ? ` + control plane ${usd(v.controlPlane)}` : ''}`,
  flat: (v: { usd: number; note?: string }) => `${usd(v.usd)} flat (${v.note ?? ''})`,
};

/** A platform bill's derivation: its billing model and the numbers it read. */
export type BillDerivation = {
  [K in keyof typeof BILLS]: { kind: K } & Parameters<(typeof BILLS)[K]>[0];
}[keyof typeof BILLS];

/** How a hosted LLM's API fees were reached. */
export interface ApiDerivation {
  usd: number;
  requests: number;
  prompt: number;
  cached: boolean;
  promptRate: number;
  message: number;
  inRate: number;
  output: number;
  outRate: number;
  discount: number;
  translate: number;
}

const apiHow = (v: ApiDerivation) =>
  `API ${usd(v.usd)} = ${round(v.requests / 1e6, 2)} M requests × (${v.prompt} prompt tokens${v.cached ? ' (cached)' : ' (too short to cache)'} × $${v.promptRate} + ${round(v.message)} message tokens × $${v.inRate} + ${v.output} output tokens × $${v.outRate}) per 1M${v.discount ? ` × ${1 - v.discount} (Batch API)` : ''}${v.translate !== 1 ? ` × ${v.translate} for translation` : ''}`;

const languageList = (perLanguage: readonly LanguageQuality[]) =>
  perLanguage.map((l) => `${l.code} ${l.quality === null ? '—' : round(l.quality, 1)}`).join(', ');

/** Every derivation by key ("<metric>" or "<metric>.<case>"), from the numbers its metric group recorded. */
const DERIVATIONS = {
  // metrics/size.ts
  'modelMB.asTrained': (v: { label: string }) => `${v.label} as trained (not optimisable)`,
  'sizeSavingPct.none': (_: object) => 'nothing to optimise',
  modelMB: (v: {
    embeddings: number;
    body: number;
    weights: number;
    steps: readonly OptimisationStep[];
    keptShare: number;
    languages: number;
  }) =>
    v.steps.length === 0
      ? `fp32 weights as trained`
      : `embeddings ${mb(v.embeddings)} + encoder ${mb(v.body)} after ${v.steps
          .map((step) =>
            step === 'vocab-trim'
              ? `${round(v.keptShare * 100)} % of the embedding rows kept for ${v.languages} language(s)`
              : STEP_SAYS[step],
          )
          .join(', then ')}; fp32 was ${mb(v.weights)}`,
  sizeSavingPct: (v: { modelMB: number; weights: number }) => `1 − ${mb(v.modelMB)} ÷ ${mb(v.weights)}`,

  // metrics/services.ts
  modelsToRun: (v: { perLanguage: boolean; translateFirst: boolean }) =>
    v.perLanguage ? `one model per language` : v.translateFirst ? 'translation + classifier' : 'one for all languages',
  servicesToRun: (v: { perLanguage: boolean; many: boolean; count: number; translateFirst: boolean }) =>
    `${v.perLanguage && !v.many ? 'one service per language' : v.many && v.perLanguage ? `one model server for ${v.count} models` : 'one service'}${v.translateFirst ? ' + translation' : ''}`,

  // metrics/footprint.ts
  runtimeMB: (v: { label: string; note?: string }) => `${v.label} stack${v.note ? ` (${v.note})` : ''}`,
  packageMB: (v: {
    base: number;
    runtimeMB: number;
    inPackage: number;
    modelMB: number;
    perProcess: number;
    downloaded: boolean;
  }) =>
    `${v.base ? `base image ${mb(v.base)} + ` : ''}runtime ${mb(v.runtimeMB)}${v.inPackage ? ` + model ${mb(v.modelMB)}${v.perProcess > 1 ? ` × ${v.perProcess} models` : ''}` : v.downloaded ? ' (the model is downloaded at start, not in the image)' : ''}`,
  memoryMB: (v: { processBase: number; runtimeMB: number; weights: number; fileCopy: number }) =>
    `${v.processBase ? `Python process ${mb(v.processBase)} + ` : ''}resident runtime ${mb(v.runtimeMB * residentRuntimeShare.value)} + weights ${mb(v.weights)} × ${weightsMemoryFactor.value}${v.fileCopy ? ` + ${mb(v.fileCopy)} of downloaded files held in RAM` : ''} (estimates)`,
  coldStartS: (v: {
    start: number;
    packageMB: number;
    share: number;
    fileCopy: number;
    fetch: number;
    importS: number;
    weights: number;
    load: number;
  }) =>
    `platform start ${v.start} s + fetch ${mb(v.packageMB * v.share + v.fileCopy)}${v.share < 1 && v.share > 0 ? ` (${v.share * 100} % of the image, read lazily)` : ''}${v.fileCopy ? ' incl. the model download' : ''} at ${fetchMBps.value} MB/s ${round(v.fetch, 1)} s + imports ${v.importS} s + reading ${mb(v.weights)} of weights at ${loadMBps.value} MB/s ${round(v.load, 1)} s; estimate`,

  // metrics/load.ts
  tokensPerRequest: (v: {
    tokens: number;
    english: number;
    fertility: number;
    languages: readonly { code: string; fertility: { value: number } }[];
    maxTokens: number;
  }) =>
    `${v.english} English tokens per message × mean fertility ${round(v.fertility, 2)} over ${v.languages.map((l) => `${l.code} ${l.fertility.value}`).join(', ')}${v.tokens === v.maxTokens ? ` (cut at the model's ${v.maxTokens})` : ''}; estimate`,
  longMessageCutPct: (v: {
    pct: number;
    maxTokens: number;
    tokens: number;
    p99: number;
    code: string;
    fertility: number;
  }) =>
    `1 − the model's ${v.maxTokens} tokens ÷ ${round(v.tokens)} tokens of a long message (${v.p99} English tokens at the 99th percentile × ${v.code} fertility ${v.fertility})${v.pct === 0 ? ': it fits' : ''}; estimate`,
  'latencyMs.model': (v: { label: string; modelMs: number; translate: number }) =>
    `${v.label} ${v.modelMs} ms per request${translation(v.translate)}; estimate`,
  'latencyMs.gpu': (v: {
    batch: number;
    params: number;
    tokens: number;
    gflop: number;
    half: boolean;
    peak: number;
    translate: number;
  }) =>
    `one forward pass of ${v.batch === 1 ? 'one request' : `a full batch of ${v.batch}`}: ${gpuPassFloorMs.value} ms floor (kernel launches) + ${v.batch} × ${flopsPerWeightPerToken.value} × ${v.params} M encoder weights × ${round(v.tokens)} tokens = ${round(v.gflop, 1)} GFLOP each ÷ (L4 ${v.half ? 'fp16 tensor' : 'fp32'} peak ${v.peak} TFLOP/s × ${gpuEfficiency.value} efficiency)${translation(v.translate)} + ${requestOverheadMs.value} ms per request; estimate`,
  'latencyMs.cpu': (v: {
    params: number;
    tokens: number;
    gflop: number;
    vcpus: number;
    factor: number;
    label: string;
    translate: number;
  }) =>
    `${flopsPerWeightPerToken.value} × ${v.params} M encoder weights × ${round(v.tokens)} tokens = ${round(v.gflop, 1)} GFLOP ÷ (${v.vcpus} vCPU × ${cpuGflopsPerVcpu.value} GFLOP/s)${v.factor !== 1 ? ` × ${v.factor} (${v.label})` : ''}${translation(v.translate)} + ${requestOverheadMs.value} ms per request; estimate`,
  'peakRps.batch': (v: { perDay: number; windowH: number }) =>
    `${count(v.perDay)} messages ÷ the ${v.windowH} h window`,
  'replicasAtPeak.batch': (v: { runS: number; windowH: number }) =>
    `${round(v.runS / 3600, 1)} h of work ÷ ${v.windowH} h window, rounded up`,
  batchRunS: (v: {
    fanOut: boolean;
    chunk: number;
    serviceMs: number;
    timeoutS: number;
    perDay: number;
    runs: number;
  }) =>
    v.fanOut
      ? `${count(v.perDay)} messages ÷ ${count(v.runs)} invocations = ${count(round(v.perDay / v.runs))} messages per invocation (at most ${count(v.chunk)}${v.chunk < batchChunk.value ? `, sized to half the ${v.timeoutS} s timeout` : ''}) × ${round(v.serviceMs, 1)} ms`
      : `${count(v.perDay)} messages × ${round(v.serviceMs, 1)} ms${v.runs > 1 ? ` ÷ ${v.runs} workers` : ''} in one run`,
  batchWindowPct: (v: { runS: number; invocations: boolean; parallel: number; windowH: number }) =>
    `${round(v.runS / 3600, 1)} h of work${v.parallel > 1 ? ` ÷ ${v.parallel} ${v.invocations ? 'invocations' : 'workers'} in parallel` : ' in one process'} ÷ the ${v.windowH} h window`,
  peakRps: (v: { peak: number; perDay: number; peakToAverage: number }) =>
    `${count(v.perDay)} messages ÷ 86,400 s × peak-to-average ${v.peakToAverage}`,
  replicasAtPeak: (v: { meets: boolean; budgetMs: number; peak: number; concurrency: number; serviceMs: number }) =>
    v.meets
      ? `the fewest instances whose p95 meets ${round(v.budgetMs)} ms at ${round(v.peak, 1)} requests/s, each serving ${v.concurrency === 1 ? 'one request at a time' : `${v.concurrency} at once`} in ${round(v.serviceMs)} ms (M/M/c, Erlang C)`
      : `${round(v.peak, 1)} requests/s × ${round(v.serviceMs)} ms ÷ ${targetUtilisation.value} utilisation${v.concurrency > 1 ? ` ÷ ${v.concurrency} per instance` : ''}: no count meets ${round(v.budgetMs)} ms, as one request alone takes ${round(v.serviceMs)} ms`,
  p95LatencyMs: (v: { p95Ms: number; serviceMs: number; replicas: number; peak: number }) =>
    `${round(v.serviceMs, 1)} ms per request + ${round(round(v.p95Ms, 1) - round(v.serviceMs, 1), 1)} ms p95 wait in the queue with ${v.replicas} instance(s) at ${round(v.peak, 1)} requests/s (M/M/c: P(wait > t) = C·e^(−(cμ−λ)t), with the compute time taken as fixed); estimate`,
  sloHeadroomPct: (v: { p95Ms: number; budgetMs: number }) =>
    `1 − p95 ${round(v.p95Ms)} ms ÷ budget ${round(v.budgetMs)} ms`,
  'concurrencyHeadroomPct.capped': (_: object) =>
    `the headroom above: maximum concurrency set to one request per instance`,
  concurrencyHeadroomPct: (v: {
    p95Ms: number;
    budgetMs: number;
    platform: string;
    limit: number;
    instances: number;
    peak: number;
    serviceMs: number;
  }) =>
    `1 − p95 ${round(v.p95Ms)} ms ÷ budget ${round(v.budgetMs)} ms, with ${v.platform}'s default of up to ${v.limit} requests per instance: ${v.instances} instance(s) for ${round(v.peak, 1)} requests/s × ${round(v.serviceMs)} ms at its ${cpuScalingTarget.value * 100} % CPU target, each its own queue: p95 = ${round(v.serviceMs, 1)} ms + the p95 wait of M/M/1 at ${round(v.peak / v.instances, 1)} requests/s per instance; estimate`,
  apiRateLimitPct: (v: { peak: number; limit: number; note?: string }) =>
    `${round(v.peak, 1)} requests/s × 60 = ${round(v.peak * 60)} a minute ÷ the ${count(v.limit)} a minute the API allows (${v.note ?? 'usage tier'})`,

  // metrics/cost.ts
  monthlyCostUSD: (v: { bill: BillDerivation; api?: ApiDerivation }) =>
    `${(BILLS[v.bill.kind] as (bill: BillDerivation) => string)(v.bill)}${v.api ? ` + ${apiHow(v.api)}` : ''}; estimate`,

  // metrics/ops.ts
  opsHoursPerMonth: (v: { perService: number; services: number; template: number; watch: number }) =>
    `${v.perService} h × ${v.services} service(s)${v.template !== 1 ? ` × ${v.template} (shared template)` : ''} + monitoring ${v.watch} h; judgement`,

  // metrics/quality.ts
  languagesCovered: (v: { covered: number; perLanguage: readonly LanguageQuality[] }) =>
    `${v.covered} of ${v.perLanguage.length} languages have a model: ${languageList(v.perLanguage)}`,
  languagesUncovered: (v: { uncovered: readonly LanguageQuality[] }) =>
    `${v.uncovered.map((l) => l.name).join(', ') || 'none'}${v.uncovered[0] ? ` (${v.uncovered[0].basis})` : ''}`,
  qualityWorstPct: (v: { language?: LanguageQuality }) =>
    v.language ? `${v.language.name}, ${v.language.basis}; illustrative` : 'no language covered',
  qualityGapPts: (v: { best: number; worst: number; perLanguage: readonly LanguageQuality[] }) =>
    `best ${round(v.best, 1)} − weakest ${round(v.worst, 1)} (${languageList(v.perLanguage)}); illustrative`,
};

export type DerivationKey = keyof typeof DERIVATIONS;
/** The numbers a derivation reads. */
export type DerivationVars<K extends DerivationKey> = Parameters<(typeof DERIVATIONS)[K]>[0];
/** Which derivation a metric value takes, with the numbers its group computed. */
export type Derivation = { [K in DerivationKey]: { key: K; vars: DerivationVars<K> } }[DerivationKey];

/**
 * A metric's derivation in words and numbers, led by its value exactly as the panel shows it, so the two
 * never round differently: "1.49 GB = runtime 780 MB + model 711 MB".
 */
export function describeDerivation(id: MetricId, metric: MetricValue): string {
  const { key, vars } = metric.derivation;
  const how = (DERIVATIONS[key] as (vars: DerivationVars<typeof key>) => string)(vars);
  return `${formatMetric(id, metric.value)} = ${how}`;
}
