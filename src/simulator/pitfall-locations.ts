import type { Condition, SimulatorData } from './schema';
import { conditionInputs } from './check-journeys';

/** Where a pitfall sits in the decision graph: the options it names, or else the last decision it depends on. */
export interface PitfallLocation {
  pitfall: string;
  options: { decision: string; option: string }[];
  decision: string | undefined;
}

function namedOptions(condition: Condition, negated = false): { decision: string; option: string }[] {
  if ('all' in condition) return condition.all.flatMap((c) => namedOptions(c, negated));
  if ('any' in condition) return condition.any.flatMap((c) => namedOptions(c, negated));
  if ('not' in condition) return namedOptions(condition.not, !negated);
  if ('choice' in condition && !negated) return condition.in.map((option) => ({ decision: condition.choice, option }));
  return [];
}

export function locatePitfalls(data: SimulatorData): PitfallLocation[] {
  const order = data.decisions.map((d) => d.id);
  return data.pitfalls.map((pitfall) => {
    const options = namedOptions(pitfall.when);
    const inputs = [...conditionInputs(pitfall.when)].sort((a, b) => order.indexOf(a) - order.indexOf(b));
    return { pitfall: pitfall.id, options, decision: options.length ? undefined : inputs.at(-1) };
  });
}
