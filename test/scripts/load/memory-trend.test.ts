import { describe, expect, it } from 'vitest';
import { rssSlopeMbPerMin } from '../../../scripts/load/memory-trend.ts';

const MB = 1024 * 1024;

describe('rssSlopeMbPerMin', () => {
  it('reads a steady 3 MB-per-minute climb as 3 MB/min', () => {
    // One sample every 30 s for 5 minutes, +1.5 MB each: 3 MB per minute.
    const samples = Array.from({ length: 11 }, (_, i) => ({
      tMs: i * 30_000,
      rssBytes: (200 + 1.5 * i) * MB,
    }));
    expect(rssSlopeMbPerMin(samples, 0)).toBeCloseTo(3, 10);
  });

  it('leaves the warm-up out, so start-up growth is not read as a leak', () => {
    // 0–60 s: 100 → 200 MB while warming up; after that flat at 200 MB.
    const samples = [
      { tMs: 0, rssBytes: 100 * MB },
      { tMs: 30_000, rssBytes: 150 * MB },
      ...Array.from({ length: 10 }, (_, i) => ({
        tMs: 60_000 + i * 60_000,
        rssBytes: 200 * MB,
      })),
    ];
    // last sample at 600 s; a 10 % warm-up drops samples before 60 s.
    expect(rssSlopeMbPerMin(samples, 0.1)).toBe(0);
    expect(rssSlopeMbPerMin(samples, 0)).toBeGreaterThan(2);
  });
});
