/**
 * Thin helpers over the Grafana Foundation SDK builders so each panel in a
 * dashboard reads as its title, unit, queries and thresholds.
 */
import * as common from '@grafana/grafana-foundation-sdk/common';
import {
  DashboardLinkBuilder,
  ThresholdsConfigBuilder,
  ThresholdsMode,
  type Threshold,
} from '@grafana/grafana-foundation-sdk/dashboard';
import { DataqueryBuilder } from '@grafana/grafana-foundation-sdk/prometheus';
import { PanelBuilder as StatPanel } from '@grafana/grafana-foundation-sdk/stat';
import { PanelBuilder as TimeseriesPanel } from '@grafana/grafana-foundation-sdk/timeseries';
import { PROMETHEUS } from './datasources.ts';

export interface Query {
  expr: string;
  legend: string;
  /** Ask Prometheus for exemplars (trace ids) alongside the series. */
  exemplar?: boolean;
}

export interface PanelSpec {
  title: string;
  description: string;
  unit: string;
  queries: Query[];
  /** Colour steps; the first is the base colour below every value. */
  steps?: Threshold[];
  /** Draw the steps as horizontal lines on a time series. */
  thresholdLines?: boolean;
  links?: DashboardLinkBuilder[];
  width?: number;
  height?: number;
}

export type PanelBuilder = TimeseriesPanel | StatPanel;

const REF_IDS = 'ABCDEFGHIJ';

function targets(queries: Query[]): DataqueryBuilder[] {
  return queries.map((q, i) =>
    new DataqueryBuilder()
      .datasource(PROMETHEUS)
      .refId(REF_IDS[i] ?? `Q${i}`)
      .expr(q.expr)
      .legendFormat(q.legend)
      .range()
      .exemplar(q.exemplar ?? false),
  );
}

export function steps(...values: [string, number | null][]): Threshold[] {
  return values.map(([color, value]) => ({ color, value }));
}

function thresholds(spec: PanelSpec): ThresholdsConfigBuilder {
  return new ThresholdsConfigBuilder()
    .mode(ThresholdsMode.Absolute)
    .steps(spec.steps ?? steps(['green', null]));
}

export function timeseries(spec: PanelSpec): TimeseriesPanel {
  const style = new common.GraphThresholdsStyleConfigBuilder().mode(
    spec.thresholdLines
      ? common.GraphThresholdsStyleMode.Dashed
      : common.GraphThresholdsStyleMode.Off,
  );
  return new TimeseriesPanel()
    .title(spec.title)
    .description(spec.description)
    .datasource(PROMETHEUS)
    .unit(spec.unit)
    .targets(targets(spec.queries))
    .thresholds(thresholds(spec))
    .thresholdsStyle(style)
    .dataLinks(spec.links ?? [])
    .lineWidth(1)
    .fillOpacity(10)
    .legend(
      new common.VizLegendOptionsBuilder()
        .displayMode(common.LegendDisplayMode.List)
        .placement(common.LegendPlacement.Bottom)
        .showLegend(true),
    )
    .span(spec.width ?? 12)
    .height(spec.height ?? 8);
}

export function stat(spec: PanelSpec): StatPanel {
  return new StatPanel()
    .title(spec.title)
    .description(spec.description)
    .datasource(PROMETHEUS)
    .unit(spec.unit)
    .targets(targets(spec.queries))
    .thresholds(thresholds(spec))
    .colorMode(common.BigValueColorMode.Background)
    .graphMode(common.BigValueGraphMode.None)
    .reduceOptions(new common.ReduceDataOptionsBuilder().calcs(['lastNotNull']))
    .span(spec.width ?? 12)
    .height(spec.height ?? 8);
}
