import { ASSUMPTIONS, CITED_IN_CODE, DAYS_PER_MONTH, HOURS_PER_MONTH } from '../assumptions';
import type { ApiDerivation, BillDerivation } from '../derivations';
import type { Figure } from '../schema';
import { fig, metric, num, sourcesOf, type MetricContext, type MetricGroup } from './context';
import { instanceConcurrency, instanceVcpus, lambdaMemoryMB, nightlyBatch, onGpu } from './load';
import type { Metrics } from './types';

const MONTH_S = HOURS_PER_MONTH * 3600;

/** A month's bill (USD) and the numbers that explain it. */
interface Bill {
  usd: number;
  how: BillDerivation;
}

/** Decimal megabytes in GiB, the unit Cloud Run bills memory in. */
const gibOf = (mb: number) => (mb * 1e6) / 2 ** 30;

/**
 * The hours a month that an instance which scales to zero stays up (and billed, where idle time is billed)
 * without being busy: after its last request the platform keeps it `idleBeforeZeroS` before stopping it.
 * Requests arriving as a Poisson stream at the day's average rate λ leave a gap longer than that window
 * e^(−λT) of the time, so the instance is up (1 − e^(−λT)) of the month; a nightly batch leaves one idle
 * tail a night. 0 where the platform states no such window.
 */
function idleUpHours(context: MetricContext, perDay: number): { hours: number; idleS: number } {
  const idleS = context.platform?.figures.idleBeforeZeroS?.value ?? 0;
  if (context.kind('latency') === 'batch') return { hours: (DAYS_PER_MONTH * idleS) / 3600, idleS };
  return { hours: HOURS_PER_MONTH * (1 - Math.exp(-(perDay / 86_400) * idleS)), idleS };
}

