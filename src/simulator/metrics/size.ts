import { CITED_IN_CODE } from '../assumptions';
import type { OptimisationStep } from '../vocabulary';
import { fig, isEstimate, mb, metric, num, round, sourcesOf, type MetricGroup } from './context';

/** What each optimisation step does to the bytes of the word embeddings and of the encoder body. */
const STEP_BYTES: Record<OptimisationStep, { embeddings: number; body: number; says: string }> = {
  distillation: { embeddings: 1, body: 0.5, says: 'a half-depth student (body × 0.5)' },
  'vocab-trim': { embeddings: NaN, body: 1, says: 'unused embedding rows dropped' },
  onnx: { embeddings: 1, body: 1, says: 'ONNX keeps the fp32 weights' },
  'int8-linear': { embeddings: 1, body: 0.25, says: 'Linear layers in int8 (body ÷ 4), embeddings still fp32' },
  'int8-all': { embeddings: 0.25, body: 0.25, says: 'MatMul and Gather in int8: body and embeddings ÷ 4' },
  fp16: { embeddings: 0.5, body: 0.5, says: 'every weight in fp16 (÷ 2)' },
};

/**
 * The model artifact (MB) and the share the optimisation saved (%): the fp32 weights split into word
 * embeddings and encoder body, each step of the stack applied in order (vocabulary trimming keeps the
 * share of embedding rows the chosen languages use). Only transformers are optimised; others ship as trained.
 */
export const modelSize: MetricGroup = ({ pick, kind }) => {
  const model = pick('model');
  const optimisation = pick('optimisation');
  const languages = pick('languages');
  if (!model || !optimisation || !languages || !kind('optimisation')) return {};
  const weights = num(model, 'weightsMB');
  const estimate = isEstimate(fig(model, 'weightsMB'));
  const sources = sourcesOf(fig(model, 'weightsMB'));
  if (kind('model') !== 'transformer') {
    return {
      modelMB: metric(weights, estimate, sources, () => `${mb(weights)} = ${model.label} as trained (not optimisable)`),
      sizeSavingPct: metric(0, estimate, sources, () => '0 % = nothing to optimise'),
    };
  }
  const steps = optimisation.steps ?? [];
  let embeddings = num(model, 'embeddingMB');
  let body = weights - embeddings;
  const said: string[] = [];
  for (const step of steps) {
    const effect = STEP_BYTES[step];
    const kept = step === 'vocab-trim' ? num(languages, 'keptEmbeddingShare', 1) : effect.embeddings;
    embeddings *= kept;
    body *= step === 'distillation' ? num(optimisation, 'bodyShare', effect.body) : effect.body;
    said.push(
      step === 'vocab-trim'
        ? `${round(kept * 100)} % of the embedding rows kept for ${num(languages, 'languages')} language(s)`
        : effect.says,
    );
  }
  const modelMB = embeddings + body;
  const stepSources = [
    ...(steps.includes('vocab-trim') ? sourcesOf(fig(languages, 'keptEmbeddingShare')) : []),
    ...(steps.includes('distillation') ? sourcesOf(fig(optimisation, 'bodyShare')) : []),
    ...(steps.includes('int8-linear') ? [CITED_IN_CODE.pytorchDynamicInt8] : []),
    ...(steps.includes('int8-all') ? [CITED_IN_CODE.ortDynamicInt8] : []),
  ];
  const allSources = [...new Set([...sources, ...stepSources])];
  const stepEstimate = estimate || steps.includes('vocab-trim') || steps.includes('distillation');
  const saving = weights > 0 ? 100 * (1 - modelMB / weights) : 0;
  return {
    modelMB: metric(modelMB, stepEstimate, allSources, () =>
      steps.length === 0
        ? `${mb(weights)} = fp32 weights as trained`
        : `${mb(modelMB)} = embeddings ${mb(embeddings)} + encoder ${mb(body)} after ${said.join(', then ')}; fp32 was ${mb(weights)}`,
    ),
    sizeSavingPct: metric(
      saving,
      stepEstimate,
      allSources,
      () => `${round(saving)} % = 1 − ${mb(modelMB)} ÷ ${mb(weights)}`,
    ),
  };
};
