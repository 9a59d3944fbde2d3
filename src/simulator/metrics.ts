import { indexData } from './data-index';
import type { Figure, Option, SimulatorData } from './schema';
import type { DecisionId, MetricId, MitigationId } from './vocabulary';

/** What the attendee has chosen so far, plus mitigations added by detours. */
export interface Selection {
  choices: Partial<Record<DecisionId, string>>;
  mitigations: readonly string[];
}

/** One computed metric: its value, whether it rests on estimates, its sources, and how it was derived. */
export interface MetricValue {
  value: number;
  estimate: boolean;
  sources: string[];
  /** The derivation in words and numbers, built on demand so exhaustive checks stay fast. */
  explain: () => string;
}

export type Metrics = Partial<Record<MetricId, MetricValue>>;

export interface LanguageQuality {
  code: string;
  name: string;
  /** Illustrative expected accuracy in %, or null when no model covers the language. */
  quality: number | null;
  basis: string;
}

/** Assumptions of the model itself, each an estimate stated in the derivations. */
export const ASSUMPTIONS = {
  baseImageMB: 120, // python:3.x-slim, about 113 MB uncompressed (python-slim-size)
  fetchMBps: 200, // estimate: registry or object store throughput into a fresh instance
  loadMBps: 200, // estimate: reading weights from local disk into memory
  residentRuntimeShare: 0.25, // estimate: share of an installed runtime that is resident after import
  weightsMemoryFactor: 1.5, // FACTS "memory fit": 1.5–2× the weights for activations and copies
  templateOpsShare: 0.4, // judgement: a shared template cuts per-service operations to 40 %
  hoursPerMonth: 730,
  daysPerMonth: 30,
  translateGapFallback: 11, // mBERT translate-train XNLI, English 81.4 vs Arabic 70.7 (bert-multilingual)
} as const;

const round = (n: number, digits = 0) => Math.round(n * 10 ** digits) / 10 ** digits;
const mb = (n: number) => (n >= 1000 ? `${round(n / 1000, 2)} GB` : `${round(n, n < 10 ? 1 : 0)} MB`);
const fig = (option: Option | undefined, name: string): Figure | undefined => option?.figures[name];
const num = (option: Option | undefined, name: string, fallback = 0) => fig(option, name)?.value ?? fallback;
const isEstimate = (...figures: (Figure | undefined)[]) =>
  figures.some((f) => f && (f.source === 'estimate' || f.source === 'judgement' || /estimate/i.test(f.note ?? '')));
const sourcesOf = (...figures: (Figure | undefined)[]) => [
  ...new Set(figures.flatMap((f) => (f && f.source !== 'estimate' && f.source !== 'judgement' ? [f.source] : []))),
];
const metric = (value: number, estimate: boolean, sources: string[], explain: () => string): MetricValue => ({
  value,
  estimate,
  sources,
  explain,
});

/**
 * Compute every metric whose inputs are chosen. Pure: the same selection always gives the same numbers.
 */
