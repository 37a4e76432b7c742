/**
 * Counts cache lookups and faults: the Prometheus counters
 * `cache_requests_total{cache_name, tier, result}` and
 * `cache_errors_total{cache_name, tier}`, and the current run's figures.
 * Attribute sets are built once; counting never throws into a lookup.
 */
import type { Attributes } from '@opentelemetry/api';
import { instruments } from '../../otel/instruments.ts';
import { LABEL } from '../../otel/names.ts';
import type { CacheName, CacheTier } from './cache-spec.ts';
import { currentRunCacheStats } from './run-cache-stats.ts';

export type LookupResult = 'hit' | 'miss';

const attrCache = new Map<string, Attributes>();

function attrs(name: CacheName, tier: CacheTier, result?: LookupResult) {
  const id = `${name}|${tier}|${result ?? ''}`;
  let set = attrCache.get(id);
  if (!set) {
    set = {
      [LABEL.cacheName]: name,
      [LABEL.tier]: tier,
      ...(result && { [LABEL.result]: result }),
    };
    attrCache.set(id, set);
  }
  return set;
}

/**
 * One tier's answer to one lookup. `last` says the tier is the bottom
 * cache tier, so a miss there means the store is read.
 */
export function countLookup(
  name: CacheName,
  tier: CacheTier,
  result: LookupResult,
  last: boolean,
): void {
  instruments().cacheRequests.add(1, attrs(name, tier, result));
  const run = currentRunCacheStats()?.[name];
  if (!run) return;
  if (result === 'hit') {
    run.hits++;
    if (tier === 'l2') run.l2Hits++;
  } else if (last) {
    run.misses++;
  }
}

export function countFault(name: CacheName, tier: CacheTier): void {
  instruments().cacheErrors.add(1, attrs(name, tier));
  const run = currentRunCacheStats()?.[name];
  if (run) run.errors++;
}

/**
 * Starts every series of the tiers in use at 0, so hit rates and error
 * rates read 0 rather than "no data" before the first lookup or fault.
 */
export function zeroCacheSeries(
  names: readonly CacheName[],
  tiers: readonly CacheTier[],
): void {
  const m = instruments();
  for (const name of names) {
    for (const tier of tiers) {
      m.cacheErrors.add(0, attrs(name, tier));
      for (const result of ['hit', 'miss'] as const) {
        m.cacheRequests.add(0, attrs(name, tier, result));
      }
    }
  }
}
