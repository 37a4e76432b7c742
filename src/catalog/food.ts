/**
 * A food of the catalog, as it is in data/usda/ingredients.json (USDA SR28
 * nutrients per 100 g, USDA household portions, hand-written aliases).
 */

export type PortionKind = 'volume' | 'mass' | 'count';

/** One USDA household measure: `amount` `unit` weighs `grams`. */
export interface Portion {
  amount: number;
  unit: string;
  unitKind: PortionKind;
  modifier: string;
  grams: number;
  label: string;
  source: string;
}

/** Nutrient key → value per 100 g; `null` means USDA has no value. */
export type Nutrients = Record<string, number | null>;

export interface Food {
  fdcId: number;
  ndb: string;
  /** Kitchen name, equal to aliases[0]. */
  name: string;
  /** USDA FoodData Central description. */
  description: string;
  category: string;
  nutrientsPer100g: Nutrients;
  portions: Portion[];
  aliases: string[];
  derived?: { gPerMl?: number; gPerMlBasis?: string };
}

/** A price per kilogram for one food, from the price list. */
export interface Price {
  fdcId: number;
  usdPerKg: number;
  /** Where the figure came from, e.g. "BLS APU0000701111 2023-11". */
  source: string;
}
