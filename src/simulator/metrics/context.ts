import { indexData } from '../data-index';
import type { Derivation, DerivationKey, DerivationVars } from '../derivations';
import type { Figure, Option, Platform, SimulatorData } from '../schema';
import type { DecisionId, KindedDecision, MitigationId, OptionKind } from '../vocabulary';
import type { MetricValue, Metrics, Selection } from './types';

/** The options chosen so far, looked up once, with helpers every metric group shares. */
export interface MetricContext {
  data: SimulatorData;
  selection: Selection;
  pick: (decision: DecisionId) => Option | undefined;
  /** The chosen option's kind (vocabulary.ts OPTION_KINDS), or undefined until chosen. */
  kind: <D extends KindedDecision>(decision: D) => OptionKind<D> | undefined;
  platform: Platform | undefined;
  has: (mitigation: MitigationId) => boolean;
}

/** A group of metrics computed from the context and the metrics of earlier groups. */
export type MetricGroup = (context: MetricContext, earlier: Metrics) => Metrics;

export function metricContext(data: SimulatorData, selection: Selection): MetricContext {
  const index = indexData(data);
  const pick = (decision: DecisionId) => {
    const optionId = selection.choices[decision];
    return optionId === undefined ? undefined : index.options.get(decision)?.get(optionId);
  };
  return {
    data,
    selection,
    pick,
    kind: <D extends KindedDecision>(decision: D) => pick(decision)?.kind as OptionKind<D> | undefined,
    platform: selection.choices.platform ? index.platforms.get(selection.choices.platform) : undefined,
    has: (mitigation) => selection.mitigations.includes(mitigation),
  };
}

export const round = (n: number, digits = 0) => Math.round(n * 10 ** digits) / 10 ** digits;
export const fig = (option: Option | undefined, name: string): Figure | undefined => option?.figures[name];
export const num = (option: Option | undefined, name: string, fallback = 0) => fig(option, name)?.value ?? fallback;
export const isEstimate = (...figures: (Figure | undefined)[]) =>
  figures.some((f) => f && (f.source === 'estimate' || f.source === 'judgement' || /estimate/i.test(f.note ?? '')));
export const sourcesOf = (...figures: (Figure | undefined)[]) => [
  ...new Set(figures.flatMap((f) => (f && f.source !== 'estimate' && f.source !== 'judgement' ? [f.source] : []))),
];
/** A metric value with its sources and the derivation (by key, with the numbers it reads) that explains it. */
export const metric = <K extends DerivationKey>(
  value: number,
  estimate: boolean,
  sources: string[],
  key: K,
  vars: DerivationVars<K>,
): MetricValue => ({ value, estimate, sources, derivation: { key, vars } as Derivation });
