import type { LabDataset } from '../../lab/dataset.ts';
import type { PsiThresholds } from '../../lab/psi.ts';
import { evaluate, prepareData, type Evaluation, type PreparedData } from '../../lab/pipeline.ts';
import type { Sample } from '../../lab/dataset.ts';
import { sharedWorkerWithModelA, type LabWorker } from './lab-client.ts';
import type { ModelSlot } from './protocol.ts';

/** What the lab page knows: its settings (from the page's data attributes) and what the reader has run. */
export interface LabState {
  languages: string[];
  thresholds: PsiThresholds;
  /** Size of lid.176.ftz in bytes, as served. */
  modelBytes: number;
  /** Platform size limits for the optimisation chart, from content/simulator/platforms.yaml. */
  sizeLimits: { label: string; bytes: number }[];
  data?: PreparedData;
  modelA?: Evaluation;
  modelB?: Evaluation;
  /** Markdown per step, in page order, for "copy results". */
  results: Map<string, string>;
}

/** Reads the page's settings from the lab root element. */
export function readState(root: HTMLElement): LabState {
  return {
    languages: (root.dataset.languages ?? '').split(',').filter(Boolean),
    thresholds: { psiWatch: Number(root.dataset.psiWatch), psiAlert: Number(root.dataset.psiAlert) },
    modelBytes: Number(root.dataset.modelBytes),
    sizeLimits: JSON.parse(root.dataset.sizeLimits ?? '[]') as { label: string; bytes: number }[],
    results: new Map(),
  };
}

/** Fetches and prepares the dataset once (the data step's work, reused by every later step). */
export async function ensureData(state: LabState): Promise<PreparedData> {
  if (state.data) return state.data;
  const response = await fetch('/lab/udhr.json');
  if (!response.ok) throw new Error(`The dataset could not be fetched (HTTP ${response.status}).`);
  state.data = prepareData((await response.json()) as LabDataset);
  return state.data;
}

/** The page's worker with model A (lid.176.ftz) loaded. */
export const ensureWorker = (): Promise<LabWorker> => sharedWorkerWithModelA();

/** Top predicted language of each text, via the worker. */
export async function predictLanguages(worker: LabWorker, model: ModelSlot, texts: readonly string[]) {
  const { guesses } = await worker.call({ type: 'predict', model, texts: [...texts] });
  return guesses.map((g) => ({ predicted: g[0]?.lang ?? '', confidence: g[0]?.probability ?? 0 }));
}

/** Scores the model in `slot` on labelled samples: predictions from the worker, metrics from src/lab. */
export async function evaluateInWorker(
  state: LabState,
  worker: LabWorker,
  slot: ModelSlot,
  samples: readonly Sample[],
): Promise<Evaluation> {
  const predicted = await predictLanguages(
    worker,
    slot,
    samples.map(({ text }) => text),
  );
  return evaluate(
    samples,
    predicted.map(({ predicted: lang }) => lang),
    state.languages,
  );
}
