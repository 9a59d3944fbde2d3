import { DEFAULT_TRAIN, type TrainParams } from './engine.ts';

/** The size/accuracy runs `npm run lab` makes and the page offers as presets: one knob changed at a time. */
export const OPTIMISATION_GRID: TrainParams[] = [
  { ...DEFAULT_TRAIN, dim: 8, bucket: 10_000 },
  { ...DEFAULT_TRAIN },
  { ...DEFAULT_TRAIN, dim: 32 },
  { ...DEFAULT_TRAIN, bucket: 200_000 },
  { ...DEFAULT_TRAIN, wordNgrams: 2 },
];
