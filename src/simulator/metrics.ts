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
import { indexData } from './data-index';
import { METRIC_INPUTS } from './metric-inputs';
import type { MetricId } from './vocabulary';

export type { LanguageQuality, MetricValue, Metrics, Selection } from './metrics/types';
export { languageQualities } from './metrics/quality';

/**
 * The metric groups in dependency order: each may read the metrics of the groups before it. Each names
 * a metric it computes, whose inputs (metric-inputs.ts) are the decisions the whole group reads.
 */
const GROUPS: [MetricGroup, MetricId][] = [
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

/** Results of metric groups kept between calls, one map per group keyed by its own inputs (exhaustive checks). */
export type MetricMemo = Map<number, Metrics>[];

/**
 * Compute every metric whose inputs are chosen; a metric stays out until they are. Pure: the same
 * selection always gives the same numbers. Each group lives in src/simulator/metrics/. With a memo, a
 * group whose inputs (and mitigations) were seen before is not computed again.
 */
export function computeMetrics(data: SimulatorData, selection: Selection, memo?: MetricMemo): Metrics {
  const context = metricContext(data, selection);
  const out: Metrics = {};
  const encode = memo && indexData(data).encode;
  GROUPS.forEach(([group, metric], i) => {
    if (!encode) return Object.assign(out, group(context, out));
    const key = encode(selection.choices, METRIC_INPUTS[metric], selection.mitigations);
    const groupMemo = (memo[i] ??= new Map());
    let result = groupMemo.get(key);
    if (!result) groupMemo.set(key, (result = group(context, out)));
    Object.assign(out, result);
  });
  return out;
}
