import { journeyStatus } from './journey';
import { computeMetrics, type Metrics, type Selection } from './metrics';
import { formatMetric } from './report';
import type { Decision, SimulatorData } from './schema';
import { METRICS, type MetricId } from './vocabulary';

const PREVIEW_METRICS: MetricId[] = [
  'modelMB',
  'packageMB',
  'memoryMB',
  'coldStartS',
  'latencyMs',
  'monthlyCostUSD',
  'servicesToRun',
  'qualityWorstPct',
];

/** What choosing an option would change: up to four metrics it sets or moves, and the pitfall it would open. */
export interface OptionPreview {
  /** e.g. "model 118 MB · image 288 MB"; empty when nothing measurable changes yet. */
  changes: string;
  /** e.g. "Opens a pitfall: Package over Lambda's 250 MB limit." or "Risk: …" for one that surfaces months later. */
  warning?: string;
}

/** Preview an option of a decision against the current selection and its metrics. */
export function previewOption(
  data: SimulatorData,
  selection: Selection,
  before: Metrics,
  decision: Decision,
  optionId: string,
): OptionPreview {
  const next: Selection = { ...selection, choices: { ...selection.choices, [decision.id]: optionId } };
  const after = computeMetrics(data, next);
  const changes = PREVIEW_METRICS.filter((id) => after[id] && (!before[id] || before[id]!.value !== after[id]!.value))
    .slice(0, 4)
    .map((id) => `${METRICS[id].label.replace(/ \(.*/, '').toLowerCase()} ${formatMetric(id, after[id]!.value)}`)
    .join(' · ');
  const status = journeyStatus(data, next, after);
  if (status.kind !== 'pitfall') return { changes };
  return { changes, warning: `${status.monthsLater ? 'Risk' : 'Opens a pitfall'}: ${status.pitfalls[0]!.title}.` };
}
