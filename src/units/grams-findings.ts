/**
 * The findings a line's conversion to grams can raise. Codes are stable;
 * messages name the food and the unit so a cook can fix the line.
 */
import type { Amount, Finding, ParsedLine } from '../domain/types.ts';
import type { Food } from '../catalog/food.ts';

export const GRAMS_FINDING = {
  noQuantity: 'no_quantity',
  noFood: 'no_food',
  noDensity: 'no_density',
  noPortion: 'no_portion',
  approximate: 'approximate_grams',
  rangeMidpoint: 'range_midpoint',
} as const;

function unitText(amount: Amount): string {
  return amount.unit ?? 'piece';
}

export function noQuantity(line: ParsedLine): Finding {
  return {
    code: GRAMS_FINDING.noQuantity,
    severity: line.toTaste || line.optional ? 'info' : 'warning',
    message: `"${line.name || line.input}" has no quantity, so it has no weight`,
    line: line.index,
  };
}

export function noFood(line: ParsedLine, amount: Amount): Finding {
  return {
    code: GRAMS_FINDING.noFood,
    severity: 'warning',
    message:
      `"${line.name || line.input}" matches no catalog food, so ` +
      `${unitText(amount)} cannot be weighed`,
    line: line.index,
  };
}

export function noDensity(line: ParsedLine, food: Food, amount: Amount) {
  return {
    code: GRAMS_FINDING.noDensity,
    severity: 'warning',
    message:
      `USDA gives no volume measure for ${food.name}, so ` +
      `${unitText(amount)} cannot be weighed`,
    line: line.index,
  } satisfies Finding;
}

export function noPortion(line: ParsedLine, food: Food, amount: Amount) {
  return {
    code: GRAMS_FINDING.noPortion,
    severity: 'warning',
    message: `USDA gives no weight for one ${unitText(amount)} of ${food.name}`,
    line: line.index,
  } satisfies Finding;
}

export function approximate(line: ParsedLine, food: Food, basis: string) {
  return {
    code: GRAMS_FINDING.approximate,
    severity: 'info',
    message: `Weight of ${food.name} is approximate: ${basis}`,
    line: line.index,
  } satisfies Finding;
}

export function rangeMidpoint(line: ParsedLine, amount: Amount): Finding {
  return {
    code: GRAMS_FINDING.rangeMidpoint,
    severity: 'info',
    message:
      `Range ${amount.quantity}–${amount.quantityMax} ${unitText(amount)}: ` +
      `the midpoint is used`,
    line: line.index,
  };
}
