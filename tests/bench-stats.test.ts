import { describe, expect, it } from 'vitest';
import { median, p95, pairedRatios, quantile, summarize } from '../scripts/bench/stats';

describe('bench statistics', () => {
  it('takes the median of odd and even samples, in any order', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('interpolates p95 between ranks instead of jumping to the maximum', () => {
    const xs = Array.from({ length: 21 }, (_, i) => i * 10); // 0..200
    expect(p95(xs)).toBeCloseTo(190);
    expect(p95([10, 20])).toBeCloseTo(19.5);
    expect(p95([7])).toBe(7);
  });

  it('ignores timed-out (non-finite) samples, and has no statistic without samples', () => {
    expect(median([NaN, 1, Infinity, 3])).toBe(2);
    expect(median([])).toBeNaN();
    expect(summarize([NaN]).n).toBe(0);
  });

  it('rejects a quantile outside [0, 1]', () => {
    expect(() => quantile([1], 1.5)).toThrow(RangeError);
  });

  it('summarizes n, median, p95, min and max', () => {
    expect(summarize([3, 1, 2])).toEqual({ n: 3, median: 2, p95: 2.9, min: 1, max: 3 });
  });

  it('pairs the runs of two pages into ratios, and refuses unequal runs', () => {
    expect(pairedRatios([200, 300], [100, 200])).toEqual([2, 1.5]);
    expect(() => pairedRatios([1], [1, 2])).toThrow();
  });
});
