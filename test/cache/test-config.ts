/** Cache settings for tests: the defaults unless a test narrows them. */
import type { CacheConfig } from '../../src/cache/catalog-caches.ts';

export function cacheConfig(over: Partial<CacheConfig> = {}): CacheConfig {
  return {
    REDIS_URL: undefined,
    REDIS_TIMEOUT_MS: 50,
    CACHE_INGREDIENT_TTL_S: 3600,
    CACHE_INGREDIENT_MAX: 1000,
    CACHE_DENSITY_TTL_S: 86_400,
    CACHE_DENSITY_MAX: 500,
    CACHE_COST_TTL_S: 21_600,
    CACHE_COST_MAX: 500,
    CACHE_NUTRIENTS_TTL_S: 604_800,
    CACHE_NUTRIENTS_MAX: 2000,
    ...over,
  };
}

/** Resolves once the caches' Redis connection is ready (or throws). */
export async function redisReady(
  caches: { redis?: { connected: boolean } | undefined },
  ms = 5000,
): Promise<void> {
  const until = Date.now() + ms;
  while (!caches.redis?.connected) {
    if (Date.now() > until) throw new Error('cache Redis never became ready');
    await new Promise((r) => setTimeout(r, 20));
  }
}
