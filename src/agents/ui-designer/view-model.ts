import type {
  Allergen,
  Finding,
  LabelNutrient,
  QaReport,
  ScaledLine,
  Severity,
  Totals,
} from '../../domain/types.ts';
import { allergensOfFood } from '../qa-validator/allergens.ts';
import { percentDailyValue } from '../qa-validator/daily-values.ts';
import type { FoodLookup } from '../qa-validator/food-lookup.ts';
import { roundForLabel } from '../qa-validator/label-rounding.ts';
import { LABEL_NUTRIENTS } from '../qa-validator/nutrition.ts';

/**
 * What the front end draws: numbers already rounded or formatted, no
 * catalog data beyond food names, so a 20-line recipe stays a few KB.
 */
export interface ViewModel {
  title: string;
  passed: boolean;
  nutritionFacts: NutritionFacts;
  ingredients: IngredientRow[];
  findings: Record<Severity, FindingView[]>;
  allergens: AllergenView[];
  totals: TotalsView;
}

export interface NutritionFacts {
  /** 'batch' when servings are unknown. */
  per: 'serving' | 'batch';
  servings: number | null;
  /** One serving is one of these ("loaf", from "Makes 2 loaves"), if said. */
  servingUnit: string | null;
  /** Every nutrient's coverage is 1: the label is not a lower bound. */
  complete: boolean;
  rows: NutritionFactRow[];
}

export interface NutritionFactRow {
  nutrient: LabelNutrient;
  label: string;
  /** Declared amount after FDA rounding. */
  amount: number;
  /** As a label prints it: "350", "11 g", "<1 g", "less than 5 mg". */
  display: string;
  /** Percent Daily Value; null for calories and total sugars. */
  dailyValue: number | null;
  /** 0..1, two decimals. */
  coverage: number;
}

export interface IngredientRow {
  line: number;
  input: string;
  food: string | null;
  /** Scaled quantity with its unit: "1 ½ cups", "250 g", "3". */
  quantity: string | null;
  grams: number | null;
  percent: number | null;
  cost: string | null;
  optional: boolean;
  /** Codes of the findings about this line, from any agent. */
  flags: string[];
}

export interface FindingView {
  code: string;
  message: string;
  line?: number;
}

export interface AllergenView {
  allergen: Allergen;
  /** Food names of the lines that bring it in. */
  sources: string[];
}

export interface TotalsView {
  servings: number | null;
  factor: number;
  grams: number;
  mass: string;
  /** "$12.34"; marked incomplete when a price is missing. */
  cost: string;
  costComplete: boolean;
  costPerServing: string | null;
}

export interface ViewModelInput {
  title: string;
  lines: readonly ScaledLine[];
  totals: Totals;
  qa: QaReport;
  lookup: FoodLookup;
}

export function buildViewModel(input: ViewModelInput): ViewModel {
  const { title, lines, totals, qa, lookup } = input;
  const ingredients = lines.filter((line) => line.kind === 'ingredient');
  return {
    title,
    passed: qa.passed,
    nutritionFacts: nutritionFacts(qa, totals),
    ingredients: ingredients.map((line) => ingredientRow(line, qa)),
    findings: groupBySeverity(qa.findings),
    allergens: allergenViews(qa.allergens, ingredients, lookup),
    totals: totalsView(totals),
  };
}

// ── Nutrition facts ────────────────────────────────────────────────────

const LABELS: Record<LabelNutrient, string> = {
  energy_kcal: 'Calories',
  fat_g: 'Total Fat',
  saturated_fat_g: 'Saturated Fat',
  cholesterol_mg: 'Cholesterol',
  sodium_mg: 'Sodium',
  carbohydrate_g: 'Total Carbohydrate',
  fiber_g: 'Dietary Fiber',
  sugars_g: 'Total Sugars',
  protein_g: 'Protein',
};

/** The order of the Nutrition Facts panel, 21 CFR 101.9(d). */
const PANEL_ORDER: readonly LabelNutrient[] = [
  'energy_kcal',
  'fat_g',
  'saturated_fat_g',
  'cholesterol_mg',
  'sodium_mg',
  'carbohydrate_g',
  'fiber_g',
  'sugars_g',
  'protein_g',
];

function nutritionFacts(qa: QaReport, totals: Totals) {
  const servings = totals.scaledServings;
  const perServing = servings !== null && servings > 0;
  return {
    per: perServing ? 'serving' : 'batch',
    servingUnit: perServing ? totals.servingUnit : null,
    servings: perServing ? servings : null,
    complete: LABEL_NUTRIENTS.every((key) => qa.nutrition[key].coverage >= 1),
    rows: PANEL_ORDER.map((key) => factRow(key, qa)),
  } satisfies NutritionFacts;
}

