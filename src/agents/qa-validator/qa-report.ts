import type { QaReport, ScaledLine, Totals } from '../../domain/types.ts';
import { detectAllergens } from './allergens.ts';
import { isLowConfidence, runChecks } from './checks.ts';
import type { FoodLookup } from './food-lookup.ts';
import { nutritionPerServing } from './nutrition.ts';

/**
 * The QAValidator's whole verdict. `findings` holds the QA checks only;
 * the findings earlier agents left on lines stay on the lines. `passed`
 * means no QA finding of severity 'error'.
 */
export function qaReport(
  lines: readonly ScaledLine[],
  totals: Totals,
  lookup: FoodLookup,
): QaReport {
  const nutrition = nutritionPerServing(lines, lookup, totals);
  const findings = runChecks(lines, totals, nutrition);
  const ingredients = lines.filter((line) => line.kind === 'ingredient');
  return {
    passed: !findings.some((finding) => finding.severity === 'error'),
    findings,
    nutrition,
    allergens: detectAllergens(lines, lookup),
    summary: {
      lines: lines.length,
      ingredientLines: ingredients.length,
      matched: ingredients.filter((line) => line.food !== null).length,
      inGrams: ingredients.filter((line) => line.grams !== null).length,
      lowConfidence: ingredients.filter(isLowConfidence).length,
    },
  };
}
