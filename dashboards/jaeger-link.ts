/**
 * Data links from latency panels to traces: Grafana Explore opened on the
 * Jaeger datasource with a search for Brigade's slow spans over the
 * dashboard's time range.
 */
import { DashboardLinkBuilder } from '@grafana/grafana-foundation-sdk/dashboard';
import { JOB } from '../alerts/thresholds.ts';
import { JAEGER_UID } from './datasources.ts';

export interface TraceSearch {
  operation: string;
  minDuration: string;
  title: string;
}

/**
 * Grafana substitutes `${…}` variables in a data link before opening it,
 * so they must survive the URL encoding of the surrounding JSON.
 */
function encodeKeepingVariables(json: string): string {
  return encodeURIComponent(json).replace(
    /%24%7B([\w.]+)%7D/g,
    (_m, name: string) => `\${${decodeURIComponent(name)}}`,
  );
}

export function exploreUrl(search: TraceSearch): string {
  const pane = {
    datasource: JAEGER_UID,
    queries: [
      {
        refId: 'A',
        datasource: { type: 'jaeger', uid: JAEGER_UID },
        queryType: 'search',
        service: JOB,
        operation: search.operation,
        minDuration: search.minDuration,
      },
    ],
    range: { from: '${__from}', to: '${__to}' },
  };
  const panes = encodeKeepingVariables(JSON.stringify({ traces: pane }));
  return `/explore?schemaVersion=1&orgId=1&panes=${panes}`;
}

export function traceLink(search: TraceSearch): DashboardLinkBuilder {
  return new DashboardLinkBuilder(search.title)
    .url(exploreUrl(search))
    .targetBlank(true);
}
