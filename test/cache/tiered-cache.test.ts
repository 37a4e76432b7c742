import { readFileSync } from 'node:fs';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CatalogLookups } from '../../src/catalog/catalog.ts';
import type { Food } from '../../src/catalog/food.ts';
import {
  createCatalogCaches,
  type CatalogCaches,
} from '../../src/cache/catalog-caches.ts';
import { withRunCacheStats } from '../../src/cache/run-cache-stats.ts';
import { RedisServer, redisAvailable } from '../support/redis-server.ts';
import { cacheConfig, redisReady } from './test-config.ts';

const quiet = pino({ level: 'silent' });
const foods: Food[] = JSON.parse(
  readFileSync('data/usda/ingredients.json', 'utf8'),
);
// All-purpose flour: USDA has no trans fat figure for it (null).
const flour = foods.find((f) => f.fdcId === 168894)!;

/** A store double: counts reads and answers after `delayMs`. */
function countingStore(delayMs = 20) {
  const reads = { ingredient: 0, cost: 0 };
  const later = <T>(v: T) =>
    new Promise<T>((r) => setTimeout(() => r(v), delayMs));
  const lookups: CatalogLookups = {
    ingredient: (id) => {
      reads.ingredient++;
      return later(foods.find((f) => f.fdcId === id));
    },
    density: async () => undefined,
    cost: (id) => {
      reads.cost++;
      // Only flour has a price in this double.
      return later(
        id === flour.fdcId
          ? { fdcId: id, usdPerKg: 1.1927, source: 'BLS APU0000701111' }
          : undefined,
      );
    },
    nutrients: async () => undefined,
  };
  return { reads, lookups };
}

describe('catalog caches, in-process tier only', () => {
  it('reads the store once when 25 lookups of one key miss together', async () => {
    const caches = createCatalogCaches(cacheConfig(), quiet);
    const { reads, lookups } = countingStore();
    const cached = caches.wrap(lookups);
    const got = await Promise.all(
      Array.from({ length: 25 }, () => cached.ingredient(flour.fdcId)),
    );
    expect(reads.ingredient).toBe(1);
    expect(got.every((f) => f?.name === 'all-purpose flour')).toBe(true);
    await caches.close();
  });

  it('remembers that a food has no price instead of asking again', async () => {
    const caches = createCatalogCaches(cacheConfig(), quiet);
    const { reads, lookups } = countingStore(0);
    const cached = caches.wrap(lookups);
    const butter = 173410;
    expect(await cached.cost(butter)).toBeUndefined();
    expect(await cached.cost(butter)).toBeUndefined();
    expect(reads.cost).toBe(1);
    await caches.close();
  });

  it('gives each caller its own copy of a cached food', async () => {
    const caches = createCatalogCaches(cacheConfig(), quiet);
    const cached = caches.wrap(countingStore(0).lookups);
    const first = await cached.ingredient(flour.fdcId);
    first!.name = 'edited by a caller';
    expect((await cached.ingredient(flour.fdcId))?.name).toBe(
      'all-purpose flour',
    );
    await caches.close();
  });

  it('evicts the least recently used entry past the size limit', async () => {
    const caches = createCatalogCaches(
      cacheConfig({ CACHE_INGREDIENT_MAX: 2 }),
      quiet,
    );
    const { reads, lookups } = countingStore(0);
    const cached = caches.wrap(lookups);
    const [a, b, c] = foods.map((f) => f.fdcId);
    for (const id of [a!, b!, c!, a!]) await cached.ingredient(id);
    // a was evicted by c, so it is read twice: 4 reads for 3 foods.
    expect(reads.ingredient).toBe(4);
    await caches.close();
  });

  it('counts hits and misses of the run that made them', async () => {
    const caches = createCatalogCaches(cacheConfig(), quiet);
    const cached = caches.wrap(countingStore(0).lookups);
    await cached.ingredient(flour.fdcId);
    const { stats } = await withRunCacheStats(async () => {
      await cached.ingredient(flour.fdcId);
      await cached.cost(flour.fdcId);
      await cached.cost(flour.fdcId);
    });
    expect(stats.ingredient).toEqual({
      hits: 1,
      l2Hits: 0,
      misses: 0,
      errors: 0,
    });
    expect(stats.cost).toEqual({ hits: 1, l2Hits: 0, misses: 1, errors: 0 });
    await caches.close();
  });
});

describe.runIf(redisAvailable())('catalog caches with Redis', () => {
  let redis: RedisServer;
  const caches: CatalogCaches[] = [];

  beforeAll(async () => {
    redis = await RedisServer.start();
  });
  afterAll(async () => {
    await Promise.all(caches.map((c) => c.close()));
    await redis?.stop();
  });

  async function open(timeoutMs = 50) {
    const c = createCatalogCaches(
      cacheConfig({ REDIS_URL: redis.url, REDIS_TIMEOUT_MS: timeoutMs }),
      quiet,
    );
    caches.push(c);
    await redisReady(c);
    return c;
  }

  it('brings a USDA food back from Redis exactly, nulls included', async () => {
    const writer = (await open()).wrap(countingStore(0).lookups);
    await writer.ingredient(flour.fdcId);
    await new Promise((r) => setTimeout(r, 50)); // the L2 write is async
    const { reads, lookups } = countingStore(0);
    const reader = await open();
    const { result, stats } = await withRunCacheStats(() =>
      reader.wrap(lookups).ingredient(flour.fdcId),
    );
    expect(reads.ingredient).toBe(0);
    expect(stats.ingredient.l2Hits).toBe(1);
    expect(result).toEqual(flour);
    expect(result?.nutrientsPer100g.trans_fat_g).toBeNull();
  });

  it('reads the store once for concurrent misses with both tiers', async () => {
    const { reads, lookups } = countingStore();
    const cached = (await open()).wrap(lookups);
    await Promise.all(
      Array.from({ length: 25 }, () => cached.cost(flour.fdcId)),
    );
    expect(reads.cost).toBe(1);
  });

  it('answers within the Redis timeout while Redis is frozen', async () => {
    const c = await open(50);
    const { reads, lookups } = countingStore(0);
    const cached = c.wrap(lookups);
    redis.freeze();
    try {
      const t0 = performance.now();
      const { result, stats } = await withRunCacheStats(() =>
        cached.ingredient(foods[7]!.fdcId),
      );
      const ms = performance.now() - t0;
      expect(result?.fdcId).toBe(foods[7]!.fdcId);
      expect(reads.ingredient).toBe(1);
      expect(stats.ingredient.errors).toBeGreaterThan(0);
      // 50 ms timeout plus scheduling (generous for a loaded machine); a
      // client without its own timeout would wait here until Redis thaws.
      expect(ms).toBeLessThan(1000);
    } finally {
      redis.thaw();
    }
  });
});
