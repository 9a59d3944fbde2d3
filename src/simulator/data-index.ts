import type { Decision, Option, Platform, SimulatorData } from './schema';

/** Fast look-ups into the simulator data, built once per data object. */
export interface DataIndex {
  data: SimulatorData;
  decisions: Map<string, Decision>;
  options: Map<string, Map<string, Option>>;
  platforms: Map<string, Platform>;
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
    };
    cache.set(data, index);
  }
  return index;
}
