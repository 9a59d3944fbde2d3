import { metric, num, type MetricContext, type MetricGroup } from './context';

/** How many models one process holds: a model server holds every per-language model, others one. */
export function modelsPerProcess({ pick, kind }: MetricContext): number {
  const languages = pick('languages');
  return kind('strategy') === 'per-language' && kind('service') === 'model-server' && languages
    ? num(languages, 'languages')
    : 1;
}

/** Models to run and services to operate, from the strategy, the language count and the service. */
export const servicesToRun: MetricGroup = (context) => {
  const { pick, kind } = context;
  const languages = pick('languages');
  const strategy = kind('strategy');
  if (!languages || !strategy) return {};
  const count = num(languages, 'languages');
  const perLanguage = strategy === 'per-language';
  const translateFirst = strategy === 'translate-first';
  const models = (perLanguage ? count : 1) + (translateFirst ? 1 : 0);
  const out = {
    modelsToRun: metric(models, false, [], 'modelsToRun', { perLanguage, translateFirst }),
  };
  const service = kind('service');
  if (!service) return out;
  const many = service === 'model-server';
  const services = (perLanguage && !many ? count : 1) + (translateFirst ? 1 : 0);
  return {
    ...out,
    servicesToRun: metric(services, false, [], 'servicesToRun', { perLanguage, many, count, translateFirst }),
  };
};
