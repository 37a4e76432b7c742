/**
 * Whether memory is stable under steady load: the least-squares slope of
 * RSS over time. The first part of a run is left out, because a fresh
 * process grows while it compiles code and fills its caches; that growth
 * is expected and would otherwise read as a leak.
 */
import { linearSlope, MB } from './stats.ts';

export interface RssSample {
  /** Milliseconds since sampling started. */
  tMs: number;
  rssBytes: number;
}

/** RSS slope in MB per minute, leaving out the first `warmup` share. */
export function rssSlopeMbPerMin(
  samples: readonly RssSample[],
  warmup: number,
): number {
  const last = samples.at(-1)?.tMs ?? 0;
  const points = samples
    .filter((s) => s.tMs >= last * warmup)
    .map((s) => ({ x: s.tMs / 60_000, y: s.rssBytes / MB }));
  return linearSlope(points);
}
