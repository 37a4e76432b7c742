/**
 * Recording rules, named level:metric:operations. Alerts and dashboards
 * read these rather than repeating the raw expressions.
 */
import { leMatcher, quantile, ratio, sel, sumRate } from './promql.ts';
import type { RecordingRule, RuleGroup } from './rule-types.ts';
import {
  AGENT_BUDGET_S,
  AGENT_NAMES,
  RATIO_WINDOWS,
  SLO,
} from './thresholds.ts';

export const REC = {
  runs: (w: string) => `job:orchestration_runs:rate${w}`,
  errorRatio: (w: string) => `job:orchestration_errors:ratio_rate${w}`,
  slowRatio: (w: string) => `job:orchestration_slow_runs:ratio_rate${w}`,
  runP95: 'job:orchestration_duration_seconds:p95_rate5m',
  agentP95: 'job_agent_name:orchestration_agent_duration_seconds:p95_rate5m',
  agentBudget: 'agent_name:orchestration_agent_budget_seconds:constant',
} as const;

const COUNT = 'orchestration_duration_seconds_count';
const BUCKET = 'orchestration_duration_seconds_bucket';

function windowRules(w: string): RecordingRule[] {
  const runs = sumRate('job', sel(COUNT), w);
  const failed = sumRate('job', sel(COUNT, 'status="failed"'), w);
  const fast = sumRate('job', sel(BUCKET, leMatcher(SLO.latencySeconds)), w);
  return [
    { record: REC.runs(w), expr: runs },
    // A `partial` run still delivered nutrition and QA to the caller, so
    // only `failed` counts against availability (docs/runbook.md).
    { record: REC.errorRatio(w), expr: ratio(failed, runs) },
    // Runs slower than the SLO threshold: everything above its bucket.
    { record: REC.slowRatio(w), expr: `1 - ${fast} / ${runs}` },
  ];
}

/**
 * One constant series per agent holding its latency budget, so a single
 * alert can compare every agent's p95 with its own budget by joining on
 * agent_name.
 */
function budgetRules(): RecordingRule[] {
  return AGENT_NAMES.map((name) => ({
    record: REC.agentBudget,
    expr: `vector(${AGENT_BUDGET_S[name]})`,
    labels: { agent_name: name },
  }));
}

export function recordingGroups(): RuleGroup<RecordingRule>[] {
  const agentBucket = sel('orchestration_agent_duration_seconds_bucket');
  return [
    { name: 'brigade.budgets', rules: budgetRules() },
    {
      name: 'brigade.latency',
      rules: [
        { record: REC.runP95, expr: quantile(0.95, 'job', sel(BUCKET), '5m') },
        {
          record: REC.agentP95,
          expr: quantile(0.95, 'job, agent_name', agentBucket, '5m'),
        },
      ],
    },
    { name: 'brigade.slo', rules: RATIO_WINDOWS.flatMap(windowRules) },
  ];
}
