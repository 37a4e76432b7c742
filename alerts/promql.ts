/**
 * Small PromQL builders shared by rules and dashboards, so a selector or a
 * ratio is spelled one way everywhere.
 */
import { BUCKET_EDGES_S, JOB } from './thresholds.ts';

/** `metric{job="brigade",…}` with extra matchers appended as written. */
export function sel(metric: string, ...matchers: string[]): string {
  return `${metric}{${[`job="${JOB}"`, ...matchers].join(',')}}`;
}

/**
 * Matcher for the histogram bucket whose upper edge is `seconds`.
 * Prometheus 3 rewrites `le="4"` to `le="4.0"` on ingestion while 2.x keeps
 * the exporter's spelling, so integral edges match both forms. Throws when
 * the edge is not a bucket edge: a threshold between edges would make the
 * bucket query silently count the wrong runs.
 */
export function leMatcher(seconds: number): string {
  if (!BUCKET_EDGES_S.includes(seconds)) {
    throw new Error(`${seconds} s is not a histogram bucket edge`);
  }
  return Number.isInteger(seconds)
    ? `le=~"${seconds}|${seconds}\\\\.0"`
    : `le="${seconds}"`;
}

/**
 * `part / whole` where `part` may have no series yet (a counter the
 * exporter only creates on its first increment): the missing part counts
 * as zero wherever `whole` exists.
 */
export function ratio(part: string, whole: string): string {
  return `(${part} or 0 * ${whole}) / ${whole}`;
}

export function sumRate(by: string, selector: string, window: string) {
  return `sum by (${by}) (rate(${selector}[${window}]))`;
}

export function quantile(q: number, by: string, bucket: string, w: string) {
  return `histogram_quantile(${q}, ${sumRate(`${by}, le`, bucket, w)})`;
}
