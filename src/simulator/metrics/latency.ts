import { fig, metric, num, round, sourcesOf, type MetricGroup } from './context';

/** CPU latency per request (ms): the model's reference latency × the optimisation's factor × translation. */
export const requestLatency: MetricGroup = ({ pick, kind }) => {
  const model = pick('model');
  const optimisation = pick('optimisation');
  const strategy = pick('strategy');
  if (!model || !optimisation || !strategy) return {};
  const transformer = kind('model') === 'transformer';
  const baseMs = num(model, 'latencyMs');
  const factor = transformer ? num(optimisation, 'latencyFactor', 1) : 1;
  const translate = kind('strategy') === 'translate-first' ? num(strategy, 'latencyFactor', 2) : 1;
  const latencyMs = baseMs * factor * translate;
  return {
    latencyMs: metric(
      latencyMs,
      true,
      sourcesOf(fig(model, 'latencyMs'), transformer ? fig(optimisation, 'latencyFactor') : undefined),
      () =>
        `${round(latencyMs)} ms = ${model.label} ${baseMs} ms${factor !== 1 ? ` × ${factor} (${optimisation.label})` : ''}${translate !== 1 ? ` × ${translate} (translation first)` : ''}; estimate`,
    ),
  };
};
