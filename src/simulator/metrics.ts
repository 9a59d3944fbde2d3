import type { SimulatorData } from './schema';
import { metricContext, type MetricGroup } from './metrics/context';
import { monthlyCost } from './metrics/cost';
import { packageMemoryColdStart, runtimeFootprint } from './metrics/footprint';
import { peakLoad, requestCompute } from './metrics/load';
import { opsEffort } from './metrics/ops';
import { languageQuality } from './metrics/quality';
import { servicesToRun } from './metrics/services';
import { modelSize } from './metrics/size';
import type { Metrics, Selection } from './metrics/types';

export type { LanguageQuality, MetricValue, Metrics, Selection } from './metrics/types';
export { languageQualities } from './metrics/quality';

/** The metric groups in dependency order: each may read the metrics of the groups before it. */
const GROUPS: MetricGroup[] = [
  modelSize,
  servicesToRun,
  runtimeFootprint,
  packageMemoryColdStart,
  requestCompute,
  peakLoad,
  monthlyCost,
  opsEffort,
  languageQuality,
];

/**
 * Compute every metric whose inputs are chosen; a metric stays out until they are. Pure: the same
 * selection always gives the same numbers. Each group lives in src/simulator/metrics/.
 */
export function computeMetrics(data: SimulatorData, selection: Selection): Metrics {
  const context = metricContext(data, selection);
  const out: Metrics = {};
  for (const group of GROUPS) Object.assign(out, group(context, out));
  return out;
}
