import { describe, expect, it } from 'vitest';
import {
  bucketize,
  histogramSvg,
} from '../../../scripts/load/histogram-svg.ts';
import { DURATION_BUCKETS_S } from '../../../otel/names.ts';

describe('bucketize', () => {
  it('counts a latency on an edge into that edge’s bucket, as Prometheus le does', () => {
    const buckets = bucketize([300, 300.5, 4000, 4001, 50_000], [0.3, 0.4, 4]);
    expect(buckets).toEqual([
      { le: 0.3, count: 1 }, // 300 ms
      { le: 0.4, count: 1 }, // 300.5 ms
      { le: 4, count: 1 }, // 4000 ms
      { le: Infinity, count: 2 }, // 4001 ms and 50 s
    ]);
  });

  it('uses the budget edges of otel/names.ts by default, plus +Inf', () => {
    expect(bucketize([]).map((b) => b.le)).toEqual([
      ...DURATION_BUCKETS_S,
      Infinity,
    ]);
  });
});

describe('histogramSvg', () => {
  const buckets = bucketize([57, 60, 418, 1700, 5000]);
  const svg = histogramSvg(buckets, { title: 'stress <10 runs>', budgetS: 4 });
  const bars = [...svg.matchAll(/<rect class="bar"[^>]*fill="([^"]+)"/g)];

  it('draws one bar per bucket', () => {
    // 18 budget edges in otel/names.ts, plus the +Inf bucket.
    expect(bars).toHaveLength(19);
  });

  it('draws only the buckets beyond the 4 s budget in red', () => {
    // Edges above 4 s: 8, 16, 32 and +Inf.
    expect(bars.filter(([, fill]) => fill === '#d9534f')).toHaveLength(4);
  });

  it('escapes the title so the picture stays valid XML', () => {
    expect(svg).toContain('stress &lt;10 runs&gt;');
    expect(svg).not.toContain('<10 runs>');
  });
});
