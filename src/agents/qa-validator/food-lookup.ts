import type { Food } from '../../catalog/food.ts';

/** Finds a catalog food by its FDC id; undefined when the catalog lacks it. */
export type FoodLookup = (fdcId: number) => Food | undefined;
