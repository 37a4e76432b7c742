/**
 * The budgets a load report checks and how a figure becomes a verdict.
 * The latency and memory budgets are the run budget of
 * src/pipeline/budgets.ts; the error and hit-rate targets are the plan's.
 */
import { RUN_BUDGET } from '../../src/pipeline/budgets.ts';

export const BUDGETS = {
  p95Ms: RUN_BUDGET.latencyMs,
  rssMb: RUN_BUDGET.memoryBytes / 1024 / 1024,
  errorRatePct: 2,
  cacheHitRatePct: 60,
  /**
   * RSS growth a steady load may show once warm. 2 MB/min would take
   * over four hours to climb from a typical 150 MB to the 600 MB budget.
   */
  rssSlopeMbPerMin: 2,
} as const;

export type Outcome = 'pass' | 'fail' | 'n/a';

export interface Check {
  name: string;
  /** The measured figure as the report prints it. */
  measured: string;
  /** The target as the report prints it, e.g. "≤ 4000 ms". */
  target: string;
  outcome: Outcome;
}

type Figure = number | undefined;

const fmt = (n: number, unit: string) =>
  `${Number.isInteger(n) ? n : n.toFixed(1)}${unit}`;

/** A check that passes when `value` is at most `limit`. */
export function atMost(
  name: string,
  value: Figure,
  limit: number,
  unit = '',
): Check {
  return measure(name, value, `≤ ${fmt(limit, unit)}`, unit, (v) => v <= limit);
}

/** A check that passes when `value` is under `limit` (strictly). */
export function under(
  name: string,
  value: Figure,
  limit: number,
  unit = '',
): Check {
  return measure(name, value, `< ${fmt(limit, unit)}`, unit, (v) => v < limit);
}

/** A check that passes when `value` is over `limit` (strictly). */
export function over(
  name: string,
  value: Figure,
  limit: number,
  unit = '',
): Check {
  return measure(name, value, `> ${fmt(limit, unit)}`, unit, (v) => v > limit);
}

/** A check that passes when `value` equals `expected`. */
export function exactly(name: string, value: Figure, expected: number): Check {
  return measure(name, value, `= ${expected}`, '', (v) => v === expected);
}

/** A yes/no condition, e.g. "server still answers /healthz". */
export function holds(name: string, ok: boolean, what = 'yes'): Check {
  return {
    name,
    measured: ok ? what : `not ${what}`,
    target: what,
    outcome: ok ? 'pass' : 'fail',
  };
}

/**
 * A figure that was not measured (the metric is absent) is reported as
 * "not available" and neither passes nor fails the run.
 */
function measure(
  name: string,
  value: Figure,
  target: string,
  unit: string,
  ok: (v: number) => boolean,
): Check {
  if (value === undefined || Number.isNaN(value)) {
    return { name, measured: 'not available', target, outcome: 'n/a' };
  }
  return {
    name,
    measured: fmt(value, unit),
    target,
    outcome: ok(value) ? 'pass' : 'fail',
  };
}

export const failed = (checks: readonly Check[]) =>
  checks.some((c) => c.outcome === 'fail');

/** Percentage of `part` in `whole`; undefined when there is no whole. */
export function ratePct(part: number, whole: number): number | undefined {
  return whole > 0 ? (part / whole) * 100 : undefined;
}
