import { evaluateCondition, matchCondition } from './conditions';
import { indexData } from './data-index';
import {
  RULE_INPUTS,
  RULE_READS,
  RULED_DECISIONS,
  availableOptions,
  detourUnavailableReason,
  settleSelection,
  unavailableReason,
} from './availability';
import { applyDetour } from './journey';
import type { Metrics, Selection } from './metrics';
import { computeMetricsMemo, type MetricMemo } from './metrics-memo';
import { selectionKey } from './selection-key';
import type { Detour, Pitfall, SimulatorData } from './schema';
import type { Condition } from './schema';
import { METRIC_INPUTS, MITIGATION_METRICS } from './metric-inputs';
import { DECISION_IDS, type DecisionId, type MetricId, type MitigationId } from './vocabulary';

const inputsOfMetric = (metric: string) => METRIC_INPUTS[metric as MetricId] ?? [];

/**
 * The decisions a condition depends on: directly, or (with `metricsOnly`) only through the inputs of the
 * metrics it reads, which also depend on the platform's limits.
 */
export function conditionInputs(condition: Condition, metricsOnly = false): Set<DecisionId> {
  const parts = (list: Condition[]) => new Set(list.flatMap((c) => [...conditionInputs(c, metricsOnly)]));
  const direct = (...ids: DecisionId[]) => new Set<DecisionId>(metricsOnly ? [] : ids);
  return matchCondition<Set<DecisionId>>(condition, {
    all: (node) => parts(node.all),
    any: (node) => parts(node.any),
    not: (node) => conditionInputs(node.not, metricsOnly),
    choice: (node) => direct(node.choice as DecisionId),
    optionKind: (node) => direct(node.optionKind),
    platformFlag: () => direct('platform'),
    mitigation: () => new Set(),
    overLimit: (node) => new Set([...inputsOfMetric(node.metric), 'platform']),
    compare: (node) => new Set([...inputsOfMetric(node.metric), ...(metricsOnly ? (['platform'] as const) : [])]),
  });
}

/** Decisions that some pitfall depends on. The others (e.g. traffic, which only moves cost) cannot open or close one. */
export function pitfallInputs(data: SimulatorData): Set<DecisionId> {
  return new Set(data.pitfalls.flatMap((p) => [...conditionInputs(p.when)]));
}

export interface JourneyCheck {
  combinations: number;
  /** Pitfall id → how many full combinations open it. */
  pitfallHits: Map<string, number>;
  /** Pitfall id → pitfalls a detour around it can newly open. Must be acyclic for detours to terminate. */
  detourLeadsTo: Map<string, Set<string>>;
  /** Combinations where a detour leaves its own pitfall open: a dead end. */
  problems: string[];
}

/**
 * Every full combination of options the journey can reach (no mitigations), in a fixed order: an option
 * that earlier choices rule out (availability.ts) is skipped, as the reader cannot pick it. Decisions
 * outside `vary` keep their first open option: pass pitfallInputs(data) to cover every combination that
 * can differ for a pitfall.
 */
export function* allSelections(data: SimulatorData, vary?: Set<DecisionId>): Generator<Selection> {
  const decisions = data.decisions;
  const choices: Partial<Record<DecisionId, string>> = {};
  function* walk(i: number): Generator<Selection> {
    if (i === decisions.length) {
      yield { choices: { ...choices }, mitigations: [] };
      return;
    }
    const decision = decisions[i]!;
    const id = decision.id as DecisionId;
    let open = availableOptions(data, { choices, mitigations: [] }, decision);
    // A question whose every answer is ruled out would strand the reader: fail loudly, never skip it.
    if (open.length === 0) throw new Error(`no open option for ${id} after ${describe({ choices, mitigations: [] })}`);
    if (vary && !vary.has(id)) open = open.slice(0, 1);
    for (const option of open) {
      choices[id] = option.id;
      yield* walk(i + 1);
    }
    delete choices[id];
  }
  yield* walk(0);
}

const describe = (selection: Selection) =>
  Object.entries(selection.choices)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');

