import { DAYS_PER_MONTH, HOURS_PER_MONTH } from '../assumptions';
import type { Figure } from '../schema';
import { fig, metric, num, round, sourcesOf, type MetricGroup } from './context';

/** Monthly cost (USD) at the chosen traffic on the chosen platform, plus API fees for a hosted LLM. */
export const monthlyCost: MetricGroup = ({ pick, kind, platform, has }, earlier) => {
  const traffic = pick('traffic');
  const model = pick('model');
  const strategy = pick('strategy');
  const latencyMs = earlier.latencyMs?.value;
  const services = earlier.servicesToRun?.value;
  if (
    !traffic ||
    !platform ||
    latencyMs === undefined ||
    !earlier.memoryMB ||
    services === undefined ||
    !model ||
    !strategy
  )
    return {};
  const translateFirst = kind('strategy') === 'translate-first';
  const requests = num(traffic, 'requestsPerDay') * DAYS_PER_MONTH;
  const busySeconds = (requests * latencyMs) / 1000;
  const memoryGB = earlier.memoryMB.value / 1024;
  const pricing = platform.pricing;
  let compute: number;
  let how = '';
  const monthSeconds = HOURS_PER_MONTH * 3600;
  if (pricing.kind === 'per-request') {
    const perGBs = pricing.usdPerGBSecond.value;
    const perMillion = pricing.usdPerMillionRequests.value;
    const warm = has('warm-instance') ? services * memoryGB * monthSeconds * perGBs : 0;
    compute = (requests / 1e6) * perMillion + busySeconds * memoryGB * perGBs + warm;
    how = `${round(requests / 1e6, 2)} M requests × $${perMillion}/M + ${round(busySeconds)} busy s × ${round(memoryGB, 2)} GB × $${perGBs}/GB-s${warm ? ` + warm instances $${round(warm)}` : ''}`;
  } else if (pricing.kind === 'busy-vcpu') {
    const vcpus = Math.max(1, Math.ceil(memoryGB / 4));
    const perVcpuS = pricing.usdPerVcpuSecond.value;
    const warm = has('warm-instance') ? services * vcpus * monthSeconds * perVcpuS : 0;
    compute = busySeconds * vcpus * perVcpuS + warm;
    how = `${round(busySeconds)} busy s × ${vcpus} vCPU (1 vCPU per 4 GiB) × $${perVcpuS}/vCPU-s${warm ? ` + warm instances $${round(warm)}` : ''}`;
  } else if (pricing.kind === 'always-on') {
    const perService = Math.max(pricing.minVcpus.value, Math.ceil(memoryGB / 2));
    const forThroughput = Math.ceil(busySeconds / (DAYS_PER_MONTH * 86400));
    const vcpus = Math.max(services * perService, forThroughput);
    compute = vcpus * HOURS_PER_MONTH * pricing.usdPerVcpuHour.value;
    how = `${vcpus} vCPU always on × 730 h × $${pricing.usdPerVcpuHour.value}/vCPU-h`;
  } else {
    compute = pricing.usdPerMonth.value;
    how = `$${compute} flat (${pricing.usdPerMonth.note ?? ''})`;
  }
  const llm = kind('model') === 'llm-api';
  const llmCost = llm
    ? requests * num(model, 'usdPerRequest') * (translateFirst ? num(strategy, 'costFactor', 2) : 1)
    : 0;
  const total = compute + llmCost;
  const priceFigures = Object.values(pricing).filter((v): v is Figure => typeof v === 'object');
  return {
    monthlyCostUSD: metric(
      total,
      true,
      sourcesOf(...priceFigures, llm ? fig(model, 'usdPerRequest') : undefined),
      () =>
        `$${round(total)} = ${how}${llm ? ` + API $${round(llmCost)} (${round(requests / 1e6, 2)} M requests × $${num(model, 'usdPerRequest')}${translateFirst ? ' × 2 for translation' : ''})` : ''}; estimate`,
    ),
  };
};
