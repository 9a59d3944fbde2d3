import { unavailableReason } from '../../simulator/availability';
import { computeMetrics, type Selection } from '../../simulator/metrics';
import { previewOption } from '../../simulator/preview';
import type { Decision, SimulatorData } from '../../simulator/schema';

interface Props {
  data: SimulatorData;
  selection: Selection;
  decision: Decision;
  /** Stage id → label, for the eyebrow "Model · decision 7 of 12". */
  stageLabels: Record<string, string>;
  onChoose: (optionId: string) => void;
}

/**
 * One decision: its question, and each option as a button with a preview of its consequences. An option
 * that earlier answers rule out stays in the list, disabled, with the reason: it keeps its place in the
 * tab order (aria-disabled, not disabled) so a screen reader reaches it and reads why.
 */
export function DecisionStep({ data, selection, decision, stageLabels, onChoose }: Props) {
  const before = computeMetrics(data, selection);
  const stageLabel = `${stageLabels[decision.stage] ?? ''} · decision ${data.decisions.indexOf(decision) + 1} of ${data.decisions.length}`;
  return (
    <section className="sim-step" aria-labelledby="sim-step-title" data-decision={decision.id}>
      <p className="sim-eyebrow">{stageLabel}</p>
      <h2 id="sim-step-title" tabIndex={-1} data-focus-target>
        {decision.question}
      </h2>
      <p className="sim-muted">{decision.help}</p>
      <ul className="sim-options">
        {decision.options.map((option) => {
          const reason = unavailableReason(data, selection, decision, option);
          if (reason) {
            const reasonId = `sim-why-${decision.id}-${option.id}`;
            return (
              <li key={option.id}>
                <button
                  type="button"
                  className="sim-option"
                  aria-disabled="true"
                  aria-describedby={reasonId}
                  data-option={option.id}
                  data-unavailable
                >
                  <span className="sim-option-label">{option.label}</span>
                  <span className="sim-option-preview" id={reasonId}>
                    Not available: {reason}
                  </span>
                </button>
              </li>
            );
          }
          const { changes, warning } = previewOption(data, selection, before, decision, option.id);
          return (
            <li key={option.id}>
              <button type="button" className="sim-option" onClick={() => onChoose(option.id)} data-option={option.id}>
                <span className="sim-option-label">{option.label}</span>
                <span className="sim-option-preview">
                  {option.summary}
                  {changes && <span> {changes}</span>}
                  {warning && <span className="sim-warn"> {warning}</span>}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
