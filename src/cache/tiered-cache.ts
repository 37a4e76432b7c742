/**
 * One catalog cache: cacheable's layered cache with an in-process LRU +
 * TTL primary (L1) and, when Redis is configured, a Redis secondary (L2).
 * A miss in every tier reads the store once however many callers wait
 * for the key (cacheable's getOrSet coalesces them).
 *
 * Values are stored wrapped, `{ v: value }`, with `v: null` for "the store
 * has none" (most foods have no price): an absent price is then a hit
 * like any other instead of a store read on every lookup, and a bare
 * null would read as a miss to cacheable's secondary tier.
 */
import { Cacheable, createKeyv, Keyv } from 'cacheable';
import type { Logger } from 'pino';
import type { Lookup } from '../catalog/catalog.ts';
import { countFault, countLookup } from './cache-metrics.ts';
import { CacheError } from './cache-error.ts';
import { cacheKey, type CacheSpec, type CacheTier } from './cache-spec.ts';
import { GuardedRedisStore } from './guarded-redis-store.ts';
import type { RedisConnection } from './redis-connection.ts';

interface Entry<T> {
  v: T | null;
}

interface TierEvent {
  store?: 'primary' | 'secondary';
}

/** Invalidations may wait longer than a read: they must land. */
const INVALIDATE_TIMEOUT_FACTOR = 20;

export class TieredCache<T> {
  readonly cacheable: Cacheable;

  constructor(
    readonly spec: CacheSpec,
    private readonly redis: RedisConnection | undefined,
    log: Logger,
  ) {
    const primary = createKeyv({
      ttl: spec.ttlMs,
      lruSize: spec.maxEntries,
      // get() copies instead: the L1 copy alone would miss the value a
      // miss hands back, which is the very object the cache keeps.
      useClone: false,
    });
    const secondary = redis && this.redisTier(redis);
    this.cacheable = new Cacheable({
      primary,
      secondary,
      ttl: spec.ttlMs,
      // L2 writes and L1 refills from L2 do not hold up a lookup.
      nonBlocking: true,
      cacheId: spec.name,
    });
    this.cacheable.on('cache:hit', (e: TierEvent) => this.count(e, 'hit'));
    this.cacheable.on('cache:miss', (e: TierEvent) => this.count(e, 'miss'));
    this.cacheable.on('error', (err: Error) =>
      log.debug({ err, cache: spec.name }, 'cache: fault absorbed'),
    );
  }

  /** The cached value of `id`, reading it with `load` on a miss. */
  async get(id: number, load: Lookup<T>): Promise<T | undefined> {
    const entry = await this.cacheable.getOrSet<Entry<T>>(
      cacheKey(this.spec.name, id),
      async () => ({ v: (await load(id)) ?? null }),
      // A store fault reaches the caller as it would without a cache.
      { throwErrors: 'function' },
    );
    // Each caller gets its own copy: an agent that edits a food it
    // looked up must not edit the cached one.
    return entry?.v == null ? undefined : structuredClone(entry.v);
  }

  /**
   * Drops the keys of `ids` from L1 and from Redis; the number of keys
   * that were cached in either. Throws 'cache_invalidation_failed' when
   * Redis is configured but cannot confirm the deletes.
   */
  async invalidate(ids: readonly number[]): Promise<number> {
    const keys = ids.map((id) => cacheKey(this.spec.name, id));
    const l1 = this.cacheable.primary;
    const inL1 = await Promise.all(keys.map((k) => l1.has(k)));
    await l1.deleteMany(keys);
    const inL2 = await this.deleteInRedis(keys);
    return keys.filter((_, i) => inL1[i] || inL2[i]).length;
  }

  /** Drops keys from this process's L1 only (another process changed them). */
  async forgetLocally(keys: readonly string[]): Promise<void> {
    await this.cacheable.primary.deleteMany([...keys]);
  }

  private async deleteInRedis(keys: string[]): Promise<boolean[]> {
    const redis = this.redis;
    if (!redis) return keys.map(() => false);
    try {
      const deleted = await redis.call(
        () => Promise.all(keys.map((k) => redis.client.del(k))),
        {
          timeoutMs: redis.timeoutMs * INVALIDATE_TIMEOUT_FACTOR,
          urgent: true,
        },
      );
      return deleted.map((n) => n > 0);
    } catch (err) {
      countFault(this.spec.name, 'l2');
      throw new CacheError(
        'cache_invalidation_failed',
        `cache: could not drop ${keys.length} ${this.spec.name} keys from ` +
          `Redis; they stay until their TTL unless the import is repeated`,
        { cause: err },
      );
    }
  }

  private redisTier(redis: RedisConnection): Keyv {
    const store = new GuardedRedisStore(redis, () =>
      countFault(this.spec.name, 'l2'),
    );
    // Keys as the issue names them (`cost:168894`), no Keyv prefix.
    const keyv = new Keyv({ store, useKeyPrefix: false });
    keyv.namespace = undefined;
    keyv.on('error', () => {});
    return keyv;
  }

  private count(e: TierEvent, result: 'hit' | 'miss'): void {
    const tier: CacheTier = e.store === 'secondary' ? 'l2' : 'l1';
    const last = tier === 'l2' || !this.redis;
    countLookup(this.spec.name, tier, result, last);
  }
}
