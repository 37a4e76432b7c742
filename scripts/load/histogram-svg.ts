/**
 * A latency histogram as an SVG bar chart, one bar per bucket of the
 * budget edges in otel/names.ts (the same edges Prometheus buckets by),
 * so the picture and the dashboards agree on where the budgets fall.
 */
import { DURATION_BUCKETS_S } from '../../otel/names.ts';

export interface Bucket {
  /** Upper edge in seconds, inclusive; Infinity for the overflow bucket. */
  le: number;
  count: number;
}

/** Counts latencies into `le` buckets, Prometheus style (upper inclusive). */
export function bucketize(
  latenciesMs: readonly number[],
  edgesS: readonly number[] = DURATION_BUCKETS_S,
): Bucket[] {
  const buckets: Bucket[] = [...edgesS, Infinity].map((le) => ({
    le,
    count: 0,
  }));
  for (const ms of latenciesMs) {
    const s = ms / 1000;
    const bucket = buckets.find((b) => s <= b.le) as Bucket;
    bucket.count++;
  }
  return buckets;
}

const WIDTH = 760;
const HEIGHT = 300;
const PAD = { left: 48, right: 16, top: 36, bottom: 56 };

const label = (le: number) => (le === Infinity ? '+Inf' : `≤${le}`);
const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface HistogramOptions {
  title: string;
  /** Buckets whose upper edge is over this many seconds are drawn red. */
  budgetS?: number;
}

export function histogramSvg(
  buckets: readonly Bucket[],
  opts: HistogramOptions,
): string {
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const slot = plotW / buckets.length;
  const max = Math.max(1, ...buckets.map((b) => b.count));
  const budget = opts.budgetS ?? Infinity;

  const bars = buckets.map((b, i) => {
    const h = (b.count / max) * plotH;
    const x = PAD.left + i * slot;
    const y = PAD.top + plotH - h;
    const fill = b.le > budget ? '#d9534f' : '#4a7bd0';
    const cx = x + slot / 2;
    const ty = PAD.top + plotH + 14;
    return [
      `<rect class="bar" x="${x + 2}" y="${y}" width="${slot - 4}" ` +
        `height="${h}" fill="${fill}"><title>${escape(label(b.le))} s: ` +
        `${b.count}</title></rect>`,
      b.count
        ? `<text x="${cx}" y="${y - 3}" text-anchor="middle">${b.count}</text>`
        : '',
      `<text x="${cx}" y="${ty}" text-anchor="end" transform="rotate(-45 ` +
        `${cx} ${ty})">${escape(label(b.le))}</text>`,
    ].join('');
  });

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="sans-serif" font-size="10">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="${PAD.left}" y="20" font-size="13">${escape(opts.title)}</text>`,
    `<line x1="${PAD.left}" y1="${PAD.top + plotH}" ` +
      `x2="${WIDTH - PAD.right}" y2="${PAD.top + plotH}" stroke="#333"/>`,
    `<text x="8" y="${PAD.top + plotH / 2}" transform="rotate(-90 12 ` +
      `${PAD.top + plotH / 2})">runs</text>`,
    `<text x="${WIDTH - PAD.right}" y="${HEIGHT - 4}" ` +
      `text-anchor="end">latency bucket, seconds (upper edge)</text>`,
    ...bars,
    '</svg>',
    '',
  ].join('\n');
}
