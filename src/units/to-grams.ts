/**
 * The weight of one ingredient line, the quantity everything downstream
 * (scaling, cost, nutrition, percentages) is computed from.
 */
import type { Amount, ParsedLine } from '../domain/types.ts';
import type { Food } from '../catalog/food.ts';
import { GRAMS_PER_UNIT, isMassUnit, isVolumeUnit } from './unit-table.ts';
import {
  amountGrams,
  NO_GRAMS,
  quantityOf,
  type GramsResult,
} from './amount-grams.ts';
import * as finding from './grams-findings.ts';

export type { GramsResult } from './amount-grams.ts';

const METRIC = new Set(['mg', 'g', 'kg']);

/**
 * A mass the author weighed and wrote beside the measure: "2 cups (212g)".
 * When both are given ("12 1/2 oz./390 g") the metric figure wins: authors
 * who write both weigh in grams and convert to ounces for readers.
 */
function massEquivalent(line: ParsedLine): Amount | undefined {
  const masses = line.equivalents.filter((e) => isMassUnit(e.unit));
  return masses.find((e) => METRIC.has(e.unit ?? '')) ?? masses[0];
}

function fromEquivalent(eq: Amount): GramsResult {
  const unit = eq.unit as keyof typeof GRAMS_PER_UNIT;
  const grams = quantityOf(eq) * GRAMS_PER_UNIT[unit];
  return { grams, method: 'equivalent', findings: [] };
}

/** "1 (14 oz) can", "2 x 400 g cans", "1 (1.5 fluid ounce) jigger". */
function byPackage(
  line: ParsedLine,
  count: Amount,
  size: Amount,
  food: Food | null,
): GramsResult {
  const one = amountGrams(line, size, food);
  if (one.grams === null) return one;
  const grams = quantityOf(count) * one.grams;
  return { grams, method: 'package', findings: one.findings };
}

/** A volume the author gave beside an unweighable count: "1 knob (2 tbsp)". */
function byVolumeEquivalent(
  line: ParsedLine,
  food: Food | null,
): GramsResult | undefined {
  const volume = line.equivalents.find((e) => isVolumeUnit(e.unit));
  if (!volume || !food) return undefined;
  const found = amountGrams(line, volume, food);
  return found.grams === null ? undefined : found;
}

function mainGrams(
  line: ParsedLine,
  amount: Amount,
  food: Food | null,
): GramsResult {
  if (isMassUnit(amount.unit)) return amountGrams(line, amount, food);

  const eq = massEquivalent(line);
  if (eq) return fromEquivalent(eq);

  if (line.packageSize && !isVolumeUnit(amount.unit)) {
    return byPackage(line, amount, line.packageSize, food);
  }

  const direct = amountGrams(line, amount, food);
  if (direct.grams !== null) return direct;
  return byVolumeEquivalent(line, food) ?? direct;
}

/**
 * Grams of an ingredient line, by the first method that applies: the
 * line's own mass unit, a mass the author gave in parentheses, count ×
 * package size, volume × the food's USDA density, count × a USDA piece
 * weight. Additions ("¼ cup plus 2 tablespoons") are weighed one by one
 * and added; if one cannot be weighed the line has no weight, since a
 * partial sum would look right and be wrong.
 */
export function toGrams(line: ParsedLine, food: Food | null): GramsResult {
  if (line.kind !== 'ingredient') return { ...NO_GRAMS, findings: [] };
  const amount = line.amount;
  if (!amount) {
    const eq = massEquivalent(line);
    if (eq) return fromEquivalent(eq);
    return { grams: null, method: null, findings: [finding.noQuantity(line)] };
  }

  const findings =
    amount.quantityMax === undefined
      ? []
      : [finding.rangeMidpoint(line, amount)];
  const main = mainGrams(line, amount, food);
  findings.push(...main.findings);
  if (main.grams === null) return { grams: null, method: null, findings };

  let grams = main.grams;
  for (const extra of line.additions) {
    const added = amountGrams(line, extra, food);
    findings.push(...added.findings);
    if (added.grams === null) return { grams: null, method: null, findings };
    grams += added.grams;
  }
  return { grams, method: main.method, findings };
}