/**
 * Walk every combination (or those matching `only`, to split the work) through the pure model: note which
 * pitfalls open, check that each detour the reader can take closes the pitfall it is offered for, and
 * record which pitfalls a detour can newly open.
 *
 * Three things keep it fast without skipping a combination. Decisions read only by pitfalls that do not
 * depend on the platform (residency, labelled data, monitoring) vary innermost, and the pitfalls that do
 * not read them are checked once per outer combination, since their outcome cannot differ between inner
 * ones. A detour's outcome depends only on the decisions read by the pitfalls it can change (those reading
 * a decision it sets, or a later one it may clear) and is remembered under them. Metric groups are
 * remembered under their own inputs.
 */
export function checkAllCombinations(
  data: SimulatorData,
  {
    only = {},
    limit = Infinity,
    maxProblems = 20,
  }: { only?: Partial<Record<DecisionId, string>>; limit?: number; maxProblems?: number } = {},
): JourneyCheck {
  const index = indexData(data);
  const encode = selectionKey(data);
  const pitfallHits = new Map<string, number>(data.pitfalls.map((p) => [p.id, 0]));
  const detourLeadsTo = new Map<string, Set<string>>(data.pitfalls.map((p) => [p.id, new Set()]));
  const problems: string[] = [];
  let combinations = 0;
  const metricMemo: MetricMemo = [];
  const metricsOf = (selection: Selection) => computeMetricsMemo(data, selection, metricMemo);
  const openAmong = (pitfalls: Pitfall[], selection: Selection, metrics: Metrics): Pitfall[] => {
    const platform = index.platforms.get(selection.choices.platform ?? '');
    return pitfalls.filter((p) => evaluateCondition(p.when, { data, selection, metrics, platform }) === true);
  };
  const inputs = new Map(data.pitfalls.map((p) => [p, conditionInputs(p.when)]));
  const reads = new Map(data.pitfalls.map((p) => [p, conditionReads(p.when)]));
  const vary = pitfallInputs(data);
  const platformFree = data.pitfalls.filter((p) => !inputs.get(p)!.has('platform'));
  const inner = new Set(
    [...vary].filter((d) => data.pitfalls.every((p) => !inputs.get(p)!.has(d) || platformFree.includes(p))),
  );
  const outer = new Set([...vary].filter((d) => !inner.has(d)));
  const readsInner = (p: Pitfall) => [...inputs.get(p)!].some((d) => inner.has(d));
  const innerPitfalls = data.pitfalls.filter(readsInner);
  const outerPitfalls = data.pitfalls.filter((p) => !readsInner(p));
  const allInner = [...allSelections(data, inner)].map((s) => pickChoices(s, inner));
  // An inner decision may be ruled by an outer one (monitoring by the model): keep the inner combinations
  // the outer choices leave open, worked out once per outer choice of the decisions the rules read.
  const ruledInner = [...inner].filter((d) => RULED_DECISIONS.includes(d));
  const openInnerCombos = new Map<string, Partial<Record<DecisionId, string>>[]>();
  const innerCombosFor = (outerChoices: Selection['choices']) => {
    const key = RULE_INPUTS.map((d) => outerChoices[d]).join('|');
    let combos = openInnerCombos.get(key);
    if (!combos) {
      combos = allInner.filter((innerChoices) => {
        const selection: Selection = { choices: { ...outerChoices, ...innerChoices }, mitigations: [] };
        return ruledInner.every((d) => {
          const option = index.options.get(d)?.get(innerChoices[d]!);
          return (
            option !== undefined && unavailableReason(data, selection, index.decisions.get(d)!, option) === undefined
          );
        });
      });
      openInnerCombos.set(key, combos);
    }
    return combos;
  };
  const metricRead = new Set(data.pitfalls.flatMap((p) => [...conditionInputs(p.when, true)]));
  const innerMetricDecisions = [...inner].filter((d) => metricRead.has(d));
  // Pitfalls that need a mitigation in place can only open after a detour.
  const reachedOnlyByDetour = new Set(data.pitfalls.filter((p) => needsMitigation(p.when)).map((p) => p.id));

  // What a detour can change: the decisions it sets, the later ones availability may clear or answer,
  // the metrics its mitigation moves, and so the pitfalls reading any of them. Its outcome for a group of
  // pitfalls (outer, inner) depends only on the decisions those affected pitfalls read: the memo key.
  type Part = 'outer' | 'inner';
  const groups: Record<Part, Pitfall[]> = { outer: outerPitfalls, inner: innerPitfalls };
  // A detour belongs to one pitfall, so the detour object keys what is worked out for it.
  const reach = new Map<Detour, Partial<Record<Part, { affected: Pitfall[]; key: DecisionId[] }>>>();
  const reachOf = (pitfall: Pitfall, detour: Detour, part: Part) => {
    let forDetour = reach.get(detour);
    if (!forDetour) reach.set(detour, (forDetour = {}));
    let found = forDetour[part];
    if (!found) {
      const set = Object.keys(detour.set) as DecisionId[];
      const first = Math.min(...set.map((d) => DECISION_IDS.indexOf(d)));
      // Availability may clear or answer later decisions only when the detour sets one its rules read: a
      // detour is taken only when what it sets is open, and the rules read nothing else.
      const ruled = set.some((d) => RULE_INPUTS.includes(d));
      const changed = new Set(set);
      // In journey order, so a decision cleared by the detour clears in turn the ones whose rules read it.
      for (const d of RULED_DECISIONS)
        if (DECISION_IDS.indexOf(d) > first && RULE_READS[d]!.some((input) => changed.has(input))) changed.add(d);
      const moved = new Set<string>(detour.mitigation ? MITIGATION_METRICS[detour.mitigation as MitigationId] : []);
      const affected = groups[part].filter(
        (p) =>
          p === pitfall ||
          [...inputs.get(p)!].some((d) => changed.has(d)) ||
          (detour.mitigation !== undefined &&
            (reads.get(p)!.mitigations.has(detour.mitigation) || [...reads.get(p)!.metrics].some((m) => moved.has(m)))),
      );
      const key = [
        ...new Set([...affected.flatMap((p) => [...inputs.get(p)!]), ...changed, ...(ruled ? RULE_INPUTS : [])]),
      ];
      forDetour[part] = found = { affected, key };
    }
    return found;
  };
  const outcomes = new Map<Detour, Record<Part, Map<number, { leaves: boolean; opened: Pitfall[] }>>>();

  /**
   * Every detour the reader can take around `pitfall` must close it; pitfalls it newly opens (in the
   * groups `parts`) are recorded, and one level down checked the same way when only a detour can reach
   * them (cold starts at the peak behind one warm instance).
   */
  const verify = (
    selection: Selection,
    pitfall: Pitfall,
    openIds: Set<string>,
    parts: Part[],
    { deeper = true, weight = 1, reportStuck = true } = {},
  ) => {
    let usable = 0;
    for (const detour of pitfall.detours) {
      if (detourUnavailableReason(data, selection, detour) !== undefined) continue;
      usable++;
      let next: Selection | undefined;
      for (const part of parts) {
        const { affected, key } = reachOf(pitfall, detour, part);
        if (affected.length === 0) continue;
        let forDetour = outcomes.get(detour);
        if (!forDetour) outcomes.set(detour, (forDetour = { outer: new Map(), inner: new Map() }));
        const memo = forDetour[part];
        const memoKey = encode(selection.choices, key, selection.mitigations);
        let outcome = memo.get(memoKey);
        if (!outcome) {
          next ??= settleSelection(data, applyDetour(selection, detour));
          const opened = openAmong(affected, next, metricsOf(next));
          outcome = { leaves: opened.includes(pitfall), opened: opened.filter((p) => p !== pitfall) };
          memo.set(memoKey, outcome);
        }
        if (outcome.leaves && problems.length < maxProblems)
          problems.push(`${pitfall.id} → ${detour.id} leaves the pitfall open for ${describe(selection)}`);
        for (const after of outcome.opened) {
          if (openIds.has(after.id)) continue;
          detourLeadsTo.get(pitfall.id)!.add(after.id);
          if (deeper && reachedOnlyByDetour.has(after.id)) {
            pitfallHits.set(after.id, pitfallHits.get(after.id)! + weight);
            next ??= settleSelection(data, applyDetour(selection, detour));
            const openNext = new Set(openAmong(data.pitfalls, next, metricsOf(next)).map((p) => p.id));
            verify(next, after, openNext, ['outer', 'inner'], { deeper: false, weight });
          }
        }
      }
    }
    if (reportStuck && usable === 0 && problems.length < maxProblems)
      problems.push(`${pitfall.id}: no detour can be taken for ${describe(selection)}`);
  };

  for (const outerSelection of allSelections(data, outer)) {
    if (combinations >= limit) break;
    if (Object.entries(only).some(([d, o]) => outerSelection.choices[d as DecisionId] !== o)) continue;
    const innerCombos = innerCombosFor(outerSelection.choices);
    const base: Selection = { choices: { ...outerSelection.choices, ...innerCombos[0] }, mitigations: [] };
    const metricsByInner = new Map<string, Metrics>();
    const metrics = metricsOf(base);
    // Pitfalls that read no inner decision are the same for every inner combination: checked once.
    const openOuter = openAmong(outerPitfalls, base, metrics);
    const outerIds = new Set(openOuter.map((p) => p.id));
    for (const pitfall of openOuter) {
      pitfallHits.set(pitfall.id, pitfallHits.get(pitfall.id)! + innerCombos.length);
      verify(base, pitfall, outerIds, ['outer'], { weight: innerCombos.length });
    }
    for (const innerChoices of innerCombos) {
      if (++combinations > limit) break;
      const selection: Selection = { choices: { ...base.choices, ...innerChoices }, mitigations: [] };
      // Only the inner decisions that feed a metric some pitfall reads (labelled data) change the metrics.
      const metricKey = innerMetricDecisions.map((d) => innerChoices[d]).join('|');
      let innerMetrics = metricsByInner.get(metricKey);
      if (!innerMetrics) metricsByInner.set(metricKey, (innerMetrics = metricsOf(selection)));
      const openInner = openAmong(innerPitfalls, selection, innerMetrics);
      const openIds = new Set([...outerIds, ...openInner.map((p) => p.id)]);
      for (const pitfall of openInner) {
        pitfallHits.set(pitfall.id, pitfallHits.get(pitfall.id)! + 1);
        verify(selection, pitfall, openIds, ['outer', 'inner']);
      }
      // An outer pitfall's detour may open a pitfall that reads this inner combination.
      for (const pitfall of openOuter) verify(selection, pitfall, openIds, ['inner'], { reportStuck: false });
    }
  }
  return { combinations: Math.min(combinations, limit), pitfallHits, detourLeadsTo, problems };
}

