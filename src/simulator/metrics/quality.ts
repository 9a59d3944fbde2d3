import { ASSUMPTIONS, CITED_IN_CODE } from '../assumptions';
import type { SimulatorData } from '../schema';
import { metric, metricContext, num, round, type MetricGroup } from './context';
import type { LanguageQuality, Selection } from './types';

/**
 * Expected accuracy per language (illustrative, %), or undefined until the inputs are chosen. A language
 * with its own labels scores the model's base minus a residual gap (half the translate-train gap × its
 * distance from English: pretraining still saw less of it); one without labels gets cross-lingual
 * transfer (the zero-shot gap × distance) or, for per-language and classic models, no model. With no
 * labels at all only rules and a prompted LLM classify anything.
 */
export function languageQualities(data: SimulatorData, selection: Selection): LanguageQuality[] | undefined {
  const { pick, kind } = metricContext(data, selection);
  const languages = pick('languages');
  const labelled = pick('labelled-data');
  const strategy = kind('strategy');
  const model = pick('model');
  const modelKind = kind('model');
  const optimisation = pick('optimisation');
  if (!languages || !labelled || !strategy || !model || !modelKind || !optimisation) return undefined;
  const count = num(languages, 'languages');
  const withData = Math.min(count, num(labelled, 'languagesWithData'));
  const transformer = modelKind === 'transformer';
  const base = num(model, 'quality') + (transformer ? num(optimisation, 'qualityDelta') : 0);
  const zeroShotGap = num(model, 'zeroShotGap');
  const translateGap = num(model, 'translateGap', ASSUMPTIONS.translateGapFallback.value);
  const residualGap = translateGap * ASSUMPTIONS.labelledGapShare.value;
  return data.languages.slice(0, count).map((language, i) => {
    const d = language.transferDistance.value;
    const result = (quality: number | null, basis: string): LanguageQuality => ({
      code: language.code,
      name: language.name,
      quality,
      basis,
    });
    const transfer = (how: string, gap: number) =>
      result(round(base - gap * d, 1), `${how}: ${base} − gap ${round(gap, 1)} × distance ${d}`);
    if (modelKind === 'rules') return result(base, 'hand-written rules');
    if (modelKind === 'llm-api') return transfer('zero-shot prompt', zeroShotGap);
    if (withData === 0) return result(null, 'no labels to train on');
    if (strategy === 'translate-first') return transfer('translated to English', translateGap);
    const hasData = strategy === 'zero-shot' ? i === 0 : i < withData;
    if (hasData) return transfer('trained on its own labels', residualGap);
    return transformer && strategy !== 'per-language'
      ? transfer('cross-lingual transfer', zeroShotGap)
      : result(null, 'no model for it');
  });
}

/** Languages covered and uncovered, the weakest language's accuracy and the best-to-weakest gap. */
export const languageQuality: MetricGroup = ({ data, selection }) => {
  const perLanguage = languageQualities(data, selection);
  if (!perLanguage) return {};
  const covered = perLanguage.filter((l): l is LanguageQuality & { quality: number } => l.quality !== null);
  const qualities = covered.map((l) => l.quality);
  const worst = qualities.length ? Math.min(...qualities) : 0;
  const best = qualities.length ? Math.max(...qualities) : 0;
  const uncovered = perLanguage.filter((l) => l.quality === null);
  return {
    languagesCovered: metric(covered.length, false, [], 'languagesCovered', { covered: covered.length, perLanguage }),
    languagesUncovered: metric(uncovered.length, false, [], 'languagesUncovered', { uncovered }),
    qualityWorstPct: metric(worst, true, [CITED_IN_CODE.xnli], 'qualityWorstPct', {
      language: covered.find((l) => l.quality === worst),
    }),
    qualityGapPts: metric(best - worst, true, [CITED_IN_CODE.xnli], 'qualityGapPts', { best, worst, perLanguage }),
  };
};
