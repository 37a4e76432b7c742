/** Alerts on whole runs and on the process: the service as users see it. */
import { alert } from './alert.ts';
import { sel } from './promql.ts';
import { REC } from './recording-rules.ts';
import type { AlertingRule } from './rule-types.ts';
import { FOR, JOB, RUN } from './thresholds.ts';

const MIB = 1024 * 1024;

export function runAlerts(): AlertingRule[] {
  return [
    alert({
      name: 'BrigadeTargetDown',
      expr: `up{job="${JOB}"} == 0`,
      for: FOR.targetDown,
      severity: 'critical',
      summary: 'Prometheus cannot scrape Brigade.',
      description:
        `{{ $labels.instance }} of job {{ $labels.job }} has failed every ` +
        `scrape for ${FOR.targetDown}; alerts computed from its metrics go ` +
        `silent while it is down.`,
    }),
    alert({
      name: 'BrigadeRunLatencyHigh',
      expr: `${REC.runP95} > ${RUN.p95Seconds}`,
      for: FOR.runLatency,
      severity: 'warning',
      summary: `Run p95 latency is above the ${RUN.p95Seconds} s budget.`,
      description:
        `The 95th percentile of run duration over 5m is ` +
        `{{ $value | humanizeDuration }}, above the ${RUN.p95Seconds}s ` +
        `budget.`,
    }),
    alert({
      name: 'BrigadeRunErrorRatioHigh',
      expr: `${REC.errorRatio(RUN.errorWindow)} > ${RUN.errorRatio}`,
      for: FOR.runErrors,
      severity: 'warning',
      summary: `More than ${RUN.errorRatio * 100} % of runs fail.`,
      description:
        `{{ $value | humanizePercentage }} of runs ended with status failed ` +
        `over the last ${RUN.errorWindow}; the budget is ` +
        `${RUN.errorRatio * 100}%.`,
    }),
    alert({
      name: 'BrigadeMemoryHigh',
      expr: `max by (job, instance) (${sel('process_resident_memory_bytes')}) > ${RUN.rssBytes}`,
      for: FOR.rss,
      severity: 'warning',
      summary: `Brigade's resident memory is above ${RUN.rssBytes / MIB} MiB.`,
      description:
        `{{ $labels.instance }} has a resident set of ` +
        `{{ $value | humanize1024 }}B, above the ${RUN.rssBytes / MIB} MiB ` +
        `budget.`,
    }),
  ];
}
