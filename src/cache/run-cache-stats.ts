/**
 * Per-run cache figures for the run document. A run executes inside its
 * own async scope, so a lookup made anywhere below the orchestrator counts
 * toward the run that made it, even with several runs in flight.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { CACHE_NAMES, type CacheName } from './cache-spec.ts';

export interface CacheCounts {
  /** Lookups served from a cache tier (L1 or L2). */
  hits: number;
  /** Of those hits, the ones Redis (L2) served. */
  l2Hits: number;
  /** Lookups that went to the store. */
  misses: number;
  /** Redis faults met on the way (each fell through to the store). */
  errors: number;
}

export type RunCacheStats = Record<CacheName, CacheCounts>;

const scope = new AsyncLocalStorage<RunCacheStats>();

export function emptyRunCacheStats(): RunCacheStats {
  const stats = {} as RunCacheStats;
  for (const name of CACHE_NAMES) {
    stats[name] = { hits: 0, l2Hits: 0, misses: 0, errors: 0 };
  }
  return stats;
}

/** Runs `fn` with fresh counters and hands them back with its result. */
export async function withRunCacheStats<T>(
  fn: () => Promise<T>,
): Promise<{ result: T; stats: RunCacheStats }> {
  const stats = emptyRunCacheStats();
  const result = await scope.run(stats, fn);
  return { result, stats };
}

/** The counters of the run in whose scope the caller is, if any. */
export function currentRunCacheStats(): RunCacheStats | undefined {
  return scope.getStore();
}

/**
 * Runs one pipeline run in its own cache scope and stamps its figures on
 * the document it returns. They are copied: a background Redis write
 * finishing later must not change a document already sent.
 */
export async function withCacheStats<D extends { cache?: RunCacheStats }>(
  run: () => Promise<D>,
): Promise<D> {
  const { result, stats } = await withRunCacheStats(run);
  result.cache = structuredClone(stats);
  return result;
}
