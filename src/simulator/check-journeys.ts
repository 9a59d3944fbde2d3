import { evaluateCondition, matchCondition } from './conditions';
import { indexData } from './data-index';
import { applyDetour } from './journey';
import { computeMetrics, type Selection } from './metrics';
import type { Pitfall, SimulatorData } from './schema';
import type { Condition } from './schema';
import { METRIC_INPUTS } from './metric-inputs';
import type { DecisionId, MetricId } from './vocabulary';

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
 * Every full combination of options (no mitigations), in a fixed order. Decisions outside `vary` keep
 * their first option: pass pitfallInputs(data) to cover every combination that can differ for a pitfall.
 */
export function* allSelections(data: SimulatorData, vary?: Set<DecisionId>): Generator<Selection> {
  const decisions = data.decisions;
  const fixed = Object.fromEntries(
    decisions.filter((d) => vary && !vary.has(d.id as DecisionId)).map((d) => [d.id, d.options[0]!.id]),
  );
  const varying = decisions.filter((d) => !vary || vary.has(d.id as DecisionId));
  const indices = varying.map(() => 0);
  while (true) {
    const choices: Partial<Record<DecisionId, string>> = { ...fixed };
    varying.forEach((d, i) => (choices[d.id as DecisionId] = d.options[indices[i]!]!.id));
    yield { choices, mitigations: [] };
    let i = varying.length - 1;
    while (i >= 0 && ++indices[i]! === varying[i]!.options.length) indices[i--] = 0;
    if (i < 0) return;
  }
}

const describe = (selection: Selection) =>
  Object.entries(selection.choices)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');

/**
 * Walk every combination (or those matching `only`, to split the work) through the pure model: note which pitfalls open, check that each of their
 * detours closes the pitfall it is offered for, and record which pitfalls a detour can newly open.
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
  const pitfallHits = new Map<string, number>(data.pitfalls.map((p) => [p.id, 0]));
  const detourLeadsTo = new Map<string, Set<string>>(data.pitfalls.map((p) => [p.id, new Set()]));
  const problems: string[] = [];
  let combinations = 0;
  // Metrics depend on fewer decisions than pitfalls do: compute them once per distinct input.
  const metricInputs = [...new Set(data.pitfalls.flatMap((p) => [...conditionInputs(p.when, true)]))];
  const metricsCache = new Map<string, ReturnType<typeof computeMetrics>>();
  const metricsOf = (selection: Selection) => {
    const key = `${metricInputs.map((d) => selection.choices[d]).join('|')}|${selection.mitigations.join(',')}`;
    let metrics = metricsCache.get(key);
    if (!metrics) metricsCache.set(key, (metrics = computeMetrics(data, selection)));
    return metrics;
  };
  const open = (selection: Selection, metrics: ReturnType<typeof computeMetrics>): Pitfall[] => {
    const platform = index.platforms.get(selection.choices.platform ?? '');
    return data.pitfalls.filter((p) => evaluateCondition(p.when, { data, selection, metrics, platform }) === true);
  };
  // Outer loop: combinations of the metrics' inputs; inner loop: the decisions only choice conditions read.
  const vary = pitfallInputs(data);
  const outer = new Set([...vary].filter((d) => metricInputs.includes(d)));
  const inner = new Set([...vary].filter((d) => !outer.has(d)));
  for (const outerSelection of allSelections(data, outer)) {
    if (combinations >= limit) break;
    if (Object.entries(only).some(([d, o]) => outerSelection.choices[d as DecisionId] !== o)) continue;
    const metrics = metricsOf(outerSelection);
    const afterDetour = new Map<string, ReturnType<typeof computeMetrics>>();
    for (const innerSelection of allSelections(data, inner)) {
      if (++combinations > limit) break;
      const selection: Selection = {
        choices: { ...innerSelection.choices, ...pickChoices(outerSelection, outer) },
        mitigations: [],
      };
      const before = open(selection, metrics);
      const beforeIds = new Set(before.map((p) => p.id));
      for (const pitfall of before) {
        pitfallHits.set(pitfall.id, pitfallHits.get(pitfall.id)! + 1);
        for (const detour of pitfall.detours) {
          const next = applyDetour(selection, detour);
          const memoKey = `${pitfall.id}/${detour.id}`;
          let nextMetrics = afterDetour.get(memoKey);
          if (!nextMetrics) afterDetour.set(memoKey, (nextMetrics = metricsOf(next)));
          for (const after of open(next, nextMetrics)) {
            if (after.id === pitfall.id) {
              if (problems.length < maxProblems)
                problems.push(`${pitfall.id} → ${detour.id} leaves the pitfall open for ${describe(selection)}`);
            } else if (!beforeIds.has(after.id)) detourLeadsTo.get(pitfall.id)!.add(after.id);
          }
        }
      }
    }
  }
  return { combinations: Math.min(combinations, limit), pitfallHits, detourLeadsTo, problems };
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
