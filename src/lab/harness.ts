/**
 * The measurement harness: percentiles by the nearest-rank method (the p-th percentile is the smallest value
 * with at least p % of the values at or below it), so p50/p95 are always values that were measured.
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  if (p <= 0 || p > 100) throw new Error(`percentile must be in (0, 100], got ${p}`);
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.ceil((p / 100) * sorted.length) - 1]!;
}

/** A burst's summary: count, p50/p95/max latency (ms) and throughput (requests per second of wall time). */
export interface LatencySummary {
  count: number;
  p50: number;
  p95: number;
  max: number;
  throughput: number;
}

/** Summarises per-request latencies (ms) measured during `wallMs` milliseconds of wall-clock time. */
export function summarizeLatencies(latencies: readonly number[], wallMs: number): LatencySummary {
  return {
    count: latencies.length,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    max: latencies.length ? Math.max(...latencies) : Number.NaN,
    throughput: wallMs > 0 ? (latencies.length / wallMs) * 1000 : Number.NaN,
  };
}

/** Times `run` `count` times in sequence with `now` (ms clock: performance.now); returns each duration. */
export function timeEach(count: number, run: (index: number) => void, now: () => number): number[] {
  const durations: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const start = now();
    run(i);
    durations.push(now() - start);
  }
  return durations;
}
