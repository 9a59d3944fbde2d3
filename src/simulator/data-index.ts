import type { Decision, Option, Platform, SimulatorData } from './schema';

/** Fast look-ups into the simulator data, built once per data object. */
export interface DataIndex {
  data: SimulatorData;
  decisions: Map<string, Decision>;
  options: Map<string, Map<string, Option>>;
  platforms: Map<string, Platform>;
  /**
   * A number that identifies the choices of `decisions` (and the mitigations) in a selection: a key for
   * the exhaustive checks' memos that is cheaper than a string.
   */
  encode: (
    choices: Partial<Record<string, string>>,
    decisions: readonly string[],
    mitigations: readonly string[],
  ) => number;
}

const cache = new WeakMap<SimulatorData, DataIndex>();

export function indexData(data: SimulatorData): DataIndex {
  let index = cache.get(data);
  if (!index) {
    index = {
      data,
      decisions: new Map(data.decisions.map((d) => [d.id, d])),
      options: new Map(data.decisions.map((d) => [d.id, new Map(d.options.map((o) => [o.id, o]))])),
      platforms: new Map(data.platforms.map((p) => [p.id, p])),
      encode: encoder(data),
    };
    cache.set(data, index);
  }
  return index;
}

function encoder(data: SimulatorData): DataIndex['encode'] {
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
