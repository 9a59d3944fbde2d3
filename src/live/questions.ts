/**
 * What the room votes on next, from the simulator's data and the journey so far: the next decision
 * (the options still open, with their one-line summaries and what they would change), or the detour around the
 * first open pitfall; null once the journey is in production. Pure; runs in the presenter's tab.
 */
import { availableOptions, detourUnavailableReason } from '../simulator/availability';
import { journeyStatus, replaySteps, type Step } from '../simulator/journey';
import { computeMetrics } from '../simulator/metrics';
import { previewOption } from '../simulator/preview';
import type { SimulatorData } from '../simulator/schema';
import type { SimulatorEvent } from '../simulator/machine';
import { MAX_PREVIEW, type QuestionSpec } from './protocol';

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/**
 * @returns the question, or null in production
 * @throws {Error} when `steps` do not replay on `data` (the room's journey belongs to other data)
 */
export function questionFor(data: SimulatorData, steps: readonly Step[]): QuestionSpec | null {
  const selection = replaySteps(data, steps);
  if (!selection) throw new Error("The room's journey does not fit this simulator's data.");
  const status = journeyStatus(data, selection);
  if (status.kind === 'production') return null;
  if (status.kind === 'deciding') {
    const { decision } = status;
    const before = computeMetrics(data, selection);
    return {
      kind: 'choose',
      ref: decision.id,
      prompt: clip(decision.question, 300),
      // Options an earlier answer rules out are not put to the room: the reader's view shows them disabled.
      options: availableOptions(data, selection, decision).map((option) => {
        const { changes } = previewOption(data, selection, before, decision, option.id);
        return {
          id: option.id,
          label: option.label,
          preview: clip([option.summary, changes].join(' ').trim(), MAX_PREVIEW),
        };
      }),
    };
  }
  const pitfall = status.pitfalls[0]!;
  return {
    kind: 'detour',
    ref: pitfall.id,
    prompt: clip(`${status.monthsLater ? 'Months later' : 'Pitfall'}: ${pitfall.title}. Which detour?`, 300),
    options: pitfall.detours
      .filter((d) => detourUnavailableReason(data, selection, d) === undefined)
      .map((d) => ({ id: d.id, label: d.label, preview: clip(d.explanation, MAX_PREVIEW) })),
  };
}

/** The simulator event that takes a step: the same CHOOSE / TAKE_DETOUR a reader's click sends. */
export const eventFor = (step: Step): SimulatorEvent =>
  step.kind === 'choose'
    ? { type: 'CHOOSE', decision: step.decision, option: step.option }
    : { type: 'TAKE_DETOUR', pitfall: step.pitfall, detour: step.detour };
