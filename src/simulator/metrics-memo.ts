import { METRIC_GROUPS, type Metrics, type Selection } from './metrics';
import { metricContext } from './metrics/context';
import { METRIC_INPUTS } from './metric-inputs';
import type { SimulatorData } from './schema';
import { selectionKey } from './selection-key';

/** Results of metric groups kept between calls, one map per group keyed by its own inputs (exhaustive checks). */
export type MetricMemo = Map<number, Metrics>[];

/**
 * computeMetrics for the exhaustive checks: a group whose inputs (and mitigations) were seen before is not
 * computed again. Each group's inputs are those of the metric it names (metric-inputs.ts).
 */
export function computeMetricsMemo(data: SimulatorData, selection: Selection, memo: MetricMemo): Metrics {
  const context = metricContext(data, selection);
  const out: Metrics = {};
  const key = selectionKey(data);
  METRIC_GROUPS.forEach(([group, metric], i) => {
    const groupMemo = (memo[i] ??= new Map());
    const memoKey = key(selection.choices, METRIC_INPUTS[metric], selection.mitigations);
    let result = groupMemo.get(memoKey);
    if (!result) groupMemo.set(memoKey, (result = group(context, out)));
    Object.assign(out, result);
  });
  return out;
}
