import { indexData } from './data-index';
import { describeDerivation } from './derivations';
import { detoursTaken, type Step } from './journey';
import { computeMetrics, type Selection } from './metrics';
import { describeMetrics } from './report';
import type { Detour, Pitfall, SimulatorData } from './schema';
import type { DecisionId } from './vocabulary';

/** What the in-production report shows; only the report needs it, so it loads with the report. */
export interface JourneyReport {
  choices: { decision: string; question: string; option: string }[];
  metrics: ReturnType<typeof describeMetrics>;
  detours: { pitfall: Pitfall; detour: Detour }[];
  daysLost: number;
  adr: string;
}

/** "1 day", "3 days". */
export const dayCount = (n: number) => `${n} day${n === 1 ? '' : 's'}`;

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
    ...metrics.map((m) => `| ${m.label} | ${m.value} | ${describeDerivation(m.id, m.metric).replaceAll('|', '/')} |`),
    '',
    '## Pitfalls met and detours taken',
    '',
    ...detours.map(({ pitfall, detour }) => `- ${pitfall.title} → ${detour.label} (${dayCount(detour.days.value)})`),
    `- Days lost on detours: ${daysLost}.`,
    '',
  ].join('\n');

  return { choices, metrics, detours, daysLost, adr };
}
