import { fig, isEstimate, mb, metric, num, round, sourcesOf, type MetricGroup } from './context';

/**
 * The model artifact (MB) and the share the optimisation saved (%): fp32 weights from the model's figures,
 * reshaped by the optimisation's kind. Only transformers are optimised here; the others ship as trained.
 */
export const modelSize: MetricGroup = ({ pick, kind }) => {
  const model = pick('model');
  const optimisation = pick('optimisation');
  const languages = pick('languages');
  const how = kind('optimisation');
  if (!model || !optimisation || !languages || !how) return {};
  const languageCount = num(languages, 'languages');
  const weights = num(model, 'weightsMB');
  const embeddings = num(model, 'embeddingMB');
  let modelMB = weights;
  let estimate = isEstimate(fig(model, 'weightsMB'));
  const sources = sourcesOf(fig(model, 'weightsMB'));
  let explain: () => string;
  if (kind('model') !== 'transformer') {
    explain = () => `${mb(weights)} = ${model.label} as trained (not optimisable here)`;
  } else if (how === 'int8-linear' || how === 'int8-all') {
    const name = how === 'int8-linear' ? 'int8LinearMB' : 'int8AllMB';
    modelMB = num(model, name, weights);
    sources.push(...sourcesOf(fig(model, name)));
    explain = () =>
      how === 'int8-linear'
        ? `${mb(modelMB)} = Linear layers in int8, word embeddings (${mb(embeddings)}) still fp32; fp32 was ${mb(weights)}`
        : `${mb(modelMB)} = every weight in int8, embeddings included (fp32 ${mb(weights)} ÷ 4)`;
  } else if (how === 'distillation') {
    const share = num(optimisation, 'bodyShare', 0.5);
    modelMB = embeddings + (weights - embeddings) * share;
    estimate = true;
    sources.push(...sourcesOf(fig(optimisation, 'bodyShare')));
    explain = () =>
      `${mb(modelMB)} = embeddings ${mb(embeddings)} + encoder ${mb(weights - embeddings)} × ${share} (half the layers); estimate`;
  } else if (how === 'vocab-trim') {
    const keptFigure = fig(optimisation, `keptEmbeddingShare${languageCount}`);
    const kept = keptFigure?.value ?? 1;
    modelMB = weights - embeddings * (1 - kept);
    estimate = true;
    sources.push(...sourcesOf(keptFigure));
    explain = () =>
      `${mb(modelMB)} = fp32 ${mb(weights)} − ${round((1 - kept) * 100)} % of the ${mb(embeddings)} embeddings no longer needed for ${languageCount} language(s); estimate`;
  } else {
    explain = () => `${mb(weights)} = fp32 weights${how === 'onnx' ? ' (ONNX keeps fp32 weights)' : ''}`;
  }
  const saving = weights > 0 ? 100 * (1 - modelMB / weights) : 0;
  return {
    modelMB: metric(modelMB, estimate, sources, explain),
    sizeSavingPct: metric(saving, estimate, sources, () => `${round(saving)} % = 1 − ${mb(modelMB)} ÷ ${mb(weights)}`),
  };
};