/** The metrics and mitigations a condition reads. */
function conditionReads(condition: Condition): { metrics: Set<string>; mitigations: Set<string> } {
  const metrics = new Set<string>();
  const mitigations = new Set<string>();
  const walk = (c: Condition): void =>
    matchCondition<void>(c, {
      all: (node) => node.all.forEach(walk),
      any: (node) => node.any.forEach(walk),
      not: (node) => walk(node.not),
      choice: () => undefined,
      optionKind: () => undefined,
      compare: (node) => void metrics.add(node.metric),
      overLimit: (node) => void metrics.add(node.metric),
      platformFlag: () => undefined,
      mitigation: (node) => void mitigations.add(node.mitigation),
    });
  walk(condition);
  return { metrics, mitigations };
}

/** Whether a condition can only hold with some mitigation taken (a `mitigation: x, is: true` it requires). */
function needsMitigation(condition: Condition): boolean {
  return matchCondition<boolean>(condition, {
    all: (node) => node.all.some(needsMitigation),
    any: (node) => node.any.every(needsMitigation),
    not: () => false,
    choice: () => false,
    optionKind: () => false,
    compare: () => false,
    overLimit: () => false,
    platformFlag: () => false,
    mitigation: (node) => node.is,
  });
}

const pickChoices = (selection: Selection, decisions: Set<DecisionId>) =>
  Object.fromEntries(Object.entries(selection.choices).filter(([d]) => decisions.has(d as DecisionId)));

/** A cycle in the detour graph, as a list of pitfall ids, or undefined if detours always terminate. */
export function findDetourCycle(leadsTo: Map<string, Set<string>>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (id: string): string[] | undefined => {
    if (state.get(id) === 'done') return undefined;
    if (state.get(id) === 'open') return [...path.slice(path.indexOf(id)), id];
    state.set(id, 'open');
    path.push(id);
    for (const next of leadsTo.get(id) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(id, 'done');
    return undefined;
  };
  for (const id of leadsTo.keys()) {
    const cycle = visit(id);
    if (cycle) return cycle;
  }
  return undefined;
}
