import { applyStep, emptySelection, journeyStatus, type Step } from './journey';
import type { SimulatorData } from './schema';

/**
 * The running example's steps up to the first decision of a stage (options flagged "example", and the
 * detours its settings stand for: warm instances, capped concurrency), so a chapter can open the
 * simulator at its own stage. Undefined for an unknown stage, or if the example meets a pitfall that
 * those settings do not solve.
 */
export function exampleStepsTo(data: SimulatorData, stage: string): Step[] | undefined {
  if (!data.decisions.some((d) => d.stage === stage)) return undefined;
  const steps: Step[] = [];
  let selection = emptySelection();
  for (;;) {
    const status = journeyStatus(data, selection);
    if (status.kind === 'deciding' && status.decision.stage === stage) return steps;
    let step: Step;
    if (status.kind === 'deciding') {
      const option = status.decision.options.find((o) => o.flags.includes('example'));
      if (!option) return undefined;
      step = { kind: 'choose', decision: status.decision.id, option: option.id };
    } else {
      // The running example keeps instances warm and caps concurrency (running-example.yaml): it takes
      // the detours that add those mitigations.
      const { example } = data;
      const limit = data.platforms.find((p) => p.id === example.platform)?.defaultConcurrency;
      const taken = new Set<string>();
      if (example.warmInstances > 0) taken.add('warm-instance');
      if (limit && example.maxConcurrency < limit.value) taken.add('concurrency-capped');
      const pitfall = status.kind === 'pitfall' ? status.pitfalls[0] : undefined;
      const detour = pitfall?.detours.find((d) => d.mitigation !== undefined && taken.has(d.mitigation));
      if (!pitfall || !detour) return undefined;
      step = { kind: 'detour', pitfall: pitfall.id, detour: detour.id };
    }
    const next = applyStep(data, selection, step);
    if (!next) return undefined;
    steps.push(step);
    selection = next;
  }
}
