/** Builds one alerting rule with the labels and links every alert needs. */
import type { AlertingRule, Severity } from './rule-types.ts';
import { RUNBOOK_BASE } from './thresholds.ts';

export const ALERT_PREFIX = 'Brigade';

export interface AlertSpec {
  name: string;
  expr: string;
  for: string;
  severity: Severity;
  summary: string;
  description: string;
  labels?: Record<string, string>;
}

/** GitHub's heading anchor for a runbook section titled with the name. */
export function runbookAnchor(alertName: string): string {
  return alertName.toLowerCase();
}

export function alert(spec: AlertSpec): AlertingRule {
  if (!spec.name.startsWith(ALERT_PREFIX)) {
    throw new Error(`alert ${spec.name} lacks the ${ALERT_PREFIX} prefix`);
  }
  return {
    alert: spec.name,
    expr: spec.expr,
    for: spec.for,
    labels: { severity: spec.severity, ...spec.labels },
    annotations: {
      summary: spec.summary,
      description: spec.description,
      runbook_url: `${RUNBOOK_BASE}#${runbookAnchor(spec.name)}`,
    },
  };
}
