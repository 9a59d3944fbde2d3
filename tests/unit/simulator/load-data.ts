import { readSimulatorData } from '../../../src/content/simulator-files';
import type { SimulatorData } from '../../../src/simulator/schema';

let data: SimulatorData | undefined;

/** The project's real simulator data, read and checked once per test file. */
export const simulatorData = (): SimulatorData => (data ??= readSimulatorData(process.cwd()));