/** The platform's bill for a month: busy time, requests, minimum (warm) instances and idle capacity. */
function platformBill(context: MetricContext, earlier: Metrics, requests: number): Bill | undefined {
  const { platform, has, data } = context;
  const serviceMs = earlier.latencyMs?.value;
  const memoryMB = earlier.memoryMB?.value;
  const replicas = earlier.replicasAtPeak?.value;
  const services = earlier.servicesToRun?.value ?? 1;
  if (!platform || serviceMs === undefined || memoryMB === undefined || replicas === undefined) return undefined;
  const pricing = platform.pricing;
  const vcpus = instanceVcpus(context);
  const perInstance = instanceConcurrency(context);
  // Warm instances: the running example's count per service, or as many as the peak needs.
  const kept = has('warm-instance') ? Math.max(1, data.example.warmInstances) * services : 0;
  const warm = has('warm-at-peak') ? Math.max(kept, replicas) : kept;
  const busyS = (requests * serviceMs) / 1000;
  const perDay = requests / DAYS_PER_MONTH;
  // A nightly batch is billed per invocation, not per message, and each night's invocations start cold.
  const batch =
    context.kind('latency') === 'batch' ? nightlyBatch(context, perDay, serviceMs / 1000 / perInstance) : undefined;
  const billed = batch ? batch.invocationsPerNight * DAYS_PER_MONTH : requests;
  const coldStarts = batch ? billed : ASSUMPTIONS.coldStartShare.value * requests;
  // An instance that scales to zero runs its busy hours, plus the idle time before each scale-down.
  const upHours = (busyH: number) => {
    const idle = idleUpHours(context, perDay);
    return { ...idle, hours: batch ? busyH + idle.hours : Math.max(busyH, idle.hours) };
  };
  if (onGpu(context) && platform.gpuUsdPerHour) {
    // GPU instances are billed per hour while they run, whatever the platform's CPU billing.
    const rate = platform.gpuUsdPerHour.value;
    const busyH = busyS / perInstance / 3600;
    const scales = platform.flags.includes('scale-to-zero');
    const headroom = pricing.kind === 'always-on' ? (pricing.headroom?.value ?? 1) : 1;
    const alwaysOn = Math.max(services, Math.ceil(replicas * headroom));
    const up = upHours(busyH);
    const hours = scales ? Math.max(up.hours, warm * HOURS_PER_MONTH) : alwaysOn * HOURS_PER_MONTH;
    const controlPlane =
      pricing.kind === 'always-on' ? (pricing.controlPlaneUsdPerHour?.value ?? 0) * HOURS_PER_MONTH : 0;
    return {
      usd: hours * rate + controlPlane,
      how: {
        kind: 'gpu',
        hours,
        rate,
        scales,
        warm,
        busyH,
        idleS: up.idleS,
        alwaysOn,
        headroom,
        replicas,
        controlPlane,
      },
    };
  }
  if (pricing.kind === 'per-request') {
    // A compute-bound model needs the vCPUs that Lambda sells with memory; an API client does not.
    const lambda = platform.flags.includes('lambda');
    const byVcpus = lambda && perInstance === 1;
    const billedMB = Math.max(platform.limits.minMemoryMB?.value ?? 0, memoryMB);
    const gb = (byVcpus ? lambdaMemoryMB(context, billedMB) : billedMB) / 1024;
    const perGBs = pricing.usdPerGBSecond.value;
    const requestFee = (billed / 1e6) * pricing.usdPerMillionRequests.value;
    const coldS = earlier.coldStartS?.value ?? 0;
    const init = lambda && !warm ? coldStarts * coldS * gb * perGBs : 0;
    const provisioned = pricing.provisionedUsdPerGBSecond;
    const onProvisioned = warm && provisioned ? Math.min(1, warm / replicas) : 0;
    const durationRate = pricing.provisionedDurationUsdPerGBSecond?.value ?? perGBs;
    const duration = busyS * gb * (onProvisioned * durationRate + (1 - onProvisioned) * perGBs);
    const keepWarm = warm && provisioned ? warm * gb * MONTH_S * provisioned.value : warm * gb * MONTH_S * perGBs;
    return {
      usd: requestFee + duration + init + keepWarm,
      how: {
        kind: 'per-request',
        requests: billed,
        invocations: batch !== undefined,
        coldStarts,
        requestRate: pricing.usdPerMillionRequests.value,
        busyS,
        gb,
        vcpusForMemory: byVcpus ? vcpus : undefined,
        perGBs,
        onProvisioned,
        durationRate,
        init,
        coldS,
        warm,
        keepWarm,
      },
    };
  }
  if (pricing.kind === 'busy-vcpu') {
    const gib = gibOf(memoryMB);
    const instanceS = busyS / perInstance;
    const perS = vcpus * pricing.usdPerVcpuSecond.value + gib * pricing.usdPerGiBSecond.value;
    const requestFee = (billed / 1e6) * pricing.usdPerMillionRequests.value;
    const idlePerS = vcpus * pricing.instanceUsdPerVcpuSecond.value + gib * pricing.instanceUsdPerGiBSecond.value;
    const keepWarm = warm * MONTH_S * idlePerS;
    return {
      usd: instanceS * perS + requestFee + keepWarm,
      how: {
        kind: 'busy-vcpu',
        instanceS,
        vcpus,
        vcpuRate: pricing.usdPerVcpuSecond.value,
        gib,
        gibRate: pricing.usdPerGiBSecond.value,
        requests: billed,
        invocations: batch !== undefined,
        requestRate: pricing.usdPerMillionRequests.value,
        warm,
        keepWarm,
      },
    };
  }
  if (pricing.kind === 'always-on' && platform.flags.includes('scale-to-zero')) {
    // Scaled to zero when idle (e.g. Hugging Face endpoints): billed per minute while replicas run, and
    // all month for a replica kept warm; replicas beyond it run while busy.
    const busyH = busyS / perInstance / 3600;
    const up = upHours(busyH);
    const hours = Math.max(up.hours, warm * HOURS_PER_MONTH);
    return {
      usd: hours * vcpus * pricing.usdPerVcpuHour.value,
      how: {
        kind: 'scale-to-zero',
        instanceH: hours,
        warm,
        busyH,
        idleS: up.idleS,
        vcpus,
        rate: pricing.usdPerVcpuHour.value,
      },
    };
  }
  if (pricing.kind === 'always-on') {
    const headroom = pricing.headroom?.value ?? 1;
    const forPeak = Math.ceil(replicas * headroom) * vcpus;
    const total = Math.max(services * pricing.minVcpus.value, forPeak);
    const controlPlane = (pricing.controlPlaneUsdPerHour?.value ?? 0) * HOURS_PER_MONTH;
    return {
      usd: total * HOURS_PER_MONTH * pricing.usdPerVcpuHour.value + controlPlane,
      how: {
        kind: 'always-on',
        total,
        replicas,
        headroom,
        vcpus,
        minVcpus: pricing.minVcpus.value,
        rate: pricing.usdPerVcpuHour.value,
        controlPlane,
      },
    };
  }
  return {
    usd: pricing.usdPerMonth.value,
    how: { kind: 'flat', usd: pricing.usdPerMonth.value, note: pricing.usdPerMonth.note },
  };
}

