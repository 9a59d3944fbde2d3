// A journey with no pitfall: ten languages, MiniLM in int8 on ONNX Runtime, Cloud Run, full monitoring.
// Shared by the unit tests, the browser tests and the bench, as [decision, option] pairs.
export const LEAN_JOURNEY = [
  ['languages', 'ten'],
  ['traffic', 'medium'],
  ['latency', 'realtime'],
  ['residency', 'must-stay'],
  ['labelled-data', 'plenty'],
  ['strategy', 'multilingual'],
  ['model', 'minilm'],
  ['optimisation', 'full-int8'],
  ['service', 'fastapi-onnx'],
  ['platform', 'cloud-run'],
  ['hardware', 'cpu-2'],
  ['monitoring', 'drift-feedback'],
];

// Up to the platform, where a .zip on Lambda opens three pitfalls at once: one language (so no strategy
// question), mBERT unoptimised on PyTorch CPU. Add ['platform', 'lambda-zip'] to reach them.
export const LAMBDA_ZIP_BEFORE_PLATFORM = [
  ['languages', 'one'],
  ['traffic', 'low'],
  ['latency', 'realtime'],
  ['residency', 'may-leave'],
  ['labelled-data', 'plenty'],
  ['model', 'mbert'],
  ['optimisation', 'none'],
  ['service', 'fastapi-torch-cpu'],
];
