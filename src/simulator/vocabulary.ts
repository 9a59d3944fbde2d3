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
  'monitoring',
] as const;
export type DecisionId = (typeof DECISION_IDS)[number];

/** Figures every option of a decision must carry (only those the model reads). */
export const REQUIRED_FIGURES: Partial<Record<DecisionId, string[]>> = {
  languages: ['languages'],
  traffic: ['requestsPerDay'],
  latency: ['budgetS'],
  'labelled-data': ['languagesWithData'],
  model: ['weightsMB', 'latencyMs', 'quality'],
  optimisation: ['latencyFactor', 'qualityDelta'],
  service: ['runtimeMB', 'importS'],
  monitoring: ['opsHours'],
};

export interface MetricInfo {
  label: string;
  unit: string;
  /** Decisions the metric needs before it is known; a condition on an unknown metric is not yet true. */
  inputs: DecisionId[];
}

const SIZE_INPUTS: DecisionId[] = ['languages', 'labelled-data', 'strategy', 'model', 'optimisation', 'service', 'platform'];
const QUALITY_INPUTS: DecisionId[] = ['languages', 'labelled-data', 'strategy', 'model', 'optimisation'];

export const METRICS = {
  modelMB: { label: 'Model artifact', unit: 'MB', inputs: ['languages', 'model', 'optimisation'] },
  sizeSavingPct: { label: 'Size saved by optimisation', unit: '%', inputs: ['languages', 'model', 'optimisation'] },
  runtimeMB: { label: 'Runtime footprint', unit: 'MB', inputs: ['model', 'service'] },
  packageMB: { label: 'Package / image', unit: 'MB', inputs: SIZE_INPUTS },
  memoryMB: { label: 'Memory needed', unit: 'MB', inputs: SIZE_INPUTS },
  coldStartS: { label: 'Cold start (estimate)', unit: 's', inputs: SIZE_INPUTS },
  latencyMs: { label: 'CPU latency per request', unit: 'ms', inputs: ['strategy', 'model', 'optimisation'] },
  monthlyCostUSD: {
    label: 'Monthly cost (estimate)',
    unit: 'USD',
    inputs: ['traffic', ...SIZE_INPUTS],
  },
  modelsToRun: { label: 'Models to run', unit: '', inputs: ['languages', 'strategy'] },
  servicesToRun: { label: 'Services to operate', unit: '', inputs: ['languages', 'strategy', 'service'] },
  opsHoursPerMonth: { label: 'Ops effort (judgement)', unit: 'h/month', inputs: ['languages', 'strategy', 'service', 'platform', 'monitoring'] },
  languagesCovered: { label: 'Languages covered', unit: '', inputs: QUALITY_INPUTS },
  languagesUncovered: { label: 'Languages without a working model', unit: '', inputs: QUALITY_INPUTS },
  qualityWorstPct: { label: 'Weakest language (illustrative)', unit: '%', inputs: QUALITY_INPUTS },
  qualityGapPts: { label: 'Gap best → weakest language', unit: 'pts', inputs: QUALITY_INPUTS },
} as const satisfies Record<string, MetricInfo>;
export type MetricId = keyof typeof METRICS;
export const METRIC_IDS = Object.keys(METRICS) as MetricId[];

/** Platform flags conditions may test. */
export const PLATFORM_FLAGS = ['example', 'scale-to-zero', 'gpu', 'cpu-only', 'lambda', 'cold-503', 'downloads-into-ram'] as const;

/** Mitigations whose effect the consequence model knows. */
export const MITIGATION_IDS = ['warm-instance', 'model-in-image', 'deployment-template'] as const;
export type MitigationId = (typeof MITIGATION_IDS)[number];
