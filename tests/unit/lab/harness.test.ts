import { describe, expect, it } from 'vitest';
import { percentile, summarizeLatencies, timeEach } from '../../../src/lab/harness';

describe('measurement harness', () => {
  it('takes nearest-rank percentiles, always a measured value', () => {
    const values = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(percentile(values, 50)).toBe(5);
    expect(percentile(values, 95)).toBe(10);
    expect(percentile(values, 10)).toBe(1);
    expect(percentile([], 50)).toBeNaN();
    expect(() => percentile(values, 0)).toThrow();
  });

  it('summarises a burst: 4 requests in 200 ms is 20 per second', () => {
    expect(summarizeLatencies([10, 20, 30, 40], 200)).toEqual({ count: 4, p50: 20, p95: 40, max: 40, throughput: 20 });
  });

  it('times each run with the given clock', () => {
    let clock = 0;
    const durations = timeEach(
      3,
      (i) => (clock += i + 1),
      () => clock,
    );
    expect(durations).toEqual([1, 2, 3]);
  });
});
