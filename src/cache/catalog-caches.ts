/**
 * The four catalog caches as one object: wraps the store-backed lookups
 * (see `createBrigade`'s `lookups` option), invalidates costs after a
 * price import, and owns the shared Redis connection when REDIS_URL is
 * set. Without REDIS_URL the in-process tier alone serves.
 */
import type { Logger } from 'pino';
import type { CatalogLookups, Lookup } from '../catalog/catalog.ts';
import type { Config } from '../config.ts';
import { componentLog } from '../log.ts';
import { zeroCacheSeries } from './cache-metrics.ts';
import {
  CACHE_NAMES,
  cacheKey,
  cacheSpecs,
  type CacheName,
  type CacheSizes,
} from './cache-spec.ts';
import { InvalidationChannel } from './invalidation-channel.ts';
import { RedisConnection } from './redis-connection.ts';
import { TieredCache } from './tiered-cache.ts';

export type CacheConfig = Pick<Config, 'REDIS_URL' | 'REDIS_TIMEOUT_MS'> &
  CacheSizes;

export interface CatalogCaches {
  readonly tiers: Record<CacheName, TieredCache<unknown>>;
  readonly redis: RedisConnection | undefined;
  /** The lookups of `base` behind the caches. */
  wrap(base: CatalogLookups): CatalogLookups;
  /** Drops `cost:{id}` everywhere; how many keys were cached. */
  invalidateCosts(fdcIds: readonly number[]): Promise<number>;
  close(): Promise<void>;
}

/** Which lookup each cache sits in front of. */
const LOOKUP_OF = {
  ingredient: 'ingredient',
  density: 'density',
  cost: 'cost',
  fdc_nutrients: 'nutrients',
} as const satisfies Record<CacheName, keyof CatalogLookups>;

export function createCatalogCaches(
  config: CacheConfig,
  log: Logger = componentLog('cache'),
): CatalogCaches {
  const redis = config.REDIS_URL
    ? new RedisConnection({
        url: config.REDIS_URL,
        timeoutMs: config.REDIS_TIMEOUT_MS,
        log,
      })
    : undefined;
  const specs = cacheSpecs(config);
  const tier = (name: CacheName) =>
    new TieredCache<unknown>(specs[name], redis, log);
  const tiers = {
    ingredient: tier('ingredient'),
    density: tier('density'),
    cost: tier('cost'),
    fdc_nutrients: tier('fdc_nutrients'),
  };
  const channel =
    redis &&
    new InvalidationChannel(
      redis,
      (keys) => tiers.cost.forgetLocally(keys),
      log,
    );
  redis?.start();
  channel?.start();
  zeroCacheSeries(CACHE_NAMES, redis ? ['l1', 'l2'] : ['l1']);

  return {
    tiers,
    redis,
    wrap(base) {
      const cached = <T>(name: CacheName): Lookup<T> => {
        const load = base[LOOKUP_OF[name]] as Lookup<T>;
        const cache = tiers[name] as TieredCache<T>;
        return (id) => cache.get(id, load);
      };
      return {
        ingredient: cached('ingredient'),
        density: cached('density'),
        cost: cached('cost'),
        nutrients: cached('fdc_nutrients'),
      };
    },
    async invalidateCosts(fdcIds) {
      const dropped = await tiers.cost.invalidate(fdcIds);
      // Other processes' L1: see InvalidationChannel for what it covers.
      await channel?.publish(fdcIds.map((id) => cacheKey('cost', id)));
      return dropped;
    },
    async close() {
      await channel?.close();
      await redis?.close();
    },
  };
}
