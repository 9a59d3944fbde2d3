import type { Figure } from './schema';

/**
 * Assumptions of the consequence model itself, each a figure with its source (or "estimate" /
 * "judgement" and its reasoning), stated in the derivations. validate-data.ts checks that every source
 * cited here exists in content/sources/.
 */
export const ASSUMPTIONS = {
  baseImageMB: {
    value: 120,
    source: 'python-slim-size',
    note: 'python:3.x-slim, about 113 MB uncompressed',
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
} as const satisfies Record<string, Figure>;

/** Calendar constants (not estimates). */
export const HOURS_PER_MONTH = 730;
export const DAYS_PER_MONTH = 30;

/** Source ids the model cites by name in its derivations, besides the figures above. */
export const CITED_IN_CODE = {
  cloudRunMemory: 'cloud-run-quotas',
  xnli: 'bert-multilingual',
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
