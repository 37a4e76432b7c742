/**
 * The four catalog caches: their names (the `cache_name` label), key
 * prefixes, lifetimes and sizes. Lifetimes follow how often the data
 * changes: USDA nutrients and densities change with a USDA release, food
 * master data when the catalog is reseeded, prices with an import.
 */
import type { Config } from '../config.ts';

export const CACHE_NAMES = [
  'ingredient',
  'density',
  'cost',
  'fdc_nutrients',
] as const;

export type CacheName = (typeof CACHE_NAMES)[number];

export type CacheTier = 'l1' | 'l2';

export interface CacheSpec {
  name: CacheName;
  /** Time to live in both tiers, in milliseconds. */
  ttlMs: number;
  /** Entries the in-process tier keeps before evicting the least used. */
  maxEntries: number;
}

/** `ingredient:{id}`, `cost:{id}`, `fdc_nutrients:{fdcId}`… */
export function cacheKey(name: CacheName, id: number): string {
  return `${name}:${id}`;
}

/** The settings (src/config.ts) that size the caches. */
export type CacheSizes = Pick<
  Config,
  | 'CACHE_INGREDIENT_TTL_S'
  | 'CACHE_INGREDIENT_MAX'
  | 'CACHE_DENSITY_TTL_S'
  | 'CACHE_DENSITY_MAX'
  | 'CACHE_COST_TTL_S'
  | 'CACHE_COST_MAX'
  | 'CACHE_NUTRIENTS_TTL_S'
  | 'CACHE_NUTRIENTS_MAX'
>;

export function cacheSpecs(config: CacheSizes): Record<CacheName, CacheSpec> {
  const spec = (name: CacheName, ttlS: number, max: number): CacheSpec => ({
    name,
    ttlMs: ttlS * 1000,
    maxEntries: max,
  });
  return {
    ingredient: spec(
      'ingredient',
      config.CACHE_INGREDIENT_TTL_S,
      config.CACHE_INGREDIENT_MAX,
    ),
    density: spec(
      'density',
      config.CACHE_DENSITY_TTL_S,
      config.CACHE_DENSITY_MAX,
    ),
    cost: spec('cost', config.CACHE_COST_TTL_S, config.CACHE_COST_MAX),
    fdc_nutrients: spec(
      'fdc_nutrients',
      config.CACHE_NUTRIENTS_TTL_S,
      config.CACHE_NUTRIENTS_MAX,
    ),
  };
}
