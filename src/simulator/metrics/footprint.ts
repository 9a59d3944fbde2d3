import { ASSUMPTIONS, CITED_IN_CODE } from '../assumptions';
import type { Option, SimulatorData } from '../schema';
import { fig, isEstimate, metric, sourcesOf, type MetricContext, type MetricGroup } from './context';
import { modelsPerProcess } from './services';

const { baseImageMB, fetchMBps, loadMBps, residentRuntimeShare, weightsMemoryFactor, processBaseMB } = ASSUMPTIONS;

/**
 * The option whose `runtimeMB` and `importS` figures describe what runs: the model's own small stack for
 * rules, classic models and API clients; the service's for a transformer — except a batch job whose
 * model was exported to .onnx, which runs on ONNX Runtime rather than PyTorch.
 */
function runtimeOf({ data, pick, kind }: MetricContext): { option: Option; label: string } | undefined {
  const model = pick('model');
  const service = pick('service');
  if (!model || !service) return undefined;
  if (kind('model') !== 'transformer') return { option: model, label: model.label };
  const onnx = pick('optimisation')?.steps?.some((s) => s === 'onnx' || s === 'int8-all');
  const ort = onnx && kind('service') === 'batch-job' ? onnxRuntimeService(data) : undefined;
  return ort ? { option: ort, label: `${service.label} on ONNX Runtime` } : { option: service, label: service.label };
}

const onnxRuntimeService = (data: SimulatorData) =>
  data.decisions.find((d) => d.id === 'service')?.options.find((o) => o.kind === 'onnx-runtime');

/** The runtime's installed size (MB): the service's stack for transformers, the model's own small stack otherwise. */
export const runtimeFootprint: MetricGroup = (context) => {
  const runtime = runtimeOf(context);
  const figure = fig(runtime?.option, 'runtimeMB');
  if (!runtime || !figure) return {};
  return {
    runtimeMB: metric(figure.value, isEstimate(figure), sourcesOf(figure), 'runtimeMB', {
      label: runtime.label,
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

  // TEI is a compiled Rust server: no Python interpreter under it.
  // TEI is a Rust server: no Python interpreter beside its own runtime.
  const processBase = context.kind('service') === 'tei' ? 0 : processBaseMB.value;
  const resident = processBase + runtimeMB * residentRuntimeShare.value;
  const fileCopy = downloaded ? weights : 0;
  const memoryMB = resident + weights * weightsMemoryFactor.value + fileCopy;

  const start = platform.figures.platformStartS.value;
  const share = platform.figures.imageFetchShare.value;
  const fetch = (packageMB * share + fileCopy) / fetchMBps.value;
  const importFigure = fig(runtimeOf(context)?.option, 'importS');
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
      processBase,
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
