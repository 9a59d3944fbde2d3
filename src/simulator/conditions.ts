import type { Condition, Platform } from './schema';
import type { Metrics, Selection } from './metrics';
import { indexData } from './data-index';
import type { SimulatorData } from './schema';
import type { DecisionId, MetricId } from './vocabulary';

type Node<K extends string> = Extract<Condition, Record<K, unknown>>;
type Comparison = Exclude<Node<'metric'>, { overLimit: unknown }>;

/**
 * One case per kind of condition node. `matchCondition` requires all of them, so adding a kind of
 * condition fails to compile until every walk over conditions handles it.
 */
export interface ConditionCases<T> {
  all: (node: Node<'all'>) => T;
  any: (node: Node<'any'>) => T;
  not: (node: Node<'not'>) => T;
  choice: (node: Node<'choice'>) => T;
  optionKind: (node: Node<'optionKind'>) => T;
  compare: (node: Comparison) => T;
  overLimit: (node: Node<'overLimit'>) => T;
  platformFlag: (node: Node<'platformFlag'>) => T;
  mitigation: (node: Node<'mitigation'>) => T;
}

/** The one exhaustive dispatch over a condition node; callers recurse through it themselves. */
export function matchCondition<T>(condition: Condition, cases: ConditionCases<T>): T {
  if ('all' in condition) return cases.all(condition);
  if ('any' in condition) return cases.any(condition);
  if ('not' in condition) return cases.not(condition);
  if ('choice' in condition) return cases.choice(condition);
  if ('optionKind' in condition) return cases.optionKind(condition);
  if ('platformFlag' in condition) return cases.platformFlag(condition);
  if ('mitigation' in condition) return cases.mitigation(condition);
  if ('overLimit' in condition) return cases.overLimit(condition);
  return cases.compare(condition);
}

export interface ConditionContext {
  data: SimulatorData;
  selection: Selection;
  metrics: Metrics;
  platform: Platform | undefined;
}

type Predicate = (context: ConditionContext) => boolean | undefined;

/** Three-valued AND / OR: false (or true) wins, otherwise unknown if any part is unknown. */
const combine =
  (parts: Predicate[], decisive: boolean): Predicate =>
  (context) => {
    let unknown = false;
    for (const part of parts) {
      const value = part(context);
      if (value === decisive) return decisive;
      if (value === undefined) unknown = true;
    }
    return unknown ? undefined : !decisive;
  };

const metricValue = (context: ConditionContext, metric: string) => context.metrics[metric as MetricId]?.value;

/** Turn a condition into a predicate once; conditions are immutable data, so the result is cached. */
function compile(condition: Condition): Predicate {
  let predicate = compiled.get(condition);
  if (predicate) return predicate;
  predicate = matchCondition<Predicate>(condition, {
    all: (node) => combine(node.all.map(compile), false),
    any: (node) => combine(node.any.map(compile), true),
    not: (node) => {
      const inner = compile(node.not);
      return (context) => {
        const value = inner(context);
        return value === undefined ? undefined : !value;
      };
    },
    choice: (node) => (context) => {
      const chosen = context.selection.choices[node.choice as DecisionId];
      return chosen === undefined ? undefined : node.in.includes(chosen);
    },
    optionKind: (node) => (context) => {
      const chosen = context.selection.choices[node.optionKind];
      if (chosen === undefined) return undefined;
      const kind = indexData(context.data).options.get(node.optionKind)?.get(chosen)?.kind;
      return kind !== undefined && node.in.includes(kind);
    },
    platformFlag: (node) => (context) =>
      context.platform ? context.platform.flags.includes(node.platformFlag) === node.is : undefined,
    mitigation: (node) => (context) => context.selection.mitigations.includes(node.mitigation) === node.is,
    overLimit: (node) => (context) => {
      const value = metricValue(context, node.metric);
      if (value === undefined || !context.platform) return undefined;
      const limit = context.platform.limits[node.overLimit];
      return limit ? value > limit.value : false;
    },
    compare: (node) => (context) => {
      const value = metricValue(context, node.metric);
      if (value === undefined) return undefined;
      if (node.gt !== undefined && !(value > node.gt)) return false;
      if (node.gte !== undefined && !(value >= node.gte)) return false;
      if (node.lt !== undefined && !(value < node.lt)) return false;
      if (node.lte !== undefined && !(value <= node.lte)) return false;
      return true;
    },
  });
  compiled.set(condition, predicate);
  return predicate;
}

const compiled = new WeakMap<Condition, Predicate>();

/**
 * Evaluate a condition in three values: true, false, or undefined while a choice or metric it reads is
 * still unknown. A pitfall opens only on true, so it never fires before its inputs are chosen.
 */
export function evaluateCondition(condition: Condition, context: ConditionContext): boolean | undefined {
  return compile(condition)(context);
}

/** A metric a condition reads, and which way it pushes the condition towards true. */
export interface MetricPressure {
  metric: MetricId;
  worse: 'higher' | 'lower';
}

/**
 * The metrics a condition reads and the direction in which each makes it hold (a `not` turns them round):
 * `{ metric: packageMB, overLimit }` is worse higher, `{ metric: sloHeadroomPct, lt: 0 }` worse lower.
 */
export function metricPressures(condition: Condition): MetricPressure[] {
  const flip = (p: MetricPressure): MetricPressure => ({ ...p, worse: p.worse === 'higher' ? 'lower' : 'higher' });
  return matchCondition<MetricPressure[]>(condition, {
    all: (node) => node.all.flatMap(metricPressures),
    any: (node) => node.any.flatMap(metricPressures),
    not: (node) => metricPressures(node.not).map(flip),
    choice: () => [],
    optionKind: () => [],
    platformFlag: () => [],
    mitigation: () => [],
    overLimit: (node) => [{ metric: node.metric as MetricId, worse: 'higher' }],
    compare: (node) => [
      { metric: node.metric as MetricId, worse: node.gt !== undefined || node.gte !== undefined ? 'higher' : 'lower' },
    ],
  });
}
