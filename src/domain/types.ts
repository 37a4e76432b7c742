/**
 * The shapes that travel through the pipeline. Each agent reads what the
 * earlier ones wrote and adds its own part; nothing here holds behaviour.
 */

// ── Input ──────────────────────────────────────────────────────────────

/** An ingredient given as data rather than as a line of text. */
export interface StructuredIngredient {
  name: string;
  quantity?: number;
  unit?: string;
}

export type IngredientInput = string | StructuredIngredient;

/** A recipe as users send it: the shape of data/recipes/recipes.json. */
export interface RecipeInput {
  id?: string;
  title: string;
  /** As people write it: "Makes about 3 dozen", "Serves 4-6". */
  yield?: string;
  servings?: number;
  ingredients: IngredientInput[];
  source?: string;
}

export type Target =
  | { servings: number }
  | { factor: number }
  /** A batch mass as written: "50 kg", "500 g". */
  | { batch: string };

// ── Findings ───────────────────────────────────────────────────────────

export type Severity = 'info' | 'warning' | 'error';

/** Something a line or a check wants the user to know. `code` is stable. */
export interface Finding {
  code: string;
  severity: Severity;
  message: string;
  /** Index of the input line this is about, when it is about one. */
  line?: number;
}

// ── Units ──────────────────────────────────────────────────────────────

export type MassUnit = 'mg' | 'g' | 'kg' | 'oz' | 'lb';
export type VolumeUnit =
  | 'ml'
  | 'cl'
  | 'dl'
  | 'l'
  | 'tsp'
  | 'tbsp'
  | 'cup'
  | 'fl oz'
  | 'pint'
  | 'quart'
  | 'gallon';

/**
 * A unit as the parser leaves it: a canonical mass or volume unit, or a
 * lower-case singular count word ('clove', 'stick', 'can', 'large',
 * 'slice', 'pinch', …). `null` means a bare number ("2 eggs").
 */
export type Unit = MassUnit | VolumeUnit | (string & {});

/** A quantity with its unit; `quantityMax` is the top of a range. */
export interface Amount {
  quantity: number;
  quantityMax?: number;
  unit: Unit | null;
}

// ── RecipeEngineer ─────────────────────────────────────────────────────

/** 'header' ("FOR THE PASTRY") and 'note' lines do not count as ingredients. */
export type LineKind = 'ingredient' | 'header' | 'note';

export interface ParsedLine {
  index: number;
  input: string;
  kind: LineKind;
  /** The main amount; null for "salt to taste". */
  amount: Amount | null;
  /** "¼ cup plus 2 tablespoons": the 2 tbsp. Added to the main amount. */
  additions: Amount[];
  /** Equivalents the author gave in parentheses: "2 cups (212g)". */
  equivalents: Amount[];
  /** Size of one package: "1 (14 oz) can", "2 x 400 g cans". */
  packageSize: Amount | null;
  /** The food's name, cleaned for matching: "all-purpose flour". */
  name: string;
  /** Preparation and comments: "softened", "optional". */
  notes: string[];
  optional: boolean;
  toTaste: boolean;
  findings: Finding[];
}

export interface FoodRef {
  fdcId: number;
  name: string;
  description: string;
}

export interface FoodMatch extends FoodRef {
  /** 0..1: 1 is an exact name or alias. */
  confidence: number;
  alternatives: Array<FoodRef & { confidence: number }>;
}

export interface EngineeredLine extends ParsedLine {
  match: FoodMatch | null;
}

// ── ScalingCalculator ──────────────────────────────────────────────────

/** How a line's grams were found, in order of preference. */
export type GramsMethod =
  | 'mass' // the line's own mass unit
  | 'equivalent' // a mass the author gave in parentheses
  | 'package' // count × package size
  | 'density' // volume × the food's USDA density
  | 'portion'; // count × a USDA piece weight

export interface ScaledLine {
  index: number;
  input: string;
  kind: LineKind;
  quantity: number | null;
  unit: Unit | null;
  food: FoodRef | null;
  confidence: number | null;
  grams: number | null;
  gramsMethod: GramsMethod | null;
  /** Grams after scaling to the target. */
  scaledGrams: number | null;
  /** The line's own quantity after scaling, kitchen-rounded. */
  scaledQuantity: number | null;
  /** USD for the scaled amount; null when no price is known. */
  cost: number | null;
  /** Share of the recipe's total mass, 0..100. */
  percent: number | null;
  optional: boolean;
  findings: Finding[];
}

export interface Totals {
  /** Mass of the original recipe and of the scaled batch, in grams. */
  grams: number;
  scaledGrams: number;
  factor: number;
  servings: number | null;
  scaledServings: number | null;
  /**
   * What one serving is when the yield names it ("loaves" for "Makes 2
   * loaves", "cookies"); null when the yield speaks of servings. Nutrition
   * "per serving" is then per loaf or per cookie.
   */
  servingUnit: string | null;
  /** USD for the scaled batch; `costComplete` false when a price is missing. */
  cost: number;
  costComplete: boolean;
  costPerServing: number | null;
}

// ── QAValidator ────────────────────────────────────────────────────────

/** The nine nutrients a label shows, per serving. */
export type LabelNutrient =
  | 'energy_kcal'
  | 'fat_g'
  | 'saturated_fat_g'
  | 'carbohydrate_g'
  | 'sugars_g'
  | 'fiber_g'
  | 'protein_g'
  | 'sodium_mg'
  | 'cholesterol_mg';

export interface NutrientValue {
  /** Sum over the foods that have a USDA value; never counts a null as 0. */
  amount: number;
  unit: 'kcal' | 'g' | 'mg';
  /** Share of the recipe's grams whose food has a value for it, 0..1. */
  coverage: number;
}

export type Nutrition = Record<LabelNutrient, NutrientValue>;

/** The nine major US allergens (FASTER Act). */
export type Allergen =
  | 'milk'
  | 'egg'
  | 'fish'
  | 'shellfish'
  | 'tree nuts'
  | 'peanuts'
  | 'wheat'
  | 'soy'
  | 'sesame';

export interface QaReport {
  passed: boolean;
  findings: Finding[];
  /** Per serving of the scaled recipe. */
  nutrition: Nutrition;
  allergens: Allergen[];
  summary: {
    lines: number;
    ingredientLines: number;
    matched: number;
    inGrams: number;
    lowConfidence: number;
  };
}
