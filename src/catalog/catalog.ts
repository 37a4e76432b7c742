/**
 * The one way agents reach the ingredient catalog. Name matching runs on
 * an in-memory index built once from the store's foods; every lookup by id
 * goes through a `Lookup` that the cache layer (src/cache/) wraps, so the
 * store is read once per key while the cache holds it.
 */
import type { FoodMatch } from '../domain/types.ts';
import type { CatalogStore } from '../store/graph-store.ts';
import type { Food, Nutrients, Portion, Price } from './food.ts';
import { FoodMatcher } from './food-matcher.ts';

/** What converting a volume or a count to grams needs of a food. */
export interface DensityInfo {
  fdcId: number;
  portions: Portion[];
  gPerMl: number | null;
}

export type Lookup<T> = (id: number) => Promise<T | undefined>;

/** The four keyed lookups, each a cache of its own (see src/cache/). */
export interface CatalogLookups {
  ingredient: Lookup<Food>;
  density: Lookup<DensityInfo>;
  cost: Lookup<Price>;
  nutrients: Lookup<Nutrients>;
}

/** Lookups read straight from the store: the bottom tier of every cache. */
export function storeLookups(store: CatalogStore): CatalogLookups {
  return {
    ingredient: (id) => store.getFood(id),
    density: async (id) => {
      const food = await store.getFood(id);
      return (
        food && {
          fdcId: food.fdcId,
          portions: food.portions,
          gPerMl: food.derived?.gPerMl ?? null,
        }
      );
    },
    cost: (id) => store.getPrice(id),
    nutrients: async (id) => (await store.getFood(id))?.nutrientsPer100g,
  };
}

export class Catalog {
  private constructor(
    private readonly matcher: FoodMatcher,
    readonly lookups: CatalogLookups,
    readonly size: number,
  ) {}

  /** Builds the name index from every food the store holds. */
  static async open(
    store: CatalogStore,
    lookups: CatalogLookups = storeLookups(store),
  ): Promise<Catalog> {
    const foods = await store.listFoods();
    return new Catalog(new FoodMatcher(foods), lookups, foods.length);
  }

  match(name: string): FoodMatch | null {
    return this.matcher.match(name);
  }

  food(fdcId: number): Promise<Food | undefined> {
    return this.lookups.ingredient(fdcId);
  }

  density(fdcId: number): Promise<DensityInfo | undefined> {
    return this.lookups.density(fdcId);
  }

  price(fdcId: number): Promise<Price | undefined> {
    return this.lookups.cost(fdcId);
  }

  nutrients(fdcId: number): Promise<Nutrients | undefined> {
    return this.lookups.nutrients(fdcId);
  }
}