function factRow(key: LabelNutrient, qa: QaReport): NutritionFactRow {
  const { amount, unit, coverage } = qa.nutrition[key];
  const declared = roundForLabel(key, amount);
  const suffix = unit === 'kcal' ? '' : ` ${unit}`;
  const display = declared.lessThan
    ? `${unit === 'mg' ? 'less than ' : '<'}${declared.amount}${suffix}`
    : `${declared.amount}${suffix}`;
  // A nutrient declared as 0 shows 0 %, so the panel does not contradict itself.
  const dailyValue =
    declared.amount === 0 ? zeroOrNull(key) : percentDailyValue(key, amount);
  return {
    nutrient: key,
    label: LABELS[key],
    amount: declared.amount,
    display,
    dailyValue,
    coverage: round(coverage, 2),
  };
}

function zeroOrNull(key: LabelNutrient): number | null {
  return percentDailyValue(key, 0);
}

// ── Ingredients ────────────────────────────────────────────────────────

function ingredientRow(line: ScaledLine, qa: QaReport): IngredientRow {
  const qaCodes = qa.findings
    .filter((finding) => finding.line === line.index)
    .map((finding) => finding.code);
  const lineCodes = line.findings.map((finding) => finding.code);
  return {
    line: line.index,
    input: line.input,
    food: line.food?.name ?? null,
    quantity: formatQuantity(line.scaledQuantity, line.unit),
    grams: line.scaledGrams === null ? null : round(line.scaledGrams, 1),
    percent: line.percent === null ? null : round(line.percent, 1),
    cost: line.cost === null ? null : formatUsd(line.cost),
    optional: line.optional,
    flags: [...new Set([...lineCodes, ...qaCodes])],
  };
}

const PLURALS: Record<string, string> = {
  cup: 'cups',
  pint: 'pints',
  quart: 'quarts',
  gallon: 'gallons',
  clove: 'cloves',
  stick: 'sticks',
  can: 'cans',
  slice: 'slices',
  pinch: 'pinches',
  package: 'packages',
};

/** Metric amounts read as decimals; kitchen measures as fractions. */
const DECIMAL_UNITS = new Set(['mg', 'g', 'kg', 'ml', 'cl', 'dl', 'l']);

export function formatQuantity(
  quantity: number | null,
  unit: string | null,
): string | null {
  if (quantity === null) return null;
  const number =
    unit !== null && DECIMAL_UNITS.has(unit)
      ? String(round(quantity, quantity < 10 ? 1 : 0))
      : kitchenNumber(quantity);
  if (unit === null) return number;
  const word = quantity > 1 ? (PLURALS[unit] ?? unit) : unit;
  return `${number} ${word}`;
}

const FRACTIONS: ReadonlyArray<[number, string]> = [
  [1 / 8, '⅛'],
  [1 / 4, '¼'],
  [1 / 3, '⅓'],
  [3 / 8, '⅜'],
  [1 / 2, '½'],
  [5 / 8, '⅝'],
  [2 / 3, '⅔'],
  [3 / 4, '¾'],
  [7 / 8, '⅞'],
];

/** 1.5 → "1 ½"; a part no common fraction is near stays a decimal. */
function kitchenNumber(quantity: number): string {
  const whole = Math.floor(quantity);
  const part = quantity - whole;
  if (part < 0.02) return String(whole);
  if (part > 0.98) return String(whole + 1);
  const fraction = FRACTIONS.find(([value]) => Math.abs(part - value) < 0.02);
  if (!fraction) return String(round(quantity, 2));
  return whole === 0 ? fraction[1] : `${whole} ${fraction[1]}`;
}

// ── Findings, allergens, totals ────────────────────────────────────────

function groupBySeverity(findings: readonly Finding[]) {
  const groups: Record<Severity, FindingView[]> = {
    error: [],
    warning: [],
    info: [],
  };
  for (const { severity, code, message, line } of findings) {
    groups[severity].push(
      line === undefined ? { code, message } : { code, message, line },
    );
  }
  return groups;
}

function allergenViews(
  allergens: readonly Allergen[],
  lines: readonly ScaledLine[],
  lookup: FoodLookup,
): AllergenView[] {
  const sources = new Map<Allergen, Set<string>>(
    allergens.map((allergen) => [allergen, new Set()]),
  );
  for (const line of lines) {
    const food = line.food && lookup(line.food.fdcId);
    if (!food) continue;
    for (const allergen of allergensOfFood(food)) {
      sources.get(allergen)?.add(food.name);
    }
  }
  return allergens.map((allergen) => ({
    allergen,
    sources: [...(sources.get(allergen) ?? [])],
  }));
}

function totalsView(totals: Totals): TotalsView {
  return {
    servings: totals.scaledServings,
    factor: round(totals.factor, 3),
    grams: Math.round(totals.scaledGrams),
    mass: formatMass(totals.scaledGrams),
    cost: formatUsd(totals.cost),
    costComplete: totals.costComplete,
    costPerServing:
      totals.costPerServing === null ? null : formatUsd(totals.costPerServing),
  };
}

export function formatMass(grams: number): string {
  if (grams >= 1000) return `${round(grams / 1000, 2)} kg`;
  return `${round(grams, grams < 10 ? 1 : 0)} g`;
}

const USD = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
});

export function formatUsd(amount: number): string {
  if (amount > 0 && amount < 0.005) return '<$0.01';
  return USD.format(amount);
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
