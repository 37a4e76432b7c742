import type {
  LabelNutrient,
  Nutrition,
  NutrientValue,
  ScaledLine,
  Totals,
} from '../../domain/types.ts';
import type { FoodLookup } from './food-lookup.ts';

export const LABEL_NUTRIENTS: readonly LabelNutrient[] = [
  'energy_kcal',
  'fat_g',
  'saturated_fat_g',
  'carbohydrate_g',
  'sugars_g',
  'fiber_g',
  'protein_g',
  'sodium_mg',
  'cholesterol_mg',
];

/** The unit is the suffix of the key: "sodium_mg" is in mg. */
export function nutrientUnit(key: LabelNutrient): NutrientValue['unit'] {
  if (key.endsWith('_kcal')) return 'kcal';
  return key.endsWith('_mg') ? 'mg' : 'g';
}

/**
 * Nutrients per serving of the scaled batch: Σ scaledGrams × per100g / 100,
 * divided by `servings` (per batch when servings is null or not positive).
 * Amounts are unrounded; label rounding is a display concern.
 *
 * Coverage. Every ingredient line counts, matched or not, optional or not:
 * an unmatched or unweighed line is part of the dish even if nothing is
 * known about it. A line with grams weighs its grams; a line without grams
 * (or with grams ≤ 0) weighs as much as the average weighed line, since its
 * mass is unknown. Coverage of a nutrient is the weight of the lines whose
 * food has a USDA value for it over the weight of all ingredient lines. A
 * USDA null is never counted as 0: it leaves the amount out and lowers the
 * coverage instead. With no weighed line at all, coverage is 0.
 */
export function computeNutrition(
  lines: readonly ScaledLine[],
  lookup: FoodLookup,
  servings: number | null,
): Nutrition {
  const ingredients = lines.filter((line) => line.kind === 'ingredient');
  const weighed = ingredients.filter(hasPositiveGrams);
  const weighedGrams = sum(weighed.map((line) => line.scaledGrams ?? 0));
  const unweighed = ingredients.length - weighed.length;
  const averageGrams = weighed.length ? weighedGrams / weighed.length : 0;
  const allWeight = weighedGrams + unweighed * averageGrams;
  const divisor = servings !== null && servings > 0 ? servings : 1;

  const nutrition = {} as Nutrition;
  for (const key of LABEL_NUTRIENTS) {
    let amount = 0;
    let coveredGrams = 0;
    for (const line of weighed) {
      const value = valuePer100g(line, lookup, key);
      if (value === null) continue;
      const grams = line.scaledGrams ?? 0;
      amount += (grams * value) / 100;
      coveredGrams += grams;
    }
    nutrition[key] = {
      amount: amount / divisor,
      unit: nutrientUnit(key),
      coverage: allWeight > 0 ? coveredGrams / allWeight : 0,
    };
  }
  return nutrition;
}

function hasPositiveGrams(line: ScaledLine): boolean {
  return line.scaledGrams !== null && line.scaledGrams > 0;
}

function valuePer100g(
  line: ScaledLine,
  lookup: FoodLookup,
  key: LabelNutrient,
): number | null {
  if (!line.food) return null;
  const value = lookup(line.food.fdcId)?.nutrientsPer100g[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/**
 * Nutrition per serving of a scaled recipe, the same whatever the factor:
 * taken from the recipe as written (its grams over its servings), not
 * from the scaled grams, which are rounded for the kitchen and would make
 * the per-serving figures drift a little with every factor. Without
 * servings it is per batch, so the scaled grams are the right ones.
 */
export function nutritionPerServing(
  lines: readonly ScaledLine[],
  lookup: FoodLookup,
  totals: Pick<Totals, 'servings'>,
): Nutrition {
  if (totals.servings === null || totals.servings <= 0) {
    return computeNutrition(lines, lookup, null);
  }
  const asWritten = lines.map((line) => ({ ...line, scaledGrams: line.grams }));
  return computeNutrition(asWritten, lookup, totals.servings);
}
