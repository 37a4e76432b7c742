import type {
  Finding,
  LabelNutrient,
  Nutrition,
  ScaledLine,
  Totals,
} from '../../domain/types.ts';
import { absurdQuantities } from './absurd-quantity.ts';
import { LABEL_NUTRIENTS } from './nutrition.ts';

/** Below this a match is a guess the user should confirm. */
export const LOW_CONFIDENCE = 0.6;

/** Percentages over weighed lines may drift this far from 100. */
export const PERCENT_TOLERANCE = 0.5;

/**
 * The QAValidator's checks, each with a stable code. Line checks come
 * first, in line order, then the recipe-wide ones.
 */
export function runChecks(
  lines: readonly ScaledLine[],
  totals: Totals,
  nutrition: Nutrition,
): Finding[] {
  const ingredients = lines.filter((line) => line.kind === 'ingredient');
  return [
    ...ingredients.flatMap(lineFindings),
    ...absurdQuantities(ingredients, totals),
    ...percentSum(ingredients),
    ...partialNutrition(nutrition),
    ...noServings(totals),
    ...nothingWeighed(ingredients),
  ];
}

/**
 * A recipe none of whose lines could be weighed has no totals, nutrition
 * or cost to speak of: that is an error, not a pass with zeros.
 */
function nothingWeighed(ingredients: readonly ScaledLine[]): Finding[] {
  if (ingredients.some((l) => l.grams !== null && l.grams > 0)) return [];
  return [
    {
      code: 'nothing_weighed',
      severity: 'error',
      message:
        `none of the ${ingredients.length} ingredient lines could be ` +
        `weighed, so the totals, nutrition and cost are empty`,
    },
  ];
}

export function isLowConfidence(line: ScaledLine): boolean {
  return (
    line.food !== null &&
    line.confidence !== null &&
    line.confidence < LOW_CONFIDENCE
  );
}

function lineFindings(line: ScaledLine): Finding[] {
  const findings: Finding[] = [];
  if (!line.food) {
    findings.push({
      code: 'unmatched_line',
      severity: 'warning',
      message: `"${line.input}" matches no food: left out of nutrition and allergens`,
      line: line.index,
    });
  }
  if (isLowConfidence(line)) {
    const name = line.food?.name ?? '';
    const confidence = (line.confidence ?? 0).toFixed(2);
    findings.push({
      code: 'low_confidence_match',
      severity: 'warning',
      message:
        `"${line.input}" was matched to ${name} with confidence ` +
        `${confidence}: please confirm`,
      line: line.index,
    });
  }
  if (line.grams === null) findings.push(unconverted(line));
  return findings;
}

/** "salt to taste" has no amount to convert; that is expected, not a fault. */
function unconverted(line: ScaledLine): Finding {
  const noAmount = line.quantity === null;
  return {
    code: 'unconverted_unit',
    severity: noAmount ? 'info' : 'warning',
    message: noAmount
      ? `"${line.input}" has no amount: not weighed`
      : `"${line.input}": ${line.unit ?? 'a count'} could not be converted to grams`,
    line: line.index,
  };
}

function percentSum(ingredients: readonly ScaledLine[]): Finding[] {
  const weighed = ingredients.filter((line) => line.grams !== null);
  if (weighed.length === 0) return [];
  const total = weighed.reduce((sum, line) => sum + (line.percent ?? 0), 0);
  if (Math.abs(total - 100) <= PERCENT_TOLERANCE) return [];
  return [
    {
      code: 'percent_sum',
      severity: 'error',
      message: `ingredient percentages sum to ${total.toFixed(2)}, not 100 ± ${PERCENT_TOLERANCE}`,
    },
  ];
}

function partialNutrition(nutrition: Nutrition): Finding[] {
  const partial = LABEL_NUTRIENTS.filter((key) => nutrition[key].coverage < 1);
  if (partial.length === 0) return [];
  return [
    {
      code: 'partial_nutrition',
      severity: 'warning',
      message:
        `nutrition is incomplete for ` +
        `${describeCoverage(partial, nutrition)}: values are lower bounds`,
    },
  ];
}

/** "sugars_g, fiber_g (79 % of the recipe covered)", one group per share. */
function describeCoverage(
  partial: readonly LabelNutrient[],
  nutrition: Nutrition,
): string {
  const byPercent = new Map<number, LabelNutrient[]>();
  for (const key of partial) {
    const percent = Math.floor(nutrition[key].coverage * 100);
    byPercent.set(percent, [...(byPercent.get(percent) ?? []), key]);
  }
  return [...byPercent]
    .map(([percent, keys]) => {
      const names =
        keys.length === LABEL_NUTRIENTS.length
          ? 'every nutrient'
          : keys.join(', ');
      return `${names} (${percent} % of the recipe covered)`;
    })
    .join('; ');
}

function noServings(totals: Totals): Finding[] {
  if (totals.scaledServings !== null && totals.scaledServings > 0) return [];
  return [
    {
      code: 'no_servings',
      severity: 'info',
      message: 'servings are unknown: nutrition is given for the whole batch',
    },
  ];
}
