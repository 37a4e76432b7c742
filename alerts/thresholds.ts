/**
 * The one place for every number the alerts and dashboards use. Budgets
 * come from the pipeline itself (src/pipeline/budgets.ts), so an alert can
 * never disagree with the budget an agent is held to at run time; the
 * rest (ratios, windows, `for` durations, SLOs) is set here.
 */
import { DURATION_BUCKETS_S } from '../otel/names.ts';
import {
  AGENT_BUDGETS,
  AGENT_NAMES,
  RUN_BUDGET,
} from '../src/pipeline/budgets.ts';

export { AGENT_NAMES };

/** The Prometheus scrape job that collects Brigade's /metrics. */
export const JOB = 'brigade';

/**
 * Runbook links are absolute GitHub URLs to docs/runbook.md on main; the
 * anchor is the heading slug GitHub derives from the alert name.
 */
export const RUNBOOK_BASE =
  'https://github.com/brigade/brigade/blob/main/docs/runbook.md';

/** Latency budget per agent, in seconds. */
export const AGENT_BUDGET_S: Record<string, number> = Object.fromEntries(
  AGENT_NAMES.map((name) => [name, AGENT_BUDGETS[name].latencyMs / 1000]),
);

export const RUN = {
  /** p95 of a whole run must stay under this. */
  p95Seconds: RUN_BUDGET.latencyMs / 1000,
  /** Resident set size ceiling of the process. */
  rssBytes: RUN_BUDGET.memoryBytes,
  /** Share of failed runs tolerated over errorWindow. */
  errorRatio: 0.02,
  errorWindow: '10m',
} as const;

/** `for` durations: how long a condition must hold before it fires. */
export const FOR = {
  targetDown: '2m',
  runLatency: '5m',
  runErrors: '5m',
  rss: '5m',
  agentLatency: '10m',
  budgetViolations: '10m',
  rejections: '10m',
  queueSaturated: '10m',
  cacheHitRate: '15m',
} as const;

export const AGENT = {
  /** Share of an agent's calls that may break a budget before it alerts. */
  violationRatio: 0.05,
  violationWindow: '10m',
} as const;

export const CAPACITY = {
  /** Rejections per second (429 and 503) tolerated per reason. */
  rejectionsPerSecond: 0.05,
  rejectionWindow: '5m',
  /** The queue is saturated when it never empties within this window. */
  queueWindow: '5m',
} as const;

export const CACHE = {
  minHitRatio: 0.6,
  window: '15m',
} as const;

/**
 * Service level objectives over a 30-day period. The latency SLO counts a
 * run as good when it finished within the run budget (4 s, a bucket edge).
 */
export const SLO = {
  period: '30d',
  availability: 0.99,
  latency: 0.99,
  latencySeconds: RUN_BUDGET.latencyMs / 1000,
} as const;

export interface BurnWindow {
  long: string;
  short: string;
  factor: number;
  for: string;
  severity: 'critical' | 'warning';
}

/**
 * Multi-window multi-burn-rate pairs (Google SRE workbook, chapter 5): page
 * when 2 % of a 30-day budget burns in 1 h or 5 % in 6 h; open a ticket
 * when the budget burns at exactly the sustainable pace for 3 days.
 */
export const BURN_WINDOWS: readonly BurnWindow[] = [
  { long: '1h', short: '5m', factor: 14.4, for: '2m', severity: 'critical' },
  { long: '6h', short: '30m', factor: 6, for: '15m', severity: 'critical' },
  { long: '3d', short: '6h', factor: 1, for: '1h', severity: 'warning' },
];

/** Every window a ratio is recorded over, shortest first. */
export const RATIO_WINDOWS = ['5m', '10m', '30m', '1h', '6h', '3d'] as const;

export const BUCKET_EDGES_S: readonly number[] = DURATION_BUCKETS_S;