export function computeMetrics(data: SimulatorData, selection: Selection): Metrics {
  const index = indexData(data);
  const { choices } = selection;
  const has = (m: MitigationId) => selection.mitigations.includes(m);
  const pick = (decision: DecisionId) => {
    const optionId = choices[decision];
    return optionId === undefined ? undefined : index.options.get(decision)?.get(optionId);
  };
  const languagesOpt = pick('languages');
  const trafficOpt = pick('traffic');
  const strategy = pick('strategy');
  const model = pick('model');
  const optimisation = pick('optimisation');
  const service = pick('service');
  const platform = choices.platform ? index.platforms.get(choices.platform) : undefined;
  const monitoring = pick('monitoring');
  const out: Metrics = {};

  const languageCount = languagesOpt ? num(languagesOpt, 'languages') : undefined;
  const transformer = model?.flags.includes('transformer') ?? false;
  const llm = model?.flags.includes('llm-api') ?? false;
  const perLanguage = strategy?.flags.includes('per-language') ?? false;
  const translateFirst = strategy?.flags.includes('translate-first') ?? false;

  // Model artifact: fp32 weights, reshaped by the optimisation (only transformers can be optimised here).
  let modelMB: number | undefined;
  if (model && optimisation && languageCount !== undefined) {
    const weights = num(model, 'weightsMB');
    const embeddings = num(model, 'embeddingMB');
    let explain: () => string;
    let estimate = isEstimate(fig(model, 'weightsMB'));
    const sources = sourcesOf(fig(model, 'weightsMB'));
    if (!transformer) {
      modelMB = weights;
      explain = () => `${mb(weights)} = ${model.label} as trained (not optimisable here)`;
    } else if (optimisation.id === 'dynamic-int8' || optimisation.id === 'full-int8') {
      const name = optimisation.id === 'dynamic-int8' ? 'int8LinearMB' : 'int8AllMB';
      modelMB = num(model, name, weights);
      sources.push(...sourcesOf(fig(model, name)));
      explain = () =>
        optimisation.id === 'dynamic-int8'
          ? `${mb(modelMB!)} = Linear layers in int8, word embeddings (${mb(embeddings)}) still fp32; fp32 was ${mb(weights)}`
          : `${mb(modelMB!)} = every weight in int8, embeddings included (fp32 ${mb(weights)} ÷ 4)`;
    } else if (optimisation.id === 'distillation') {
      const share = num(optimisation, 'bodyShare', 0.5);
      modelMB = embeddings + (weights - embeddings) * share;
      estimate = true;
      sources.push(...sourcesOf(fig(optimisation, 'bodyShare')));
      explain = () =>
        `${mb(modelMB!)} = embeddings ${mb(embeddings)} + encoder ${mb(weights - embeddings)} × ${share} (half the layers); estimate`;
    } else if (optimisation.id === 'vocab-trim') {
      const keptFigure = fig(optimisation, `keptEmbeddingShare${languageCount}`);
      const kept = keptFigure?.value ?? 1;
      modelMB = weights - embeddings * (1 - kept);
      estimate = true;
      sources.push(...sourcesOf(keptFigure));
      explain = () =>
        `${mb(modelMB!)} = fp32 ${mb(weights)} − ${round((1 - kept) * 100)} % of the ${mb(embeddings)} embeddings no longer needed for ${languageCount} language(s); estimate`;
    } else {
      modelMB = weights;
      explain = () => `${mb(weights)} = fp32 weights${optimisation.id === 'onnx' ? ' (ONNX keeps fp32 weights)' : ''}`;
    }
    out.modelMB = metric(modelMB, estimate, sources, explain);
    const saving = weights > 0 ? 100 * (1 - modelMB / weights) : 0;
    out.sizeSavingPct = metric(
      saving,
      estimate,
      sources,
      () => `${round(saving)} % = 1 − ${mb(modelMB!)} ÷ ${mb(weights)}`,
    );
  }

  // Models and services to operate.
  let modelsPerProcess = 1;
  let services: number | undefined;
  if (strategy && languageCount !== undefined) {
    const models = (perLanguage ? languageCount : 1) + (translateFirst ? 1 : 0);
    out.modelsToRun = metric(models, false, [], () =>
      perLanguage
        ? `${models} = one model per language`
        : translateFirst
          ? '2 = translation + classifier'
          : '1 = one for all languages',
    );
    if (service) {
      const many = service.flags.includes('many-models');
      modelsPerProcess = perLanguage && many ? languageCount : 1;
      services = (perLanguage && !many ? languageCount : 1) + (translateFirst ? 1 : 0);
      out.servicesToRun = metric(
        services,
        false,
        [],
        () =>
          `${services} = ${perLanguage && !many ? 'one service per language' : many && perLanguage ? `one model server for ${languageCount} models` : 'one service'}${translateFirst ? ' + translation' : ''}`,
      );
    }
  }

  // Runtime footprint: the service's stack for transformers, the model's own small stack otherwise.
  const runtimeFigure =
    model && service ? (transformer ? fig(service, 'runtimeMB') : fig(model, 'runtimeMB')) : undefined;
  const runtimeMB = runtimeFigure?.value;
  if (runtimeMB !== undefined) {
    out.runtimeMB = metric(
      runtimeMB,
      isEstimate(runtimeFigure),
      sourcesOf(runtimeFigure),
      () =>
        `${mb(runtimeMB)} = ${transformer ? service!.label : model!.label} stack${runtimeFigure?.note ? ` (${runtimeFigure.note})` : ''}`,
    );
  }

  // Package, memory and cold start need the platform too.
  if (platform && modelMB !== undefined && runtimeMB !== undefined && services !== undefined && service && model) {
    const base = platform.packaging === 'image' ? ASSUMPTIONS.baseImageMB : 0;
    const weightsInProcess = modelMB * modelsPerProcess;
    const packageMB = base + runtimeMB + weightsInProcess;
    const models = modelsPerProcess > 1 ? ` × ${modelsPerProcess} models` : '';
    out.packageMB = metric(
      packageMB,
      true,
      [...new Set([...out.modelMB!.sources, ...out.runtimeMB!.sources, ...(base ? ['python-slim-size'] : [])])],
      () =>
        `${mb(packageMB)} = ${base ? `base image ${mb(base)} + ` : ''}runtime ${mb(runtimeMB)} + model ${mb(modelMB!)}${models}`,
    );

    const resident = runtimeMB * ASSUMPTIONS.residentRuntimeShare;
    const downloaded = platform.flags.includes('downloads-into-ram') && !has('model-in-image') ? weightsInProcess : 0;
    const memoryMB = resident + weightsInProcess * ASSUMPTIONS.weightsMemoryFactor + downloaded;
    out.memoryMB = metric(
      memoryMB,
      true,
      downloaded ? ['cloud-run-quotas'] : [],
      () =>
        `${mb(memoryMB)} = resident runtime ${mb(resident)} (estimate) + weights ${mb(weightsInProcess)} × ${ASSUMPTIONS.weightsMemoryFactor} (estimate)${downloaded ? ` + ${mb(downloaded)} of downloaded files held in RAM` : ''}`,
    );

    const start = platform.figures.platformStartS.value;
    const share = platform.figures.imageFetchShare.value;
    const fetch = (packageMB * share) / ASSUMPTIONS.fetchMBps;
    const importFigure = transformer ? fig(service, 'importS') : fig(model, 'importS');
    const importS = importFigure?.value ?? 0;
    const load = weightsInProcess / ASSUMPTIONS.loadMBps;
    const cold = start + fetch + importS + load;
    out.coldStartS = metric(
      cold,
      true,
      sourcesOf(platform.figures.platformStartS, platform.figures.imageFetchShare, importFigure),
      () =>
        `${round(cold, 1)} s = platform start ${start} s + fetch ${mb(packageMB * share)}${share < 1 && share > 0 ? ` (${share * 100} % of the image, read lazily)` : ''} at ${ASSUMPTIONS.fetchMBps} MB/s ${round(fetch, 1)} s + imports ${importS} s + reading ${mb(weightsInProcess)} of weights at ${ASSUMPTIONS.loadMBps} MB/s ${round(load, 1)} s; estimate`,
    );
  }

  // CPU latency per request.
  let latencyMs: number | undefined;
  if (model && optimisation && strategy) {
    const baseMs = num(model, 'latencyMs');
    const factor = transformer ? num(optimisation, 'latencyFactor', 1) : 1;
    const translate = translateFirst ? num(strategy, 'latencyFactor', 2) : 1;
    latencyMs = baseMs * factor * translate;
    out.latencyMs = metric(
      latencyMs,
      true,
      sourcesOf(fig(model, 'latencyMs'), transformer ? fig(optimisation, 'latencyFactor') : undefined),
      () =>
        `${round(latencyMs!)} ms = ${model.label} ${baseMs} ms${factor !== 1 ? ` × ${factor} (${optimisation.label})` : ''}${translate !== 1 ? ` × ${translate} (translation first)` : ''}; estimate`,
    );
  }

  // Monthly cost at the chosen traffic.
  if (
    trafficOpt &&
    platform &&
    latencyMs !== undefined &&
    out.memoryMB &&
    services !== undefined &&
    model &&
    strategy
  ) {
    const requests = num(trafficOpt, 'requestsPerDay') * ASSUMPTIONS.daysPerMonth;
    const busySeconds = (requests * latencyMs) / 1000;
    const memoryGB = out.memoryMB.value / 1024;
    const pricing = platform.pricing;
    let compute: number;
    let how = '';
    const monthSeconds = ASSUMPTIONS.hoursPerMonth * 3600;
    if (pricing.kind === 'per-request') {
      const perGBs = pricing.usdPerGBSecond.value;
      const perMillion = pricing.usdPerMillionRequests.value;
      const warm = has('warm-instance') ? services * memoryGB * monthSeconds * perGBs : 0;
      compute = (requests / 1e6) * perMillion + busySeconds * memoryGB * perGBs + warm;
      how = `${round(requests / 1e6, 2)} M requests × $${perMillion}/M + ${round(busySeconds)} busy s × ${round(memoryGB, 2)} GB × $${perGBs}/GB-s${warm ? ` + warm instances $${round(warm)}` : ''}`;
    } else if (pricing.kind === 'busy-vcpu') {
      const vcpus = Math.max(1, Math.ceil(memoryGB / 4));
      const perVcpuS = pricing.usdPerVcpuSecond.value;
      const warm = has('warm-instance') ? services * vcpus * monthSeconds * perVcpuS : 0;
      compute = busySeconds * vcpus * perVcpuS + warm;
      how = `${round(busySeconds)} busy s × ${vcpus} vCPU (1 vCPU per 4 GiB) × $${perVcpuS}/vCPU-s${warm ? ` + warm instances $${round(warm)}` : ''}`;
    } else if (pricing.kind === 'always-on') {
      const perService = Math.max(pricing.minVcpus.value, Math.ceil(memoryGB / 2));
      const forThroughput = Math.ceil(busySeconds / (ASSUMPTIONS.daysPerMonth * 86400));
      const vcpus = Math.max(services * perService, forThroughput);
      compute = vcpus * ASSUMPTIONS.hoursPerMonth * pricing.usdPerVcpuHour.value;
      how = `${vcpus} vCPU always on × 730 h × $${pricing.usdPerVcpuHour.value}/vCPU-h`;
    } else {
      compute = pricing.usdPerMonth.value;
      how = `$${compute} flat (${pricing.usdPerMonth.note ?? ''})`;
    }
    const llmCost = llm
      ? requests * num(model, 'usdPerRequest') * (translateFirst ? num(strategy, 'costFactor', 2) : 1)
      : 0;
    const total = compute + llmCost;
    const priceFigures = Object.values(pricing).filter((v): v is Figure => typeof v === 'object');
    out.monthlyCostUSD = metric(
      total,
      true,
      sourcesOf(...priceFigures, llm ? fig(model, 'usdPerRequest') : undefined),
      () =>
        `$${round(total)} = ${how}${llm ? ` + API $${round(llmCost)} (${round(requests / 1e6, 2)} M requests × $${num(model, 'usdPerRequest')}${translateFirst ? ' × 2 for translation' : ''})` : ''}; estimate`,
    );
  }

  // Operations effort.
  if (platform && services !== undefined && monitoring) {
    const perService = platform.figures.opsHoursPerService.value;
    const template = has('deployment-template') ? ASSUMPTIONS.templateOpsShare : 1;
    const watch = num(monitoring, 'opsHours');
    const hours = perService * services * template + watch;
    out.opsHoursPerMonth = metric(
      hours,
      true,
      [],
      () =>
        `${round(hours)} h/month = ${perService} h × ${services} service(s)${template !== 1 ? ` × ${template} (shared template)` : ''} + monitoring ${watch} h; judgement`,
    );
  }

  // Languages covered and quality per language.
  const perLanguageQuality = languageQualities(data, selection);
  if (perLanguageQuality) {
    const covered = perLanguageQuality.filter((l) => l.quality !== null) as (LanguageQuality & { quality: number })[];
    const qualities = covered.map((l) => l.quality);
    const worst = qualities.length ? Math.min(...qualities) : 0;
    const best = qualities.length ? Math.max(...qualities) : 0;
    const list = () =>
      perLanguageQuality.map((l) => `${l.code} ${l.quality === null ? '—' : round(l.quality)}`).join(', ');
    out.languagesCovered = metric(
      covered.length,
      false,
      [],
      () => `${covered.length} of ${perLanguageQuality.length}: ${list()}`,
    );
    out.languagesUncovered = metric(
      perLanguageQuality.length - covered.length,
      false,
      [],
      () =>
        `${perLanguageQuality.length - covered.length} = ${
          perLanguageQuality
            .filter((l) => l.quality === null)
            .map((l) => l.name)
            .join(', ') || 'none'
        }`,
    );
    const worstLanguage = covered.find((l) => l.quality === worst);
    out.qualityWorstPct = metric(worst, true, ['bert-multilingual'], () =>
      worstLanguage
        ? `${round(worst)} % in ${worstLanguage.name}: ${worstLanguage.basis}; illustrative`
        : 'no language covered',
    );
    out.qualityGapPts = metric(
      best - worst,
      true,
      ['bert-multilingual'],
      () => `${round(best - worst, 1)} pts = best ${round(best)} − weakest ${round(worst)} (${list()}); illustrative`,
    );
  }
  return out;
}

