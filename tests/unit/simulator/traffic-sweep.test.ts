import { describe, expect, it } from 'vitest';
import { openPitfalls } from '../../../src/simulator/journey';
import { computeMetrics, type Selection } from '../../../src/simulator/metrics';
import {
  breakEvens,
  metricsAtTraffic,
  nearestAlternatives,
  sweepTraffic,
  trafficLevels,
  type SweptArchitecture,
} from '../../../src/simulator/traffic-sweep';
import { LEAN_JOURNEY } from '../../shared/lean-journey.mjs';
import { simulatorData } from './load-data';

// The lean journey is the running example's traffic (40,000 a day, peak 32.4× the average) on Cloud Run.
const LEAN = { choices: Object.fromEntries(LEAN_JOURNEY), mitigations: [] } as Selection;
const on = (platform: string, selection = LEAN): Selection => ({
  ...selection,
  choices: { ...selection.choices, platform },
});

/** A series of monthly costs at the given traffic levels, as the sweep gives them. */
const series = (platform: string, levels: number[], costs: number[]): SweptArchitecture => ({
  platform,
  label: platform,
  chosen: false,
  costAtTraffic: 0,
  points: levels.map((messagesPerDay, i) => ({ messagesPerDay, monthlyCostUSD: costs[i]!, p95LatencyMs: null })),
});

describe('traffic levels', () => {
  it('spans 1 k to 10 M messages a day, eight levels a decade on a log scale', () => {
    const levels = trafficLevels();
    // 4 decades × 8 + 1 = 33 levels; level 4 is 1,000 × 10^(4/8) = 3,162.3 → 3,162.
    expect(levels).toHaveLength(33);
    expect([levels[0], levels[4], levels[8], levels[32]]).toEqual([1_000, 3_162, 10_000, 10_000_000]);
  });
});

describe('the journey at another traffic', () => {
  it('at its own traffic, gives exactly the metrics of the journey', () => {
    const data = simulatorData();
    const own = computeMetrics(data, LEAN);
    const swept = metricsAtTraffic(data, LEAN, 40_000);
    expect(Object.keys(swept)).toEqual(Object.keys(own));
    for (const [id, metric] of Object.entries(own)) expect(swept[id as keyof typeof own]!.value, id).toBe(metric.value);
  });

  it('keeps the peak-to-average factor: 1 M a day peaks at 1,000,000 ÷ 86,400 × 32.4 = 375 requests/s', () => {
    expect(metricsAtTraffic(simulatorData(), LEAN, 1_000_000).peakRps!.value).toBeCloseTo(375, 9);
  });

  it('on Lambda without a provisioned environment, costs ten times as much at ten times the traffic', () => {
    // Lambda bills requests and GB-seconds only: every term of its bill is proportional to the requests.
    const data = simulatorData();
    const cost = (perDay: number) => metricsAtTraffic(data, on('lambda-image'), perDay).monthlyCostUSD!.value;
    expect(cost(1_000_000) / cost(100_000)).toBeCloseTo(10, 9);
  });

  it('on Kubernetes, costs the same at 1 k and 3 k a day: the nodes and control plane run whatever the traffic', () => {
    const data = simulatorData();
    const cost = (perDay: number) => metricsAtTraffic(data, on('kubernetes'), perDay).monthlyCostUSD!.value;
    expect(cost(1_000)).toBeGreaterThan(0);
    expect(cost(3_162)).toBe(cost(1_000));
  });
});

describe('break-even points', () => {
  it('finds where a growing cost crosses a flat one (hand-checked, log-log interpolation)', () => {
    // A costs $10 at 1 k and $100 at 10 k (A = $10 × traffic/1 k); B costs $50 flat. A = B at 5 k, $50.
    const [found, ...more] = breakEvens(
      series('a', [1_000, 10_000], [10, 100]),
      series('b', [1_000, 10_000], [50, 50]),
    );
    expect(more).toEqual([]);
    expect(found!.cheaperBelow).toBe('a');
    expect(found!.cheaperAbove).toBe('b');
    expect(found!.messagesPerDay).toBeCloseTo(5_000, 6);
    expect(found!.monthlyCostUSD).toBeCloseTo(50, 6);
  });

  it('interpolates linearly in cost when a cost is zero, and finds none when the order never changes', () => {
    // A goes $0 → $100, B stays $50: they meet half-way in cost, at 10^3.5 = 3,162 a day.
    const [found] = breakEvens(series('a', [1_000, 10_000], [0, 100]), series('b', [1_000, 10_000], [50, 50]));
    expect(found!.messagesPerDay).toBeCloseTo(10 ** 3.5, 6);
    expect(found!.monthlyCostUSD).toBeCloseTo(50, 9);
    expect(breakEvens(series('a', [1, 2, 3], [1, 2, 3]), series('b', [1, 2, 3], [2, 3, 4]))).toEqual([]);
  });
});

