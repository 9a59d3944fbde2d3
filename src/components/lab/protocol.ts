import type { Guess, TrainParams, TrainProgress } from '../../lab/engine.ts';

/** A model slot in the worker: "A" is lid.176.ftz, "B" the reader's model, "scratch" any other training. */
export type ModelSlot = 'A' | 'B' | 'scratch';

/** Requests the lab's worker answers. */
export type WorkerRequest =
  | { type: 'load'; wasmUrl: string; modelUrl: string }
  | { type: 'train'; lines: string[]; params: TrainParams; slot: 'B' | 'scratch' }
  | { type: 'predict'; model: ModelSlot; texts: string[] };

/** What each request resolves to. */
export interface WorkerReplies {
  load: { sizeBytes: number; ms: number };
  train: { sizeBytes: number; ms: number };
  predict: { guesses: Guess[][]; ms: number };
}

/** Messages from the worker: a progress report for a training, a reply, or an error, each with the request id. */
export type WorkerMessage =
  | { id: number; kind: 'progress'; progress: TrainProgress }
  | { id: number; kind: 'reply'; reply: WorkerReplies[keyof WorkerReplies] }
  | { id: number; kind: 'error'; error: string };
