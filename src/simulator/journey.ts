import { detourUnavailableReason, settleSelection, unavailableReason } from './availability';
import { evaluateCondition, metricPressures } from './conditions';
import { indexData } from './data-index';
import { computeMetrics, type Metrics, type Selection } from './metrics';
import type { Decision, Detour, Pitfall, SimulatorData } from './schema';
import type { DecisionId } from './vocabulary';

/** One thing the attendee did: chose an option, or took a detour around a pitfall. */
export type Step =
  { kind: 'choose'; decision: string; option: string } | { kind: 'detour'; pitfall: string; detour: string };

/** Where a selection stands: a decision to make, pitfalls to get round, or production. */
export type JourneyStatus =
  | { kind: 'deciding'; decision: Decision }
  | { kind: 'pitfall'; pitfalls: Pitfall[]; monthsLater: boolean }
  | { kind: 'production' };

/**
 * What a view of the journey renders: the machine's state (which panel) and its context (the steps taken
 * and the selection they make). machine.ts maps a machine snapshot to it; `startingSnapshot` gives the same
 * without XState, for the first render.
 */
export interface JourneySnapshot {
  state: 'deciding' | 'pitfall' | 'monthsLater' | 'inProduction';
  steps: Step[];
  selection: Selection;
}

/** The snapshot a machine started with these steps is in, from the pure journey functions its guards call. */
export function startingSnapshot(data: SimulatorData, steps: Step[]): JourneySnapshot {
  const selection = replaySteps(data, steps);
  if (!selection) return { state: 'deciding', steps: [], selection: emptySelection() };
  const status = journeyStatus(data, selection);
  const state =
    status.kind === 'pitfall'
      ? status.monthsLater
        ? 'monthsLater'
        : 'pitfall'
      : status.kind === 'production'
        ? 'inProduction'
        : 'deciding';
  return { state, steps, selection };
}

export const emptySelection = (): Selection => ({ choices: {}, mitigations: [] });

/** Pitfalls whose condition is true for this selection, in data order. */
export function openPitfalls(
  data: SimulatorData,
  selection: Selection,
  metrics: Metrics,
  surfaces: Pitfall['surfaces'],
): Pitfall[] {
  const platform = selection.choices.platform ? indexData(data).platforms.get(selection.choices.platform) : undefined;
  return data.pitfalls.filter(
    (p) => p.surfaces === surfaces && evaluateCondition(p.when, { data, selection, metrics, platform }) === true,
  );
}

/** The first decision not yet made, in journey order. */
export function nextDecision(data: SimulatorData, selection: Selection): Decision | undefined {
  return data.decisions.find((d) => selection.choices[d.id as DecisionId] === undefined);
}

/** Design pitfalls block first; then the next decision; once all are made, pitfalls that surface months later; then production. */
export function journeyStatus(data: SimulatorData, selection: Selection, metrics?: Metrics): JourneyStatus {
  // Selections are never mutated, so the machine's guards and the view can share one evaluation.
  // A page has one data set, so the selection alone keys the cache.
  let status = statusCache.get(selection);
  if (!status)
    statusCache.set(selection, (status = evaluateStatus(data, selection, metrics ?? computeMetrics(data, selection))));
  return status;
}

const statusCache = new WeakMap<Selection, JourneyStatus>();

function evaluateStatus(data: SimulatorData, selection: Selection, metrics: Metrics): JourneyStatus {
  const design = openPitfalls(data, selection, metrics, 'design');
  if (design.length > 0)
    return {
      kind: 'pitfall',
      pitfalls: rootCauseFirst(data, selection, metrics, design, 'design'),
      monthsLater: false,
    };
  const decision = nextDecision(data, selection);
  if (decision) return { kind: 'deciding', decision };
  const later = openPitfalls(data, selection, metrics, 'months-later');
  if (later.length > 0)
    return {
      kind: 'pitfall',
      pitfalls: rootCauseFirst(data, selection, metrics, later, 'months-later'),
      monthsLater: true,
    };
  return { kind: 'production' };
}

