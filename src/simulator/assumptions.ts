import type { Figure } from './schema';

/**
 * Assumptions of the consequence model itself, each a value with its source ("estimate" / "judgement"
 * with the reasoning in the comment above it), stated in the derivations. validate-data.ts checks that
 * every source cited here exists in content/sources/. The reasoning stays a comment so it is not shipped
 * to the browser.
 */
export const ASSUMPTIONS = {
  // python:3.12-slim, 130 MB uncompressed as `docker images` listed it (Feb 2024)
  baseImageMB: { value: 130, source: 'python-312-slim-size' },
  // registry or object store throughput into a fresh instance
  fetchMBps: { value: 200, source: 'estimate' },
  // reading weights from local disk into memory
  loadMBps: { value: 200, source: 'estimate' },
  // a Python interpreter with a web framework and its server, before any model library
  processBaseMB: { value: 60, source: 'estimate' },
  // share of an installed runtime resident after import
  residentRuntimeShare: { value: 0.25, source: 'estimate' },
  // 1.5–2× the weights for activations and copies
  weightsMemoryFactor: { value: 1.5, source: 'estimate' },
  // a shared template cuts per-service operations to 40 %
  templateOpsShare: { value: 0.4, source: 'judgement' },
  // mBERT translate-test XNLI (uncased), English 81.4 vs Arabic 70.4
  translateGapFallback: { value: 11, source: 'bert-multilingual' },
  // labels in a language close about half of the translate-train gap; it still saw less pretraining text
  labelledGapShare: { value: 0.5, source: 'estimate' },
  // computed: BERT-base, 2 × 85 M weights × 128 tokens = 21.8 GFLOP per example in 208 ms on 4 threads
  cpuGflopsPerVcpu: { value: 26, source: 'pytorch-dynamic-quant-bert' },
  // a forward pass costs about 2 FLOPs per non-embedding weight per token
  flopsPerWeightPerToken: { value: 2, source: 'kaplan-scaling-laws' },
  // HTTP, JSON and tokenisation per request
  requestOverheadMs: { value: 5, source: 'estimate' },
  // cold starts occur in under 1 % of invocations
  coldStartShare: { value: 0.01, source: 'aws-lambda-init-billing' },
  // an async HTTP client waits on the provider; one instance holds many requests
  apiConcurrency: { value: 50, source: 'estimate' },
  // replicas when no count meets the SLO: keep each instance 70 % busy at peak
  targetUtilisation: { value: 0.7, source: 'judgement' },
  // 1,769 MB of memory buys one vCPU
  lambdaMBPerVcpu: { value: 1769, source: 'aws-lambda-memory' },
  // GPU: the share of the L4's dense tensor peak an encoder forward pass sustains (memory traffic,
  // attention, small matrices); an illustrative efficiency, not a measurement
  gpuEfficiency: { value: 0.3, source: 'estimate' },
  // GPU: one forward pass has a floor of kernel launches and transfers however small the batch
  gpuPassFloorMs: { value: 4, source: 'estimate' },
  // GPU with dynamic batching: requests per pass (TEI's default --max-client-batch-size)
  gpuBatchSize: { value: 32, source: 'tei-cli-arguments' },
  // L4 dense peaks (TFLOP/s): FP16 tensor cores 121 (242 with sparsity), FP32 30.3
  l4Fp16Tflops: { value: 121, source: 'nvidia-l4-datasheet' },
  l4Fp32Tflops: { value: 30.3, source: 'nvidia-l4-datasheet' },
  // a platform that sends many requests to one instance adds instances to keep average CPU at this share
  // (Cloud Run's default CPU target, averaged over a minute)
  cpuScalingTarget: { value: 0.6, source: 'cloud-run-scaling-controls' },
  // messages per invocation when a nightly job fans out
  batchChunk: { value: 1000, source: 'judgement' },
} as const satisfies Record<string, Pick<Figure, 'value' | 'source'>>;

/** Calendar constants (not estimates). */
export const HOURS_PER_MONTH = 730;
export const DAYS_PER_MONTH = 30;

/** Source ids the model cites by name in its derivations, besides the figures above. */
export const CITED_IN_CODE = {
  cloudRunMemory: 'cloud-run-quotas',
  xnli: 'bert-multilingual',
  erlangC: 'erlang-c',
  lambdaInitBilling: 'aws-lambda-init-billing',
  promptCaching: 'openai-prompt-caching',
  pytorchDynamicInt8: 'pytorch-dynamic-quant-bert',
  ortDynamicInt8: 'intel-bert-int8-dynamic',
} as const;

/** Every source id written in src/simulator code (a function: only the build-time checks need it). */
export function codeSources(): string[] {
  return [
    ...new Set([
      ...Object.values(ASSUMPTIONS)
        .map((f) => f.source)
        .filter((s) => s !== 'estimate' && s !== 'judgement'),
      ...Object.values(CITED_IN_CODE),
    ]),
  ];
}
