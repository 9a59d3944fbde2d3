import { applyStep, emptySelection, journeyStatus, type Step } from './journey';
import type { SimulatorData } from './schema';

/**
 * The running example's steps up to the first decision of a stage (options flagged "example"), so a
 * chapter can open the simulator at its own stage. Undefined for an unknown stage.
 */
export function exampleStepsTo(data: SimulatorData, stage: string): Step[] | undefined {
  if (!data.decisions.some((d) => d.stage === stage)) return undefined;
  const steps: Step[] = [];
  let selection = emptySelection();
  for (;;) {
    const status = journeyStatus(data, selection);
    if (status.kind !== 'deciding' || status.decision.stage === stage)
      return status.kind === 'deciding' ? steps : undefined;
    const option = status.decision.options.find((o) => o.flags.includes('example'));
    if (!option) return undefined;
    const step: Step = { kind: 'choose', decision: status.decision.id, option: option.id };
    const next = applyStep(data, selection, step);
    if (!next) return undefined;
    steps.push(step);
    selection = next;
  }
}
