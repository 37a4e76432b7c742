/**
 * Reads the few figures the load scenarios need from a Prometheus text
 * exposition. Enough of the format for Brigade's /metrics: one sample per
 * line, labels in braces, no timestamps.
 */

export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

const LINE = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})?\s+(\S+)/;
const LABEL_PAIR = /(\w+)="((?:[^"\\]|\\.)*)"/g;

export function parseExposition(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const m = LINE.exec(line);
    if (!m) continue;
    const labels: Record<string, string> = {};
    for (const [, k, v] of (m[2] ?? '').matchAll(LABEL_PAIR)) {
      labels[k as string] = v as string;
    }
    samples.push({ name: m[1] as string, labels, value: Number(m[3]) });
  }
  return samples;
}

/**
 * The sum of a metric's samples whose labels match `where`; undefined
 * when the metric is absent, so a caller can say "not available" rather
 * than report a zero it never measured.
 */
export function sumOf(
  samples: readonly Sample[],
  name: string,
  where: Record<string, string> = {},
): number | undefined {
  const hits = samples.filter(
    (s) =>
      s.name === name &&
      Object.entries(where).every(([k, v]) => s.labels[k] === v),
  );
  return hits.length ? hits.reduce((a, s) => a + s.value, 0) : undefined;
}

export interface CacheFigures {
  hits: number;
  lookups: number;
}

const CACHE = 'cache_requests_total';

/**
 * Hits and lookups from cache_requests_total, or undefined when absent.
 * With tiers, a lookup that misses the in-process tier (l1) is asked
 * again of Redis (l2): lookups are the l1 requests, hits those of any
 * tier, so one lookup is never counted twice.
 */
export function cacheFigures(
  samples: readonly Sample[],
): CacheFigures | undefined {
  const all = sumOf(samples, CACHE);
  if (all === undefined) return undefined;
  const tiered = samples.some((s) => s.name === CACHE && s.labels.tier);
  return {
    hits: sumOf(samples, CACHE, { result: 'hit' }) ?? 0,
    lookups: tiered ? (sumOf(samples, CACHE, { tier: 'l1' }) ?? 0) : all,
  };
}

/**
 * Share of cache lookups that hit between two expositions, in percent;
 * undefined when the counter is absent from the later one. A counter
 * absent from the earlier one had not counted anything yet.
 */
export function cacheHitRate(
  first: readonly Sample[],
  last: readonly Sample[],
): number | undefined {
  const end = cacheFigures(last);
  if (!end) return undefined;
  const start = cacheFigures(first) ?? { hits: 0, lookups: 0 };
  const lookups = end.lookups - start.lookups;
  return lookups > 0 ? ((end.hits - start.hits) / lookups) * 100 : undefined;
}
