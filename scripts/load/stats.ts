/**
 * The figures a load report quotes: nearest-rank percentiles and a
 * least-squares trend. Pure, so the tests can check them by hand.
 */

/**
 * The nearest-rank percentile: the smallest value with at least p % of
 * the values at or below it. No interpolation, so every figure quoted is
 * a latency that was actually observed.
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] as number;
}

export interface LatencySummary {
  count: number;
  minMs: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  meanMs: number;
}

export function summarize(latenciesMs: readonly number[]): LatencySummary {
  const n = latenciesMs.length;
  const sum = latenciesMs.reduce((a, b) => a + b, 0);
  return {
    count: n,
    minMs: n ? Math.min(...latenciesMs) : Number.NaN,
    p50Ms: percentile(latenciesMs, 50),
    p95Ms: percentile(latenciesMs, 95),
    p99Ms: percentile(latenciesMs, 99),
    maxMs: n ? Math.max(...latenciesMs) : Number.NaN,
    meanMs: n ? sum / n : Number.NaN,
  };
}

export interface Point {
  x: number;
  y: number;
}

/**
 * Slope of the least-squares line through the points (y per unit of x).
 * Fewer than two distinct x values have no trend: NaN.
 */
export function linearSlope(points: readonly Point[]): number {
  const n = points.length;
  if (n < 2) return Number.NaN;
  const mx = points.reduce((a, p) => a + p.x, 0) / n;
  const my = points.reduce((a, p) => a + p.y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (const p of points) {
    sxy += (p.x - mx) * (p.y - my);
    sxx += (p.x - mx) ** 2;
  }
  return sxx === 0 ? Number.NaN : sxy / sxx;
}

export const MB = 1024 * 1024;
export const toMb = (bytes: number) => Math.round((bytes / MB) * 10) / 10;
