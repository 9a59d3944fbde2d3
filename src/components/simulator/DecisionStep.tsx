import { computeMetrics, type Selection } from '../../simulator/metrics';
import { previewOption } from '../../simulator/preview';
import type { Decision, SimulatorData } from '../../simulator/schema';

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
