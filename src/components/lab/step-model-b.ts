import { DEFAULT_TRAIN, toTrainingLines, type TrainParams, type TrainProgress } from '../../lab/engine.ts';
import { LANGUAGE_NAMES } from '../../lab/languages.ts';
import { formatBytes, formatMs, markdownTable, percent } from '../../lab/markdown.ts';
import type { Sample } from '../../lab/dataset.ts';
import { lineChart } from './charts.ts';
import { chartWithTable, paragraph, tableElement } from './dom.ts';
import type { LabWorker } from './lab-client.ts';
import { ensureData, ensureWorker, evaluateInWorker, type LabState } from './lab-state.ts';
import { f1Chart, runModelAStep } from './step-model-a.ts';

/** Trains in the worker, showing progress in `bar` and the loss curve in `curve`; returns size and time. */
export async function trainWithProgress(
  worker: LabWorker,
  train: readonly Sample[],
  params: TrainParams,
  slot: 'B' | 'scratch',
  bar: HTMLProgressElement,
  curve?: HTMLElement,
) {
  const losses: [number, number][] = [];
  let maxLoss = 0;
  const draw = () => {
    if (!curve) return;
    curve.innerHTML = lineChart('Training loss', [{ name: 'average loss', points: losses }], {
      x: 'progress (%)',
      y: 'loss',
      xMax: 100,
      yMax: maxLoss || 1,
    });
  };
  let frame = 0;
  const onProgress = ({ progress, loss }: TrainProgress) => {
    bar.value = progress;
    losses.push([Math.round(progress * 100), loss]);
    maxLoss = Math.max(maxLoss, loss);
    if (!frame) frame = requestAnimationFrame(() => ((frame = 0), draw()));
  };
  const reply = await worker.call({ type: 'train', lines: toTrainingLines(train), params, slot }, onProgress);
  bar.value = 1;
  draw();
  return { ...reply, losses };
}

/** Model B: a fastText model trained here on the ten languages, against model A; and the random split's leak. */
export async function runModelBStep(state: LabState, output: HTMLElement, bar: HTMLProgressElement): Promise<string> {
  const data = await ensureData(state);
  const worker = await ensureWorker();
  if (!state.modelA) await runModelAStep(state, document.createElement('div'));
  const curve = document.createElement('figure');
  curve.className = 'lab-chart';
  output.replaceChildren(curve);
  const trained = await trainWithProgress(worker, data.byArticle.train, DEFAULT_TRAIN, 'B', bar, curve);
  const test = data.byArticle.test;
  const evaluation = await evaluateInWorker(state, worker, 'B', test);
  state.modelB = evaluation;

  await trainWithProgress(worker, data.random.train, DEFAULT_TRAIN, 'scratch', bar);
  const leakyAccuracy = (await evaluateInWorker(state, worker, 'scratch', data.random.test)).accuracy;
  const lossTable = tableElement(
    'Training loss',
    ['progress', 'average loss'],
    trained.losses.filter((_, i) => i % 10 === 0).map(([x, y]) => [`${x} %`, y.toFixed(3)]),
  );
  const lossFigure = chartWithTable(curve.innerHTML, lossTable);
  const modelA = state.modelA!;
  const rows = state.languages.map((lang, i) => [
    `${LANGUAGE_NAMES[lang]} (${lang})`,
    percent(modelA.perLanguage[i]!.f1),
    percent(evaluation.perLanguage[i]!.f1),
  ]);
  const settings = `dim ${DEFAULT_TRAIN.dim}, bucket ${DEFAULT_TRAIN.bucket.toLocaleString('en')}, character n-grams ${DEFAULT_TRAIN.minn}–${DEFAULT_TRAIN.maxn}, ${DEFAULT_TRAIN.epoch} epochs, softmax`;
  output.replaceChildren(
    paragraph(
      `Measured here: trained in ${formatMs(trained.ms)} in a Web Worker (${settings}); the model is ${formatBytes(trained.sizeBytes)}. Accuracy ${percent(evaluation.accuracy)} (model A: ${percent(modelA.accuracy)}), macro-F1 ${percent(evaluation.macroF1)}.`,
    ),
    paragraph(
      `The split: the same model trained and tested on a random split (articles on both sides) reports ${percent(leakyAccuracy)}; split by article, ${percent(evaluation.accuracy)}. Both measured just now — the random figure is the one you must not report, whichever way it moves, because its test set is not new text.`,
      'lab-leak',
    ),
    lossFigure,
    f1Chart(state, 'F1 per language: model A against model B', [
      { name: 'model A', evaluation: modelA },
      { name: 'model B', evaluation },
    ]),
  );
  return [
    '## Model B (trained here)',
    '',
    `${settings}: trained in ${formatMs(trained.ms)}, ${formatBytes(trained.sizeBytes)}; accuracy ${percent(evaluation.accuracy)}, macro-F1 ${percent(evaluation.macroF1)}; random split would report ${percent(leakyAccuracy)}.`,
    '',
    markdownTable(['language', 'model A F1', 'model B F1'], rows),
  ].join('\n');
}
