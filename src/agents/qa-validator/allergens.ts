import type { Food } from '../../catalog/food.ts';
import type { Allergen, ScaledLine } from '../../domain/types.ts';
import type { FoodLookup } from './food-lookup.ts';

/** Label order of the nine major US allergens (FD&C Act 201(qq)). */
export const ALLERGENS: readonly Allergen[] = [
  'milk',
  'egg',
  'fish',
  'shellfish',
  'tree nuts',
  'peanuts',
  'wheat',
  'soy',
  'sesame',
];

interface AllergenRule {
  allergen: Allergen;
  /** USDA food group the food must be in; any group when absent. */
  category?: string;
  /** Tested on "description | name", lower-cased. */
  pattern: RegExp;
  /** A match here cancels the rule. */
  unless?: RegExp;
}

const DAIRY = 'Dairy and Egg Products';
const SEAFOOD = 'Finfish and Shellfish Products';

/**
 * What a catalog food contains, decided from its USDA food group and the
 * words of its description and kitchen name. Deliberate choices:
 * - Highly refined oils are not major food allergens (FD&C Act
 *   201(qq)(2)(A)), so peanut and soybean ("vegetable") oil are not
 *   flagged; sesame oil is, as it is usually pressed, not refined.
 * - Shellfish means crustaceans only; mollusks (scallops, clams, mussels,
 *   oysters, squid, oyster sauce) are not major allergens.
 * - Tree nuts are the twelve of FDA's allergen Q&A, Edition 5 (January
 *   2025), which dropped coconut from the list: coconut is not flagged.
 * - Prepared foods are flagged by their usual ingredients: pesto (parmesan,
 *   pine nuts), worcestershire (anchovies), hummus (tahini), hoisin
 *   (soybeans), mayonnaise (egg), soy sauce (soy and wheat). A brand may
 *   differ; USDA's data does not list ingredients.
 */
const RULES: readonly AllergenRule[] = [
  { allergen: 'milk', category: DAIRY, pattern: /.*/, unless: /^egg\b/ },
  {
    allergen: 'milk',
    pattern: /milk chocolate|white chocolate|ice cream|\bpesto\b/,
  },
  { allergen: 'egg', pattern: /\begg\b|\beggs\b|mayonnaise/ },
  { allergen: 'fish', category: SEAFOOD, pattern: /^fish\b/ },
  { allergen: 'fish', pattern: /fish sauce|anchov|worcestershire/ },
  {
    allergen: 'shellfish',
    pattern: /crustacean|shrimp|prawn|crab|lobster|crawfish|crayfish/,
  },
  {
    allergen: 'tree nuts',
    pattern:
      /almond|walnut|brazil nut|cashew|filbert|hazelnut|heartnut|macadamia|pecan|pine nut|pinon|pistachio|\bpesto\b/,
  },
  { allergen: 'peanuts', pattern: /peanut/, unless: /^oil, peanut/ },
  {
    allergen: 'wheat',
    pattern:
      /wheat|semolina|bulgur|couscous|\bpasta\b|noodles|\bbread|pie crust|puff pastry|phyllo|wonton|graham|tortillas?\b.*\bflour/,
    unless: /^rice noodles|^buckwheat|^sauce, pasta/,
  },
  {
    allergen: 'soy',
    pattern: /\bsoy|tofu|tempeh|\bmiso\b|edamame|hoisin/,
    unless: /^oil, soybean/,
  },
  { allergen: 'sesame', pattern: /sesame|tahini|hummus/ },
];

/** The major allergens of one food, in label order. */
export function allergensOfFood(food: Food): Allergen[] {
  const text = `${food.description} | ${food.name}`.toLowerCase();
  const found = new Set<Allergen>();
  for (const rule of RULES) {
    if (rule.category !== undefined && rule.category !== food.category) {
      continue;
    }
    if (rule.pattern.test(text) && !rule.unless?.test(text)) {
      found.add(rule.allergen);
    }
  }
  return ALLERGENS.filter((allergen) => found.has(allergen));
}

/**
 * The major allergens of the matched foods, in label order. Optional
 * lines count: a cook may well add them. Lines without grams count too,
 * since the food is in the dish whatever its amount.
 */
export function detectAllergens(
  lines: readonly ScaledLine[],
  lookup: FoodLookup,
): Allergen[] {
  const found = new Set<Allergen>();
  for (const food of matchedFoods(lines, lookup)) {
    for (const allergen of allergensOfFood(food)) found.add(allergen);
  }
  return ALLERGENS.filter((allergen) => found.has(allergen));
}

function* matchedFoods(
  lines: readonly ScaledLine[],
  lookup: FoodLookup,
): Generator<Food> {
  for (const line of lines) {
    if (line.kind !== 'ingredient' || !line.food) continue;
    const food = lookup(line.food.fdcId);
    if (food) yield food;
  }
}
