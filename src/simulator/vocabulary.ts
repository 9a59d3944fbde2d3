/** The names the consequence model understands. Data may only refer to these; validate-data.ts enforces it. */

/** Decisions in journey order; the consequence model reads each of them by id. */
export const DECISION_IDS = [
  'languages',
  'traffic',
  'latency',
  'residency',
  'labelled-data',
  'strategy',
  'model',
  'optimisation',
  'service',
  'platform',
  'hardware',
  'monitoring',
] as const;
export type DecisionId = (typeof DECISION_IDS)[number];

/**
 * The kind of each option of the decisions the consequence model branches on. Every option of these
 * decisions carries one (validate-data.ts checks it), and the model branches on kinds, never on option ids,
 * so renaming an option cannot change a number.
 */
export const OPTION_KINDS = {
  latency: ['realtime', 'batch'],
  strategy: ['per-language', 'multilingual', 'translate-first', 'zero-shot'],
  model: ['rules', 'classic', 'transformer', 'llm-api'],
  optimisation: ['none', 'distillation', 'vocab-trim', 'onnx', 'int8-linear', 'int8-all', 'fp16'],
  service: ['plain', 'torch-cuda', 'torch-cpu', 'onnx-runtime', 'tei', 'model-server', 'batch-job'],
  hardware: ['cpu', 'gpu-batched', 'gpu-unbatched'],
} as const satisfies Partial<Record<DecisionId, readonly string[]>>;
export type KindedDecision = keyof typeof OPTION_KINDS;
export type OptionKind<D extends KindedDecision = KindedDecision> = (typeof OPTION_KINDS)[D][number];

/** Optimisation steps in the order a team applies them; an option's `steps` keep this order. */
export const OPTIMISATION_STEPS = ['distillation', 'vocab-trim', 'onnx', 'int8-linear', 'int8-all', 'fp16'] as const;
export type OptimisationStep = (typeof OPTIMISATION_STEPS)[number];

/** What a model needs installed to run: torch for a transformer checkpoint, nothing heavy otherwise. */
export const FRAMEWORKS = ['torch', 'none'] as const;

/**
 * Option flags the data may use. Code reads "example" (the example journey), "distilled" (a model that is
 * already a distilled student: no second distillation) and "retrains" (monitoring that retrains the model,
 * which a hosted LLM cannot be).
 */
export const OPTION_FLAGS = ['example', 'multilingual', 'distilled', 'retrains'] as const;

/** Figures every option of a decision must carry (only those the model reads). */
export const REQUIRED_FIGURES: Partial<Record<DecisionId, string[]>> = {
  languages: ['languages'],
  traffic: ['messagesPerDay', 'peakToAverage'],
  latency: ['p99Tokens'],
  'labelled-data': ['languagesWithData'],
  model: ['weightsMB', 'quality'],
  optimisation: ['latencyFactor', 'qualityDelta'],
  service: ['runtimeMB', 'importS'],
  hardware: ['vcpus'],
  monitoring: ['opsHours'],
};

/** What the view shows for each metric; the decisions behind each live in metric-inputs.ts. */
export const METRICS = {
  modelMB: { label: 'Model artifact', unit: 'MB' },
  sizeSavingPct: { label: 'Size saved by optimisation', unit: '%' },
  runtimeMB: { label: 'Runtime footprint', unit: 'MB' },
  packageMB: { label: 'Package / image', unit: 'MB' },
  memoryMB: { label: 'Memory needed', unit: 'MB' },
  coldStartS: { label: 'Cold start (estimate)', unit: 's' },
  tokensPerRequest: { label: 'Tokens per message', unit: 'tokens' },
  longMessageCutPct: { label: 'Long message beyond the model’s limit', unit: '%' },
  latencyMs: { label: 'Compute per request', unit: 'ms' },
  peakRps: { label: 'Requests at peak', unit: '/s' },
  replicasAtPeak: { label: 'Instances at peak', unit: '' },
  p95LatencyMs: { label: 'p95 latency at peak', unit: 'ms' },
  concurrencyHeadroomPct: { label: 'Headroom with requests queued per instance', unit: '%' },
  sloHeadroomPct: { label: 'Headroom under the p95 budget', unit: '%' },
  apiRateLimitPct: { label: 'Peak against the API rate limit', unit: '%' },
  batchRunS: { label: 'One batch run', unit: 's' },
  batchWindowPct: { label: 'Share of the nightly window', unit: '%' },
  monthlyCostUSD: { label: 'Monthly cost (estimate)', unit: 'USD' },
  modelsToRun: { label: 'Models to run', unit: '' },
  servicesToRun: { label: 'Services to operate', unit: '' },
  opsHoursPerMonth: { label: 'Ops effort (judgement)', unit: 'h/month' },
  languagesCovered: { label: 'Languages covered', unit: '' },
  languagesUncovered: { label: 'Languages without a working model', unit: '' },
  qualityWorstPct: { label: 'Weakest language (illustrative)', unit: '%' },
  qualityGapPts: { label: 'Gap best → weakest language', unit: 'pts' },
} as const satisfies Record<string, { label: string; unit: string }>;
export type MetricId = keyof typeof METRICS;
export const METRIC_IDS = Object.keys(METRICS) as MetricId[];

/** Platform flags conditions may test. */
export const PLATFORM_FLAGS = [
  'example',
  'scale-to-zero',
  'gpu',
  'cpu-only',
  'lambda',
  'cold-503',
  'downloads-into-ram',
] as const;

/** Mitigations whose effect the consequence model knows. */
export const MITIGATION_IDS = [
  'warm-instance',
  'warm-at-peak',
  'model-in-image',
  'deployment-template',
  'fan-out',
  'model-in-config',
  'concurrency-capped',
  'chunk-long-messages',
  'head-tail-truncation',
] as const;
export type MitigationId = (typeof MITIGATION_IDS)[number];