/** API fees for a hosted LLM: input tokens (the prompt cached where long enough), output tokens, batch discount. */
function apiBill(context: MetricContext, earlier: Metrics, requests: number): ApiDerivation | undefined {
  const model = context.pick('model');
  if (context.kind('model') !== 'llm-api' || !model) return undefined;
  const translate = context.kind('strategy') === 'translate-first' ? num(context.pick('strategy'), 'costFactor', 2) : 1;
  const prompt = num(model, 'promptTokens');
  const message = earlier.tokensPerRequest?.value ?? 0;
  // OpenAI caches a prompt prefix only from 1,024 tokens on (source: CITED_IN_CODE.promptCaching).
  const cached = prompt >= 1024;
  const inRate = num(model, 'usdPerMillionInput');
  const promptRate = cached ? num(model, 'usdPerMillionCachedInput', inRate) : inRate;
  const discount = context.kind('latency') === 'batch' ? num(model, 'batchDiscount') : 0;
  const output = num(model, 'outputTokens');
  const outRate = num(model, 'usdPerMillionOutput');
  const perRequest = ((prompt * promptRate + message * inRate + output * outRate) / 1e6) * (1 - discount) * translate;
  return {
    usd: requests * perRequest,
    requests,
    prompt,
    cached,
    promptRate,
    message,
    inRate,
    output,
    outRate,
    discount,
    translate,
  };
}

/** Monthly cost (USD) of the platform at the chosen traffic, plus API fees for a hosted LLM. */
export const monthlyCost: MetricGroup = (context, earlier) => {
  const traffic = context.pick('traffic');
  const platform = context.platform;
  if (!traffic || !platform) return {};
  const requests = num(traffic, 'messagesPerDay') * DAYS_PER_MONTH;
  const bill = platformBill(context, earlier, requests);
  if (!bill) return {};
  const api = apiBill(context, earlier, requests);
  const total = bill.usd + (api?.usd ?? 0);
  const model = context.pick('model');
  const priceFigures = [
    ...Object.values(platform.pricing).filter((v): v is Figure => typeof v === 'object'),
    ...(onGpu(context) && platform.gpuUsdPerHour ? [platform.gpuUsdPerHour] : []),
  ];
  const apiFigures = api
    ? ['usdPerMillionInput', 'usdPerMillionCachedInput', 'usdPerMillionOutput', 'batchDiscount'].map((n) =>
        fig(model, n),
      )
    : [];
  return {
    monthlyCostUSD: metric(
      total,
      true,
      [
        ...sourcesOf(...priceFigures, ...apiFigures),
        ...(platform.flags.includes('lambda') ? [CITED_IN_CODE.lambdaInitBilling] : []),
        ...(api ? [CITED_IN_CODE.promptCaching] : []),
      ],
      'monthlyCostUSD',
      { bill: bill.how, api },
    ),
  };
};
