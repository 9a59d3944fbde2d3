import type { DecisionId, MetricId, MitigationId } from './vocabulary';

const SIZE_INPUTS: DecisionId[] = ['languages', 'strategy', 'model', 'optimisation', 'service', 'platform'];
const LOAD_INPUTS: DecisionId[] = [
  'traffic',
  'latency',
  'languages',
  'strategy',
  'model',
  'optimisation',
  'platform',
  'hardware',
  'service',
];
const QUALITY_INPUTS: DecisionId[] = ['languages', 'labelled-data', 'strategy', 'model', 'optimisation'];

/**
 * The decisions each metric needs before it is known (computeMetrics leaves it out until then). The
 * exhaustive checks use this to know which decisions a pitfall can depend on.
 */
export const METRIC_INPUTS: Record<MetricId, DecisionId[]> = {
  modelMB: ['languages', 'model', 'optimisation'],
  sizeSavingPct: ['languages', 'model', 'optimisation'],
  runtimeMB: ['model', 'optimisation', 'service'],
  packageMB: SIZE_INPUTS,
  memoryMB: SIZE_INPUTS,
  coldStartS: SIZE_INPUTS,
  tokensPerRequest: ['languages', 'strategy', 'model', 'optimisation'],
  longMessageCutPct: ['latency', 'languages', 'strategy', 'model', 'optimisation'],
  latencyMs: ['latency', 'languages', 'strategy', 'model', 'optimisation', 'hardware'],
  peakRps: LOAD_INPUTS,
  replicasAtPeak: LOAD_INPUTS,
  p95LatencyMs: LOAD_INPUTS,
  sloHeadroomPct: LOAD_INPUTS,
  concurrencyHeadroomPct: LOAD_INPUTS,
  apiRateLimitPct: LOAD_INPUTS,
  batchRunS: LOAD_INPUTS,
  batchWindowPct: LOAD_INPUTS,
  monthlyCostUSD: ['traffic', 'latency', 'hardware', ...SIZE_INPUTS],
  modelsToRun: ['languages', 'strategy'],
  servicesToRun: ['languages', 'strategy', 'service'],
  opsHoursPerMonth: ['languages', 'strategy', 'service', 'platform', 'monitoring'],
  languagesCovered: QUALITY_INPUTS,
  languagesUncovered: QUALITY_INPUTS,
  qualityWorstPct: QUALITY_INPUTS,
  qualityGapPts: QUALITY_INPUTS,
};

/**
 * The metrics each mitigation can move (metrics/*.ts read them through `has`). The exhaustive checks use
 * it to know which pitfalls a mitigation detour can change; a unit test checks it against the model.
 */
export const MITIGATION_METRICS: Record<MitigationId, MetricId[]> = {
  'warm-instance': ['monthlyCostUSD'],
  'warm-at-peak': ['monthlyCostUSD'],
  'model-in-image': ['packageMB', 'memoryMB', 'coldStartS', 'monthlyCostUSD'],
  'deployment-template': ['opsHoursPerMonth'],
  'fan-out': ['batchRunS', 'batchWindowPct', 'monthlyCostUSD'],
  'model-in-config': [],
  'concurrency-capped': ['concurrencyHeadroomPct'],
  'chunk-long-messages': [],
  'head-tail-truncation': [],
};
