import { computeMetrics, type Metrics, type Selection } from '../../simulator/metrics';
import { journeyStatus } from '../../simulator/journey';
import { formatMetric } from '../../simulator/report';
import type { Decision, SimulatorData } from '../../simulator/schema';
import { METRICS, type MetricId } from '../../simulator/vocabulary';

const PREVIEW_METRICS: MetricId[] = ['modelMB', 'packageMB', 'memoryMB', 'coldStartS', 'latencyMs', 'monthlyCostUSD', 'servicesToRun', 'qualityWorstPct'];

/** A short preview of what an option would change: the newly known metrics and whether a pitfall opens. */
export function previewOption(data: SimulatorData, selection: Selection, before: Metrics, decision: Decision, optionId: string): string {
  const next: Selection = { ...selection, choices: { ...selection.choices, [decision.id]: optionId } };
  const after = computeMetrics(data, next);
  const parts = PREVIEW_METRICS.filter((id) => after[id] && (!before[id] || before[id]!.value !== after[id]!.value)).map(
    (id) => `${METRICS[id].label.replace(/ \(.*/, '').toLowerCase()} ${formatMetric(id, after[id]!.value)}`,
  );
  const status = journeyStatus(data, next, after);
  const warning =
    status.kind === 'pitfall' ? `${status.monthsLater ? 'Risk' : 'Opens a pitfall'}: ${status.pitfalls[0]!.title}.` : '';
  return [parts.slice(0, 4).join(' · '), warning].filter(Boolean).join(' ');
}

interface Props {
  data: SimulatorData;
  selection: Selection;
  decision: Decision;
  stageLabel: string;
  onChoose: (optionId: string) => void;
}

/** One decision: its question, and each option as a button with a preview of its consequences. */
export function DecisionStep({ data, selection, decision, stageLabel, onChoose }: Props) {
  const before = computeMetrics(data, selection);
  return (
    <section className="sim-step" aria-labelledby="sim-step-title" data-decision={decision.id}>
      <p className="sim-eyebrow">{stageLabel}</p>
      <h2 id="sim-step-title" tabIndex={-1} data-focus-target>
        {decision.question}
      </h2>
      <p className="sim-muted">{decision.help}</p>
      <ul className="sim-options">
        {decision.options.map((option) => {
          const preview = previewOption(data, selection, before, decision, option.id);
          return (
            <li key={option.id}>
              <button type="button" className="sim-option" onClick={() => onChoose(option.id)} data-option={option.id}>
                <span className="sim-option-label">{option.label}</span>
                <span className="sim-option-preview">
                  {option.summary}
                  {preview && <span className={/Opens a pitfall|Risk:/.test(preview) ? 'sim-warn' : undefined}> {preview}</span>}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
