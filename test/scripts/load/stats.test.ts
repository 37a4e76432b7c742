import { describe, expect, it } from 'vitest';
import {
  linearSlope,
  percentile,
  summarize,
} from '../../../scripts/load/stats.ts';

describe('percentile (nearest rank)', () => {
  // Twenty latencies 10, 20, …, 200 ms, given out of order.
  const values = [
    200, 10, 190, 20, 180, 30, 170, 40, 160, 50, 150, 60, 140, 70, 130, 80, 120,
    90, 110, 100,
  ];

  it('takes the ceil(p/100 × n)-th smallest value', () => {
    // p50: ceil(0.50 × 20) = 10th smallest = 100 ms
    expect(percentile(values, 50)).toBe(100);
    // p95: ceil(0.95 × 20) = 19th smallest = 190 ms
    expect(percentile(values, 95)).toBe(190);
    // p99: ceil(0.99 × 20) = ceil(19.8) = 20th smallest = 200 ms
    expect(percentile(values, 99)).toBe(200);
  });

  it('gives the single value of a one-run sample for every percentile', () => {
    expect(percentile([417], 50)).toBe(417);
    expect(percentile([417], 99)).toBe(417);
  });

  it('is NaN for no values rather than a made-up zero', () => {
    expect(percentile([], 95)).toBeNaN();
  });

  it('does not reorder the caller’s array', () => {
    const input = [3, 1, 2];
    percentile(input, 50);
    expect(input).toEqual([3, 1, 2]);
  });
});

describe('summarize', () => {
  it('reports ten sequential runs as a hand count does', () => {
    const ms = [120, 80, 95, 300, 101, 99, 87, 110, 93, 105];
    // sorted: 80 87 93 95 99 101 105 110 120 300; p50 = 5th = 99,
    // p95 = ceil(9.5) = 10th = 300; mean = 1190 / 10 = 119
    expect(summarize(ms)).toEqual({
      count: 10,
      minMs: 80,
      p50Ms: 99,
      p95Ms: 300,
      p99Ms: 300,
      maxMs: 300,
      meanMs: 119,
    });
  });
});

describe('linearSlope', () => {
  it('finds the least-squares slope of points off a line', () => {
    // x = 0, 1, 2, 3; y = 1, 3, 2, 6. mean x = 1.5, mean y = 3.
    // Sxy = (-1.5)(-2) + (-0.5)(0) + (0.5)(-1) + (1.5)(3) = 3 - 0.5 + 4.5 = 7
    // Sxx = 2.25 + 0.25 + 0.25 + 2.25 = 5 → slope 7 / 5 = 1.4
    const points = [
      { x: 0, y: 1 },
      { x: 1, y: 3 },
      { x: 2, y: 2 },
      { x: 3, y: 6 },
    ];
    expect(linearSlope(points)).toBeCloseTo(1.4, 10);
  });

  it('is zero for a flat series and NaN without two distinct x', () => {
    expect(
      linearSlope([
        { x: 0, y: 5 },
        { x: 4, y: 5 },
      ]),
    ).toBe(0);
    expect(linearSlope([{ x: 1, y: 5 }])).toBeNaN();
    expect(
      linearSlope([
        { x: 1, y: 5 },
        { x: 1, y: 9 },
      ]),
    ).toBeNaN();
  });
});