describe('the nearest alternatives', () => {
  it('are at most two other platforms with no design pitfall, none left out nearer in cost', () => {
    const data = simulatorData();
    const own = computeMetrics(data, LEAN).monthlyCostUSD!.value;
    const kept = nearestAlternatives(data, LEAN);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThanOrEqual(2);
    const distance = (cost: number) => Math.abs(Math.log(cost / own));
    const platforms = data.decisions.find((d) => d.id === 'platform')!.options.map((o) => o.id);
    for (const platform of platforms) {
      const metrics = computeMetrics(data, on(platform));
      const eligible =
        platform !== 'cloud-run' &&
        metrics.monthlyCostUSD !== undefined &&
        openPitfalls(data, on(platform), metrics, 'design').length === 0;
      const entry = kept.find((k) => k.platform === platform);
      if (!eligible) expect(entry, platform).toBeUndefined();
      else if (entry) expect(entry.costAtTraffic).toBe(metrics.monthlyCostUSD!.value);
      else
        for (const k of kept)
          expect(distance(metrics.monthlyCostUSD!.value), platform).toBeGreaterThanOrEqual(distance(k.costAtTraffic));
    }
  });
});

describe('the sweep', () => {
  it('puts the journey first, then its alternatives, each priced at every level by the pure model', () => {
    const data = simulatorData();
    const sweep = sweepTraffic(data, LEAN, [1_000, 40_000, 10_000_000])!;
    expect(sweep.messagesPerDay).toBe(40_000);
    expect(sweep.peakToAverage).toBe(32.4);
    expect(sweep.architectures[0]).toMatchObject({ platform: 'cloud-run', chosen: true, label: 'Google Cloud Run' });
    expect(sweep.architectures.slice(1).map((a) => a.platform)).toEqual(
      nearestAlternatives(data, LEAN).map((a) => a.platform),
    );
    for (const a of sweep.architectures) {
      // At the journey's own traffic, each line gives the cost that journey would have on that platform.
      expect(a.points[1]!.monthlyCostUSD).toBe(computeMetrics(data, on(a.platform)).monthlyCostUSD!.value);
      expect(a.points[1]!.p95LatencyMs).toBe(computeMetrics(data, on(a.platform)).p95LatencyMs!.value);
      expect(a.points[2]!.monthlyCostUSD).toBe(
        metricsAtTraffic(data, on(a.platform), 10_000_000).monthlyCostUSD!.value,
      );
    }
  });

  it('marks every break-even where the cheaper of two lines changes between levels', () => {
    const data = simulatorData();
    // With a warm instance, Cloud Run has a fixed cost, so the cheaper platform can change with traffic.
    const warm = { ...LEAN, mitigations: ['warm-instance'] };
    for (const selection of [LEAN, warm]) {
      const sweep = sweepTraffic(data, selection)!;
      const [first, ...others] = sweep.architectures;
      let changes = 0;
      for (const [a, b] of [first!, ...others].flatMap((a, i, all) => all.slice(i + 1).map((b) => [a, b] as const)))
        for (let i = 1; i < a.points.length; i++) {
          const before = Math.sign(a.points[i - 1]!.monthlyCostUSD! - b.points[i - 1]!.monthlyCostUSD!);
          const after = Math.sign(a.points[i]!.monthlyCostUSD! - b.points[i]!.monthlyCostUSD!);
          if (before !== 0 && before !== after) changes++;
        }
      expect(sweep.breakEvens).toHaveLength(changes);
      for (const be of sweep.breakEvens) {
        expect(be.messagesPerDay).toBeGreaterThanOrEqual(1_000);
        expect(be.messagesPerDay).toBeLessThanOrEqual(10_000_000);
      }
    }
  });

  it('has no p95 for a nightly batch, and nothing to draw before a platform is chosen', () => {
    const data = simulatorData();
    const batch = sweepTraffic(data, { ...LEAN, choices: { ...LEAN.choices, latency: 'batch' } })!;
    expect(batch.architectures[0]!.points.every((p) => p.p95LatencyMs === null && p.monthlyCostUSD! > 0)).toBe(true);
    const { platform: _platform, ...before } = LEAN.choices;
    expect(sweepTraffic(data, { ...LEAN, choices: before })).toBeUndefined();
  });
});
