import type { SimulatorData } from './schema';

/**
 * A number that identifies the choices of `decisions` (and the mitigations) in a selection: a key for the
 * exhaustive checks' memos that is cheaper than a string.
 */
export type SelectionKey = (
  choices: Partial<Record<string, string>>,
  decisions: readonly string[],
  mitigations: readonly string[],
) => number;

const cache = new WeakMap<SimulatorData, SelectionKey>();

/** The selection key of a data object, built once per data object. */
export function selectionKey(data: SimulatorData): SelectionKey {
  let key = cache.get(data);
  if (!key) cache.set(data, (key = encoder(data)));
  return key;
}

function encoder(data: SimulatorData): SelectionKey {
  // Option n of a decision is digit n + 1 (0 = not chosen) in a mixed-radix number; mitigations are bits.
  const digits = new Map(data.decisions.map((d) => [d.id, new Map(d.options.map((o, i) => [o.id, i + 1]))]));
  const radix = new Map(data.decisions.map((d) => [d.id, d.options.length + 1]));
  const mitigationBits = new Map<string, number>();
  // One bit per mitigation in the data, below the choices' digits.
  const bitSpan = 2 ** data.mitigations.length;
  return (choices, decisions, mitigations) => {
    let key = 0;
    for (const decision of decisions) {
      const chosen = choices[decision];
      key = key * radix.get(decision)! + (chosen === undefined ? 0 : digits.get(decision)!.get(chosen)!);
    }
    let bits = 0;
    for (const mitigation of mitigations) {
      let bit = mitigationBits.get(mitigation);
      if (bit === undefined) mitigationBits.set(mitigation, (bit = 2 ** mitigationBits.size));
      bits += bit;
    }
    return key * bitSpan + bits;
  };
}
