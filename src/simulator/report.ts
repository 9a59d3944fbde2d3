import { indexData } from './data-index';
import { detoursTaken, type Step } from './journey';
import { computeMetrics, type Metrics, type Selection } from './metrics';
import type { Detour, Pitfall, SimulatorData } from './schema';
import { METRICS, METRIC_IDS, type DecisionId } from './vocabulary';

export interface JourneyReport {
  choices: { decision: string; question: string; option: string }[];
  metrics: ReturnType<typeof describeMetrics>;
  detours: { pitfall: Pitfall; detour: Detour }[];
  daysLost: number;
  adr: string;
}

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
 * A derivation reads "<value> = <how>"; state the value exactly as the panel shows it, so the two never
 * round differently ("$0.03 = …", not "$0 = …").
 */
export const alignDerivation = (shown: string, derivation: string) =>
  /^[^=]+ = /.test(derivation) ? derivation.replace(/^[^=]+ = /, `${shown} = `) : derivation;

/** Metrics in display order, formatted, each with its derivation. */
export function describeMetrics(metrics: Metrics) {
  return METRIC_IDS.flatMap((id) => {
    const metric = metrics[id];
    return metric
      ? [
          {
            id,
            label: METRICS[id].label,
            value: formatMetric(id, metric.value),
            derivation: alignDerivation(formatMetric(id, metric.value), metric.explain()),
            estimate: metric.estimate,
            sources: metric.sources,
          },
        ]
      : [];
  });
}

/** The in-production report: choices, metrics with derivations, detours, days lost and an ADR in Markdown. */
export function buildReport(data: SimulatorData, selection: Selection, steps: readonly Step[]): JourneyReport {
  const index = indexData(data);
  const choices = data.decisions.flatMap((decision) => {
    const optionId = selection.choices[decision.id as DecisionId];
    const option = optionId ? index.options.get(decision.id)?.get(optionId) : undefined;
    return option ? [{ decision: decision.id, question: decision.question, option: option.label }] : [];
  });
  const metrics = describeMetrics(computeMetrics(data, selection));
  const detours = detoursTaken(data, steps);
  const daysLost = detours.reduce((sum, { detour }) => sum + detour.days.value, 0);

  const adr = [
    '# ADR: Architecture of the multilingual message-routing classifier',
    '',
    '## Context and decision',
    '',
    ...choices.map((c) => `- ${c.question} **${c.option}**`),
    ...selection.mitigations.map((id) => `- Mitigation: ${data.mitigations.find((m) => m.id === id)?.label ?? id}`),
    '',
    '## Consequences (estimates marked in the simulator)',
    '',
    '| Metric | Value | Derivation |',
    '| --- | --- | --- |',
    ...metrics.map((m) => `| ${m.label} | ${m.value} | ${m.derivation.replaceAll('|', '/')} |`),
    '',
    '## Pitfalls met and detours taken',
    '',
    ...detours.map(({ pitfall, detour }) => `- ${pitfall.title} → ${detour.label} (${detour.days.value} days)`),
    `- Days lost on detours: ${daysLost}.`,
    '',
  ].join('\n');

  return { choices, metrics, detours, daysLost, adr };
}
