import { openPitfalls } from './journey';
import { computeMetrics, type Metrics, type Selection } from './metrics';
import type { SimulatorData } from './schema';

/** The traffic range the report draws, in messages per day. */
export const SWEEP_FROM = 1_000;
export const SWEEP_TO = 10_000_000;

/** One traffic level: the monthly cost (USD) and the p95 latency at peak (ms), null where the model has none. */
export interface SweepPoint {
  messagesPerDay: number;
  monthlyCostUSD: number | null;
  p95LatencyMs: number | null;
}

/** The journey on one platform across the traffic range. */
export interface SweptArchitecture {
  /** Platform id (the `platform` decision's option). */
  platform: string;
  label: string;
  /** The journey's own platform, as opposed to an alternative. */
  chosen: boolean;
  /** Monthly cost (USD) at the journey's own traffic. */
  costAtTraffic: number;
  points: SweepPoint[];
}

/** Where two architectures' monthly costs cross: below it one is cheaper, above it the other. */
export interface BreakEven {
  cheaperBelow: string;
  cheaperAbove: string;
  messagesPerDay: number;
  monthlyCostUSD: number;
}

export interface TrafficSweep {
  /** The journey's own traffic (messages per day) and its peak-to-average factor, kept at every level. */
  messagesPerDay: number;
  peakToAverage: number;
  /** The journey's platform first, then up to two alternatives, nearest in cost first. */
  architectures: SweptArchitecture[];
  breakEvens: BreakEven[];
}

/** `perDecade` log-spaced traffic levels per power of ten, from `from` to `to`, both included. */
export function trafficLevels(from = SWEEP_FROM, to = SWEEP_TO, perDecade = 8): number[] {
  const steps = Math.round(Math.log10(to / from) * perDecade);
  return Array.from({ length: steps + 1 }, (_, i) => Math.round(from * 10 ** (i / perDecade)));
}

/**
 * The data with the selection's traffic option set to `messagesPerDay` (its peak-to-average factor kept),
 * so computeMetrics prices the same journey at another traffic. The input is not changed.
 */
export function withTraffic(data: SimulatorData, selection: Selection, messagesPerDay: number): SimulatorData {
  const chosen = selection.choices.traffic;
  return {
    ...data,
    decisions: data.decisions.map((decision) =>
      decision.id !== 'traffic'
        ? decision
        : {
            ...decision,
            options: decision.options.map((option) =>
              option.id !== chosen
                ? option
                : {
                    ...option,
                    figures: {
                      ...option.figures,
                      messagesPerDay: {
                        value: messagesPerDay,
                        source: 'judgement',
                        note: 'a traffic level of the sweep',
                      },
                    },
                  },
            ),
          },
    ),
  };
}

/** Every metric of the journey at another traffic (messages per day), through the pure model. */
export const metricsAtTraffic = (data: SimulatorData, selection: Selection, messagesPerDay: number): Metrics =>
  computeMetrics(withTraffic(data, selection, messagesPerDay), selection);

const onPlatform = (selection: Selection, platform: string): Selection => ({
  ...selection,
  choices: { ...selection.choices, platform },
});

/**
 * The journey's nearest alternatives: the same choices on another platform where they meet no design
 * pitfall, ordered by how close their monthly cost at the journey's own traffic is to the journey's (by
 * ratio, so $10 against $20 is as near as $100 against $200). At most `count`.
 */
export function nearestAlternatives(
  data: SimulatorData,
  selection: Selection,
  count = 2,
): { platform: string; costAtTraffic: number }[] {
  const own = computeMetrics(data, selection).monthlyCostUSD?.value;
  const platforms = data.decisions.find((d) => d.id === 'platform')?.options ?? [];
  if (own === undefined) return [];
  const distance = (cost: number) => Math.abs(Math.log(Math.max(cost, 0.01) / Math.max(own, 0.01)));
  return platforms
    .filter((option) => option.id !== selection.choices.platform)
    .flatMap((option) => {
      const other = onPlatform(selection, option.id);
      const metrics = computeMetrics(data, other);
      const cost = metrics.monthlyCostUSD?.value;
      if (cost === undefined || openPitfalls(data, other, metrics, 'design').length > 0) return [];
      return [{ platform: option.id, costAtTraffic: cost }];
    })
    .sort((a, b) => distance(a.costAtTraffic) - distance(b.costAtTraffic))
    .slice(0, count);
}

