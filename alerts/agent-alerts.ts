/** Alerts on single agents held to their own budgets. */
import { alert } from './alert.ts';
import { sel, sumRate } from './promql.ts';
import { REC } from './recording-rules.ts';
import type { AlertingRule } from './rule-types.ts';
import { AGENT, FOR } from './thresholds.ts';

/** Looks the agent's budget up at notification time, for the message. */
const BUDGET_OF_AGENT =
  `{{ with printf "${REC.agentBudget}{agent_name='%s'}" ` +
  '$labels.agent_name | query }}' +
  '{{ . | first | value | humanizeDuration }}{{ end }}';

function violationRatio(): string {
  const w = AGENT.violationWindow;
  const violations = sumRate(
    'job, agent_name, resource',
    sel('orchestration_budget_violations_total'),
    w,
  );
  const calls = sumRate(
    'job, agent_name',
    sel('orchestration_agent_duration_seconds_count'),
    w,
  );
  return `${violations} / on (job, agent_name) group_left () ${calls}`;
}

export function agentAlerts(): AlertingRule[] {
  return [
    alert({
      name: 'BrigadeAgentLatencyOverBudget',
      // Each budget is a bucket edge, so p95 > budget means exactly that
      // more than 5 % of calls landed in buckets above the budget.
      expr: `${REC.agentP95} > on (agent_name) group_left () ${REC.agentBudget}`,
      for: FOR.agentLatency,
      severity: 'warning',
      summary: 'An agent is slower than its latency budget.',
      description:
        `{{ $labels.agent_name }} has a p95 latency of ` +
        `{{ $value | humanizeDuration }} over 5m, above its budget of ` +
        `${BUDGET_OF_AGENT}.`,
    }),
    alert({
      name: 'BrigadeAgentBudgetViolations',
      expr: `${violationRatio()} > ${AGENT.violationRatio}`,
      for: FOR.budgetViolations,
      severity: 'info',
      summary: 'An agent often breaks one of its budgets.',
      description:
        `{{ $value | humanizePercentage }} of {{ $labels.agent_name }} ` +
        `calls broke the {{ $labels.resource }} budget over the last ` +
        `${AGENT.violationWindow}.`,
    }),
  ];
}