/** Expected quality per language (illustrative), or undefined until the inputs are chosen. */
export function languageQualities(data: SimulatorData, selection: Selection): LanguageQuality[] | undefined {
  const index = indexData(data);
  const pick = (decision: DecisionId) => {
    const id = selection.choices[decision];
    return id === undefined ? undefined : index.options.get(decision)?.get(id);
  };
  const languagesOpt = pick('languages');
  const dataOpt = pick('labelled-data');
  const strategy = pick('strategy');
  const model = pick('model');
  const optimisation = pick('optimisation');
  if (!languagesOpt || !dataOpt || !strategy || !model || !optimisation) return undefined;
  const count = num(languagesOpt, 'languages');
  const withData = Math.min(count, num(dataOpt, 'languagesWithData'));
  const transformer = model.flags.includes('transformer');
  const base = num(model, 'quality') + (transformer ? num(optimisation, 'qualityDelta') : 0);
  const zeroShotGap = num(model, 'zeroShotGap');
  const translateGap = num(model, 'translateGap', ASSUMPTIONS.translateGapFallback);
  return data.languages.slice(0, count).map((language, i) => {
    const d = language.transferDistance.value;
    const hasData = i < withData;
    const result = (quality: number | null, basis: string): LanguageQuality => ({
      code: language.code,
      name: language.name,
      quality,
      basis,
    });
    const transfer = (how: string, gap: number) =>
      result(base - gap * d, `${how}: ${base} − gap ${gap} × distance ${d}`);
    if (model.id === 'rules') return result(base, 'hand-written rules');
    if (model.flags.includes('llm-api')) return transfer('zero-shot prompt', zeroShotGap);
    if (strategy.flags.includes('translate-first')) return transfer('translated to English', translateGap);
    const zeroShot = strategy.flags.includes('zero-shot');
    if (zeroShot ? i === 0 : hasData) return result(base, 'trained on its labels');
    return transformer && !strategy.flags.includes('per-language')
      ? transfer('cross-lingual transfer', zeroShotGap)
      : result(null, 'no model for it');
  });
}