/**
 * Where two cost series cross, between levels where the cheaper one changes: interpolated linearly in
 * log(traffic) and log(cost) (a power law between two levels), or linearly when a cost is zero.
 */
export function breakEvens(a: SweptArchitecture, b: SweptArchitecture): BreakEven[] {
  const found: BreakEven[] = [];
  for (let i = 1; i < a.points.length; i++) {
    const [a0, a1, b0, b1] = [a.points[i - 1]!, a.points[i]!, b.points[i - 1]!, b.points[i]!].map(
      (p) => p.monthlyCostUSD,
    );
    if (a0 == null || a1 == null || b0 == null || b1 == null) continue;
    const logScale = Math.min(a0, a1, b0, b1) > 0;
    const f = logScale ? Math.log : (n: number) => n;
    const d0 = f(a0) - f(b0);
    const d1 = f(a1) - f(b1);
    if (d0 === 0 || d0 * d1 > 0) continue;
    const t = d0 / (d0 - d1);
    const x0 = Math.log(a.points[i - 1]!.messagesPerDay);
    const x1 = Math.log(a.points[i]!.messagesPerDay);
    const cost = logScale ? Math.exp(f(a0) + t * (f(a1) - f(a0))) : a0 + t * (a1 - a0);
    found.push({
      cheaperBelow: d0 < 0 ? a.platform : b.platform,
      cheaperAbove: d0 < 0 ? b.platform : a.platform,
      messagesPerDay: Math.exp(x0 + t * (x1 - x0)),
      monthlyCostUSD: cost,
    });
  }
  return found;
}

/**
 * Monthly cost and p95 latency of a finished journey from SWEEP_FROM to SWEEP_TO messages a day, on its own
 * platform and its two nearest alternatives (see nearestAlternatives), with every break-even between them.
 * Undefined while the journey has no traffic, platform or cost yet.
 */
export function sweepTraffic(
  data: SimulatorData,
  selection: Selection,
  levels = trafficLevels(),
): TrafficSweep | undefined {
  const traffic = data.decisions
    .find((d) => d.id === 'traffic')
    ?.options.find((o) => o.id === selection.choices.traffic);
  const platformOptions = data.decisions.find((d) => d.id === 'platform')?.options ?? [];
  const ownCost = computeMetrics(data, selection).monthlyCostUSD?.value;
  if (!traffic || !selection.choices.platform || ownCost === undefined) return undefined;
  const atLevel = levels.map((level) => withTraffic(data, selection, level));
  const sweep = (platform: string, chosen: boolean, costAtTraffic: number): SweptArchitecture => {
    const other = onPlatform(selection, platform);
    return {
      platform,
      label: platformOptions.find((o) => o.id === platform)?.label ?? platform,
      chosen,
      costAtTraffic,
      points: levels.map((messagesPerDay, i) => {
        const metrics = computeMetrics(atLevel[i]!, other);
        return {
          messagesPerDay,
          monthlyCostUSD: metrics.monthlyCostUSD?.value ?? null,
          p95LatencyMs: metrics.p95LatencyMs?.value ?? null,
        };
      }),
    };
  };
  const architectures = [
    sweep(selection.choices.platform, true, ownCost),
    ...nearestAlternatives(data, selection).map((alt) => sweep(alt.platform, false, alt.costAtTraffic)),
  ];
  return {
    messagesPerDay: traffic.figures.messagesPerDay?.value ?? 0,
    peakToAverage: traffic.figures.peakToAverage?.value ?? 1,
    architectures,
    breakEvens: architectures.flatMap((a, i) => architectures.slice(i + 1).flatMap((b) => breakEvens(a, b))),
  };
}
