/** The shapes of a Prometheus rule file, as Brigade writes them. */

export type Severity = 'critical' | 'warning' | 'info';

export interface RecordingRule {
  record: string;
  expr: string;
  labels?: Record<string, string>;
}

export interface AlertingRule {
  alert: string;
  expr: string;
  for: string;
  labels: { severity: Severity } & Record<string, string>;
  annotations: {
    summary: string;
    description: string;
    runbook_url: string;
  };
}

export interface RuleGroup<R> {
  name: string;
  rules: R[];
}

export interface RuleFile<R> {
  groups: RuleGroup<R>[];
}
