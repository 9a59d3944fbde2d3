import { computeMetrics, type Selection } from '../../../src/simulator/metrics';
import { readSimulatorData } from '../../../src/content/simulator-files';
import type { SimulatorData } from '../../../src/simulator/schema';

let data: SimulatorData | undefined;

/** The project's real simulator data, read and checked once per test file. */
export const simulatorData = (): SimulatorData => (data ??= readSimulatorData(process.cwd()));

/**
 * The metrics of `base` choices with some changed and mitigations taken, on the real data: a journey's
 * consequences without replaying it.
 */
export const metricsFrom =
  (base: Record<string, string>) =>
  (changes: Record<string, string> = {}, mitigations: string[] = []) =>
    computeMetrics(simulatorData(), { choices: { ...base, ...changes }, mitigations } as Selection);
