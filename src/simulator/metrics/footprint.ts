import { ASSUMPTIONS, CITED_IN_CODE } from '../assumptions';
import { fig, isEstimate, metric, sourcesOf, type MetricGroup } from './context';
import { modelsPerProcess } from './services';

const { baseImageMB, fetchMBps, loadMBps, residentRuntimeShare, weightsMemoryFactor, processBaseMB } = ASSUMPTIONS;

/** The runtime's installed size (MB): the service's stack for transformers, the model's own small stack otherwise. */
export const runtimeFootprint: MetricGroup = ({ pick, kind }) => {
  const model = pick('model');
  const service = pick('service');
  if (!model || !service) return {};
  const transformer = kind('model') === 'transformer';
  const figure = transformer ? fig(service, 'runtimeMB') : fig(model, 'runtimeMB');
  if (!figure) return {};
  return {
    runtimeMB: metric(figure.value, isEstimate(figure), sourcesOf(figure), 'runtimeMB', {
      label: transformer ? service.label : model.label,
      note: figure.note,
    }),
  };
};

/**
 * Package (MB), memory (MB) and cold start (s) on the chosen platform. Where the platform's disk is RAM
 * and the model is not baked into the image, the weights are downloaded at start: they leave the package
 * and count in memory twice (file and loaded copy) instead.
 */
export const packageMemoryColdStart: MetricGroup = (context, earlier) => {
  const { platform, has } = context;
  const modelMB = earlier.modelMB?.value;
  const runtimeMB = earlier.runtimeMB?.value;
  if (!platform || modelMB === undefined || runtimeMB === undefined || !earlier.servicesToRun) return {};
  const perProcess = modelsPerProcess(context);
  const weights = modelMB * perProcess;
  const base = platform.packaging === 'image' ? baseImageMB.value : 0;
  const downloaded = platform.flags.includes('downloads-into-ram') && !has('model-in-image') && weights > 0;
  const inPackage = downloaded ? 0 : weights;
  const packageMB = base + runtimeMB + inPackage;
  const packageSources = [
    ...new Set([...earlier.modelMB!.sources, ...earlier.runtimeMB!.sources, ...(base ? [baseImageMB.source] : [])]),
  ];

  const resident = processBaseMB.value + runtimeMB * residentRuntimeShare.value;
  const fileCopy = downloaded ? weights : 0;
  const memoryMB = resident + weights * weightsMemoryFactor.value + fileCopy;

  const start = platform.figures.platformStartS.value;
  const share = platform.figures.imageFetchShare.value;
  const fetch = (packageMB * share + fileCopy) / fetchMBps.value;
  const importFigure =
    context.kind('model') === 'transformer'
      ? fig(context.pick('service'), 'importS')
      : fig(context.pick('model'), 'importS');
  const importS = importFigure?.value ?? 0;
  const load = weights / loadMBps.value;
  const cold = start + fetch + importS + load;
  return {
    packageMB: metric(packageMB, true, packageSources, 'packageMB', {
      base,
      runtimeMB,
      inPackage,
      modelMB,
      perProcess,
      downloaded,
    }),
    memoryMB: metric(memoryMB, true, fileCopy ? [CITED_IN_CODE.cloudRunMemory] : [], 'memoryMB', {
      runtimeMB,
      weights,
      fileCopy,
    }),
    coldStartS: metric(
      cold,
      true,
      sourcesOf(platform.figures.platformStartS, platform.figures.imageFetchShare, importFigure),
      'coldStartS',
      { start, packageMB, share, fileCopy, fetch, importS, weights, load },
    ),
  };
};
