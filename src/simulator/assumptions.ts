import type { Figure } from './schema';

/**
 * Assumptions of the consequence model itself, each a figure with its source (or "estimate" /
 * "judgement" and its reasoning), stated in the derivations. validate-data.ts checks that every source
 * cited here exists in content/sources/.
 */
export const ASSUMPTIONS = {
  baseImageMB: {
    value: 150,
    source: 'python-slim-size',
    note: 'python:3.12-slim, about 150 MB uncompressed (113 MB for the 2020 image the source measured)',
  },
  fetchMBps: { value: 200, source: 'estimate', note: 'registry or object store throughput into a fresh instance' },
  loadMBps: { value: 200, source: 'estimate', note: 'reading weights from local disk into memory' },
  processBaseMB: {
    value: 60,
    source: 'estimate',
    note: 'a Python interpreter with a web framework and its server, before any model library',
  },
  residentRuntimeShare: {
    value: 0.25,
    source: 'estimate',
    note: 'share of an installed runtime resident after import',
  },
  weightsMemoryFactor: { value: 1.5, source: 'estimate', note: '1.5–2× the weights for activations and copies' },
  templateOpsShare: { value: 0.4, source: 'judgement', note: 'a shared template cuts per-service operations to 40 %' },
  translateGapFallback: {
    value: 11,
    source: 'bert-multilingual',
    note: 'mBERT translate-train XNLI, English 81.4 vs Arabic 70.7',
  },
  labelledGapShare: {
    value: 0.5,
    source: 'estimate',
    note: 'labels in a language close about half of the translate-train gap; it still saw less pretraining text',
  },
  cpuGflopsPerVcpu: {
    value: 26,
    source: 'pytorch-dynamic-quant-bert',
    note: 'computed: BERT-base, 2 × 85 M weights × 128 tokens = 21.8 GFLOP per example in 208 ms on 4 threads',
  },
  flopsPerWeightPerToken: {
    value: 2,
    source: 'kaplan-scaling-laws',
    note: 'a forward pass costs about 2 FLOPs per non-embedding weight per token',
  },
  requestOverheadMs: { value: 5, source: 'estimate', note: 'HTTP, JSON and tokenisation per request' },
  coldStartShare: {
    value: 0.01,
    source: 'aws-lambda-init-billing',
    note: 'cold starts occur in under 1 % of invocations',
  },
  apiConcurrency: {
    value: 50,
    source: 'estimate',
    note: 'an async HTTP client waits on the provider; one instance holds many requests',
  },
  targetUtilisation: {
    value: 0.7,
    source: 'judgement',
    note: 'replicas when no count meets the SLO: keep each instance 70 % busy at peak',
  },
  lambdaMBPerVcpu: { value: 1769, source: 'aws-lambda-memory', note: '1,769 MB of memory buys one vCPU' },
  batchChunk: { value: 1000, source: 'judgement', note: 'messages per invocation when a nightly job fans out' },
} as const satisfies Record<string, Figure>;

/** Calendar constants (not estimates). */
export const HOURS_PER_MONTH = 730;
export const DAYS_PER_MONTH = 30;

/** Source ids the model cites by name in its derivations, besides the figures above. */
export const CITED_IN_CODE = {
  cloudRunMemory: 'cloud-run-quotas',
  xnli: 'bert-multilingual',
  erlangC: 'erlang-c',
  lambdaInitBilling: 'aws-lambda-init-billing',
  promptCaching: 'openai-gpt41-mini-pricing',
} as const;

/** Every source id written in src/simulator code. */
export const CODE_SOURCES: readonly string[] = [
  ...new Set([
    ...Object.values(ASSUMPTIONS)
      .map((f: Figure) => f.source)
      .filter((s) => s !== 'estimate' && s !== 'judgement'),
    ...Object.values(CITED_IN_CODE),
  ]),
];
