import type { Condition, SimulatorData } from './schema';
import { conditionInputs } from './check-journeys';
import { matchCondition } from './conditions';

/** Where a pitfall sits in the decision graph: the options it names, or else the last decision it depends on. */
export interface PitfallLocation {
  pitfall: string;
  options: { decision: string; option: string }[];
  decision: string | undefined;
}

function namedOptions(
  data: SimulatorData,
  condition: Condition,
  negated = false,
): { decision: string; option: string }[] {
  const none = () => [];
  return matchCondition<{ decision: string; option: string }[]>(condition, {
    all: (node) => node.all.flatMap((c) => namedOptions(data, c, negated)),
    any: (node) => node.any.flatMap((c) => namedOptions(data, c, negated)),
    not: (node) => namedOptions(data, node.not, !negated),
    choice: (node) => (negated ? [] : node.in.map((option) => ({ decision: node.choice, option }))),
    optionKind: (node) =>
      negated
        ? []
        : (data.decisions.find((d) => d.id === node.optionKind)?.options ?? [])
            .filter((o) => o.kind !== undefined && node.in.includes(o.kind))
            .map((o) => ({ decision: node.optionKind, option: o.id })),
    compare: none,
    overLimit: none,
    platformFlag: none,
    mitigation: none,
  });
}

export function locatePitfalls(data: SimulatorData): PitfallLocation[] {
  const order = data.decisions.map((d) => d.id);
  return data.pitfalls.map((pitfall) => {
    const options = namedOptions(data, pitfall.when);
    const inputs = [...conditionInputs(pitfall.when)].sort((a, b) => order.indexOf(a) - order.indexOf(b));
    return { pitfall: pitfall.id, options, decision: options.length ? undefined : inputs.at(-1) };
  });
}