/**
 * Order open pitfalls so the root cause comes first: the pitfall with the detour that helps the most of
 * the others for each day it costs — helping one means closing it, or moving a metric it reads by a tenth
 * or more its way (a CPU-only wheel, one day, shrinks the package and the cold start that three other
 * pitfalls are about). Ties keep data order, which lists the hard platform limits (nothing deploys until
 * they are met) before what costs latency or money. The reader fixes one thing instead of paying for three.
 * `before` is the selection's own metrics.
 */
export function rootCauseFirst(
  data: SimulatorData,
  selection: Selection,
  before: Metrics,
  open: Pitfall[],
  surfaces: Pitfall['surfaces'],
): Pitfall[] {
  if (open.length < 2) return open;
  const relieves = (pitfall: Pitfall, after: Metrics) =>
    metricPressures(pitfall.when).some(({ metric, worse }) => {
      const was = before[metric]?.value;
      const now = after[metric]?.value;
      if (was === undefined || now === undefined) return false;
      return (worse === 'higher' ? was - now : now - was) >= 0.1 * Math.abs(was);
    });
  // Others helped per day of the pitfall's best detour that can be taken from here.
  const helpPerDay = (pitfall: Pitfall) =>
    Math.max(
      0,
      ...pitfall.detours
        .filter((detour) => detourUnavailableReason(data, selection, detour) === undefined)
        .map((detour) => {
          const next = settleSelection(data, applyDetour(selection, detour));
          const after = computeMetrics(data, next);
          const still = new Set(openPitfalls(data, next, after, surfaces).map((p) => p.id));
          const helped = open.filter((p) => p !== pitfall && (!still.has(p.id) || relieves(p, after))).length;
          return helped / Math.max(0.5, detour.days.value);
        }),
    );
  const scores = new Map(open.map((p) => [p, helpPerDay(p)]));
  return [...open].sort((a, b) => scores.get(b)! - scores.get(a)!);
}

/** A selection with a detour applied: its choices set and its mitigation added. */
export function applyDetour(selection: Selection, detour: Detour): Selection {
  const mitigations =
    detour.mitigation && !selection.mitigations.includes(detour.mitigation)
      ? [...selection.mitigations, detour.mitigation]
      : selection.mitigations;
  return { choices: { ...selection.choices, ...detour.set }, mitigations };
}

/** Apply one step if it is allowed now, else return undefined. Only the current decision or an open pitfall's detour is allowed. */
export function applyStep(data: SimulatorData, selection: Selection, step: Step): Selection | undefined {
  const status = journeyStatus(data, selection);
  if (step.kind === 'choose') {
    if (status.kind !== 'deciding' || status.decision.id !== step.decision) return undefined;
    const option = status.decision.options.find((o) => o.id === step.option);
    if (!option || unavailableReason(data, selection, status.decision, option) !== undefined) return undefined;
    return settleSelection(data, { ...selection, choices: { ...selection.choices, [step.decision]: step.option } });
  }
  if (status.kind !== 'pitfall') return undefined;
  const detour = status.pitfalls.find((p) => p.id === step.pitfall)?.detours.find((d) => d.id === step.detour);
  if (!detour || detourUnavailableReason(data, selection, detour) !== undefined) return undefined;
  return settleSelection(data, applyDetour(selection, detour));
}

/** Replay steps from the start; undefined if any step is not allowed where it stands. */
export function replaySteps(data: SimulatorData, steps: readonly Step[]): Selection | undefined {
  let selection: Selection | undefined = emptySelection();
  for (const step of steps) {
    selection = applyStep(data, selection, step);
    if (!selection) return undefined;
  }
  return selection;
}

/** The detours a journey took, with the pitfall each got round and the days it cost. */
export function detoursTaken(data: SimulatorData, steps: readonly Step[]) {
  const pitfalls = new Map(data.pitfalls.map((p) => [p.id, p]));
  return steps.flatMap((step) => {
    if (step.kind !== 'detour') return [];
    const pitfall = pitfalls.get(step.pitfall);
    const detour = pitfall?.detours.find((d) => d.id === step.detour);
    return pitfall && detour ? [{ pitfall, detour }] : [];
  });
}
