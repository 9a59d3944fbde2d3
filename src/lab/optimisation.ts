import { DEFAULT_TRAIN, type TrainParams } from './engine.ts';

/** The size/accuracy runs `npm run lab` makes and the page offers as presets: one knob changed at a time. */
export const OPTIMISATION_GRID: TrainParams[] = [
  { ...DEFAULT_TRAIN, dim: 8, bucket: 10_000 },
  { ...DEFAULT_TRAIN },
  { ...DEFAULT_TRAIN, dim: 32 },
  { ...DEFAULT_TRAIN, bucket: 200_000 },
  { ...DEFAULT_TRAIN, wordNgrams: 2 },
];

/** Platform size limits drawn on the size/accuracy chart for scale (bytes; sources in content/simulator/platforms.yaml). */
export const PLATFORM_SIZE_LIMITS = [
  { label: '250 MB: AWS Lambda .zip package, unzipped', bytes: 250 * 1024 * 1024 },
  { label: '10 GB: AWS Lambda container image', bytes: 10 * 1024 * 1024 * 1024 },
];
