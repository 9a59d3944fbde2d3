import { DEFAULT_TRAIN, type TrainParams } from '../../lab/engine.ts';
import { formatBytes, formatMs, markdownTable, percent } from '../../lab/markdown.ts';
import { sizeAccuracyChart } from './charts.ts';
import { chartWithTable, paragraph, tableElement } from './dom.ts';
import { ensureData, ensureWorker, evaluateInWorker, type LabState } from './lab-state.ts';
import { trainWithProgress } from './step-model-b.ts';

/** One optimisation run: its settings, the saved model's size and its accuracy on the test split. */
interface Run {
  label: string;
  bytes: number;
  accuracy: number;
  ms: number;
}

const runs: Run[] = [];

/** Reads the reader's settings from the step's form, falling back to the defaults for anything unreadable. */
export function readParams(form: HTMLFormElement): TrainParams {
  const value = (name: string, fallback: number) => {
    const parsed = Number((form.elements.namedItem(name) as HTMLSelectElement | null)?.value);
    return Number.isFinite(parsed) ? parsed : fallback;
  };
  const [minn, maxn] = String((form.elements.namedItem('ngrams') as HTMLSelectElement | null)?.value ?? '2-4')
    .split('-')
    .map(Number);
  return {
    ...DEFAULT_TRAIN,
    dim: value('dim', DEFAULT_TRAIN.dim),
    bucket: value('bucket', DEFAULT_TRAIN.bucket),
    wordNgrams: value('wordNgrams', DEFAULT_TRAIN.wordNgrams),
    minn: Number.isFinite(minn) ? minn! : DEFAULT_TRAIN.minn,
    maxn: Number.isFinite(maxn) ? maxn! : DEFAULT_TRAIN.maxn,
  };
}

/** Trains one model with the reader's settings and adds its point to the size/accuracy chart. */
export async function runOptimiseStep(
  state: LabState,
  output: HTMLElement,
  bar: HTMLProgressElement,
  params: TrainParams,
): Promise<string> {
  const data = await ensureData(state);
  const worker = await ensureWorker();
  const trained = await trainWithProgress(worker, data.byArticle.train, params, 'scratch', bar);
  const { accuracy } = await evaluateInWorker(state, worker, 'scratch', data.byArticle.test);
  const ngrams = params.maxn ? `char n-grams ${params.minn}–${params.maxn}` : 'no char n-grams';
  runs.push({
    label: `dim ${params.dim}, bucket ${params.bucket.toLocaleString('en')}, word n-grams ${params.wordNgrams}, ${ngrams}`,
    bytes: trained.sizeBytes,
    accuracy,
    ms: trained.ms,
  });
  const points = [
    ...(state.modelA
      ? [{ label: 'model A (lid.176.ftz)', bytes: state.modelBytes, accuracy: state.modelA.accuracy }]
      : []),
    ...runs,
  ];
  const rows = runs.map((run) => [run.label, formatBytes(run.bytes), percent(run.accuracy), formatMs(run.ms)]);
  const header = ['settings', 'model size', 'accuracy', 'training time'];
  output.replaceChildren(
    paragraph(
      `Measured here: ${runs.length} run${runs.length > 1 ? 's' : ''}. The last one saved a ${formatBytes(trained.sizeBytes)} model with ${percent(accuracy)} accuracy.`,
    ),
    chartWithTable(
      sizeAccuracyChart(
        'Model size against accuracy',
        points,
        state.sizeLimits.map(({ label, bytes }) => ({ label: label.split(':')[0]!, bytes })),
      ),
      tableElement('Optimisation runs', header, rows),
    ),
  );
  return ['## Optimisation', '', markdownTable(header, rows)].join('\n');
}
