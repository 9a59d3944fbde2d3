import type { Metrics } from './metrics';
import { METRICS, METRIC_IDS } from './vocabulary';

/** A metric's value for people: "2.31 GB", "8.4 s", "$412". */
export function formatMetric(id: keyof typeof METRICS, value: number): string {
  const { unit } = METRICS[id];
  if (unit === 'MB')
    return value >= 1000
      ? `${(value / 1000).toFixed(2)} GB`
      : `${value < 10 ? value.toFixed(1) : Math.round(value)} MB`;
  if (unit === 'USD') return `$${value < 10 ? value.toFixed(2) : Math.round(value).toLocaleString('en-US')}`;
  if (unit === 's') return `${value.toFixed(1)} s`;
  if (unit === '') return String(Math.round(value));
  return `${Math.round(value * 10) / 10} ${unit}`;
}

/**
 * Metrics in display order, formatted, each with the metric itself: derivations.ts puts its derivation in
 * words when a reader asks for it.
 */
export function describeMetrics(metrics: Metrics) {
  return METRIC_IDS.flatMap((id) => {
    const metric = metrics[id];
    return metric
      ? [
          {
            id,
            label: METRICS[id].label,
            value: formatMetric(id, metric.value),
            metric,
            estimate: metric.estimate,
          },
        ]
      : [];
  });
}
