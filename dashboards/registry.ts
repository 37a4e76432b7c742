/**
 * Every dashboard Brigade ships, keyed by its file under
 * dashboards/generated/, and the PromQL each of its panels runs.
 */
import type {
  Dashboard,
  Panel,
  RowPanel,
} from '@grafana/grafana-foundation-sdk/dashboard';
import { oncallOverview } from './oncall-overview.ts';

export function dashboards(): Record<string, Dashboard> {
  return { 'brigade-oncall.json': oncallOverview().build() };
}

/** The text build.ts writes for a dashboard; stable across runs. */
export function renderDashboard(d: Dashboard): string {
  return `${JSON.stringify(d, null, 2)}\n`;
}

export interface PanelQuery {
  dashboard: string;
  panel: string;
  refId: string;
  expr: string;
  /** Reads a recorded series, so Prometheus needs alerts/*.rules.yml. */
  usesRecordingRules: boolean;
}

export interface PanelQueryOptions {
  /** Stands in for Grafana's `$__rate_interval`; default 1m. */
  rateInterval?: string;
}

function isPanel(p: Panel | RowPanel): p is Panel {
  return p.type !== 'row';
}

/**
 * Every panel's PromQL with Grafana's variables replaced, ready to send to
 * Prometheus's query API.
 */
export function panelQueries(options: PanelQueryOptions = {}): PanelQuery[] {
  const interval = options.rateInterval ?? '1m';
  return Object.values(dashboards()).flatMap((d) =>
    (d.panels ?? []).filter(isPanel).flatMap((p) =>
      (p.targets ?? []).map((t) => {
        const q = t as { expr?: string; refId?: string };
        const expr = q.expr ?? '';
        return {
          dashboard: d.uid ?? d.title ?? '',
          panel: p.title ?? '',
          refId: q.refId ?? '',
          expr: expr.replaceAll('$__rate_interval', interval),
          usesRecordingRules: /[a-z_]+:[a-z0-9_]+:[a-z0-9_]+/.test(expr),
        };
      }),
    ),
  );
}
