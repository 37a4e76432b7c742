import type { LabelNutrient } from '../../domain/types.ts';

/**
 * FDA reference values for a 2,000 kcal diet, 21 CFR 101.9(c)(8)(iv) and
 * (c)(9), in the units of the nutrient keys. Total sugars have no Daily
 * Value (only added sugars do, and USDA SR data do not give those);
 * calories are not a percentage.
 */
export const DAILY_VALUES: Partial<Record<LabelNutrient, number>> = {
  fat_g: 78,
  saturated_fat_g: 20,
  cholesterol_mg: 300,
  sodium_mg: 2300,
  carbohydrate_g: 275,
  fiber_g: 28,
  protein_g: 50,
};

/**
 * Percent Daily Value, to the nearest whole percent (101.9(d)(7)(ii)),
 * from the unrounded amount as that section allows; null where the
 * nutrient has no Daily Value. Protein's percentage is not corrected for
 * protein quality (PDCAAS, 101.9(c)(7)(ii)), so it may exceed a label's.
 */
export function percentDailyValue(
  key: LabelNutrient,
  amount: number,
): number | null {
  const reference = DAILY_VALUES[key];
  if (reference === undefined) return null;
  return Math.round((amount / reference) * 100);
}
