import { CITED_IN_CODE } from '../assumptions';
import type { OptimisationStep } from '../vocabulary';
import { fig, isEstimate, metric, num, sourcesOf, type MetricGroup } from './context';

/**
 * What each optimisation step keeps of the bytes of the word embeddings and of the encoder body
 * (vocabulary trimming keeps the chosen languages' rows; distillation's share is the option's `bodyShare`).
 */
const STEP_BYTES: Record<OptimisationStep, { embeddings: number; body: number }> = {
  distillation: { embeddings: 1, body: 0.5 },
  'vocab-trim': { embeddings: NaN, body: 1 },
  onnx: { embeddings: 1, body: 1 },
  'int8-linear': { embeddings: 1, body: 0.25 },
  'int8-all': { embeddings: 0.25, body: 0.25 },
  fp16: { embeddings: 0.5, body: 0.5 },
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
      modelMB: metric(weights, estimate, sources, 'modelMB.asTrained', { label: model.label }),
      sizeSavingPct: metric(0, estimate, sources, 'sizeSavingPct.none', {}),
    };
  }
  const steps = optimisation.steps ?? [];
  let embeddings = num(model, 'embeddingMB');
  let body = weights - embeddings;
  const keptShare = num(languages, 'keptEmbeddingShare', 1);
  for (const step of steps) {
    const effect = STEP_BYTES[step];
    embeddings *= step === 'vocab-trim' ? keptShare : effect.embeddings;
    body *= step === 'distillation' ? num(optimisation, 'bodyShare', effect.body) : effect.body;
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
    modelMB: metric(modelMB, stepEstimate, allSources, 'modelMB', {
      embeddings,
      body,
      weights,
      steps,
      keptShare,
      languages: num(languages, 'languages'),
    }),
    sizeSavingPct: metric(saving, stepEstimate, allSources, 'sizeSavingPct', { modelMB, weights }),
  };
};
