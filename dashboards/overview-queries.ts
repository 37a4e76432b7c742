/**
 * PromQL behind the on-call overview. `$__rate_interval` is Grafana's rate
 * window (at least four scrapes); panelQueries() substitutes it for tests
 * that run these against Prometheus directly.
 */
import { leMatcher, quantile, ratio, sel, sumRate } from '../alerts/promql.ts';
import { REC } from '../alerts/recording-rules.ts';
import { SLO } from '../alerts/thresholds.ts';

const W = '$__rate_interval';
const RUN_COUNT = 'orchestration_duration_seconds_count';
const RUN_BUCKET = 'orchestration_duration_seconds_bucket';
const AGENT_BUCKET = 'orchestration_agent_duration_seconds_bucket';

const rate = (by: string, metric: string, ...m: string[]) =>
  sumRate(by, sel(metric, ...m), W);

export const Q = {
  runsByStatus: rate('status', RUN_COUNT),
  runQuantile: (q: number) => quantile(q, 'job', sel(RUN_BUCKET), W),
  burn: (ratioRule: (w: string) => string, window: string, target: number) =>
    `${ratioRule(window)} / ${Number((1 - target).toPrecision(6))}`,
  agentP95: quantile(0.95, 'agent_name', sel(AGENT_BUCKET), W),
  agentBudget: REC.agentBudget,
  violations: rate(
    'agent_name, resource',
    'orchestration_budget_violations_total',
  ),
  errors: rate('agent_name, error_type', 'orchestration_errors_total'),
  agentMemory: `max by (agent_name) (${sel('orchestration_memory_bytes')})`,
  rss: `max by (instance) (${sel('process_resident_memory_bytes')})`,
  queueLength: `sum by (job) (${sel('orchestration_queue_length')})`,
  activeRuns: `sum by (job) (${sel('orchestration_active_runs')})`,
  queueWait: (q: number) =>
    quantile(q, 'job', sel('orchestration_queue_wait_seconds_bucket'), W),
  rejections429: rate(
    'reason',
    'orchestration_rejections_total',
    'reason=~"queue_full|queue_timeout"',
  ),
  rejections503: rate(
    'reason',
    'orchestration_rejections_total',
    'reason="memory"',
  ),
  cacheHitRatio: ratio(
    rate('cache_name, tier', 'cache_requests_total', 'result="hit"'),
    rate('cache_name, tier', 'cache_requests_total'),
  ),
  cacheErrors: rate('cache_name, tier', 'cache_errors_total'),
  // The runtime instrumentation's names as the OTel exporter writes them:
  // no unit suffix (seconds and bytes respectively).
  eventLoopP99: `max by (instance) (${sel('nodejs_eventloop_delay_p99')})`,
  heapUsed: `sum by (instance) (${sel('v8js_memory_heap_used')})`,
};

/** Share of the SLO period's error budget left, 1 = untouched. */
function budgetRemaining(badRatio: string, target: number): string {
  return `1 - (${badRatio}) / ${Number((1 - target).toPrecision(6))}`;
}

const P = SLO.period;
const runsInPeriod = `sum by (job) (increase(${sel(RUN_COUNT)}[${P}]))`;

const withinLatency = sel(RUN_BUCKET, leMatcher(SLO.latencySeconds));

export const BUDGET_REMAINING = {
  availability: budgetRemaining(
    ratio(
      `sum by (job) (increase(${sel(RUN_COUNT, 'status="failed"')}[${P}]))`,
      runsInPeriod,
    ),
    SLO.availability,
  ),
  latency: budgetRemaining(
    `1 - sum by (job) (increase(${withinLatency}[${P}])) / ${runsInPeriod}`,
    SLO.latency,
  ),
};
