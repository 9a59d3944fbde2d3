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
import type { MetricId } from './vocabulary';

export type { LanguageQuality, MetricValue, Metrics, Selection } from './metrics/types';
export { languageQualities } from './metrics/quality';

/**
 * The metric groups in dependency order: each may read the metrics of the groups before it. Each names
 * a metric it computes, whose inputs (metric-inputs.ts) are the decisions the whole group reads.
 */
export const METRIC_GROUPS: [MetricGroup, MetricId][] = [
  [modelSize, 'modelMB'],
  [servicesToRun, 'servicesToRun'],
  [runtimeFootprint, 'runtimeMB'],
  [packageMemoryColdStart, 'packageMB'],
  [requestCompute, 'latencyMs'],
  [peakLoad, 'peakRps'],
  [monthlyCost, 'monthlyCostUSD'],
  [opsEffort, 'opsHoursPerMonth'],
  [languageQuality, 'qualityGapPts'],
];

/**
 * Compute every metric whose inputs are chosen; a metric stays out until they are. Pure: the same
 * selection always gives the same numbers. Each group lives in src/simulator/metrics/.
 */
export function computeMetrics(data: SimulatorData, selection: Selection): Metrics {
  const context = metricContext(data, selection);
  const out: Metrics = {};
  for (const [group] of METRIC_GROUPS) Object.assign(out, group(context, out));
  return out;
}
