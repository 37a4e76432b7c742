/**
 * Grams in one written amount of a food: a mass directly, a volume through
 * the food's USDA density, a count through its USDA piece weight.
 */
import type {
  Amount,
  Finding,
  GramsMethod,
  ParsedLine,
} from '../domain/types.ts';
import type { Food } from '../catalog/food.ts';
import {
  GRAMS_PER_UNIT,
  isMassUnit,
  isVolumeUnit,
  TSP_PER_COUNT_UNIT,
} from './unit-table.ts';
import { volumeGrams } from './volume-grams.ts';
import { pieceGrams, refusedPiece } from './piece-grams.ts';
import { standardSize } from './standard-sizes.ts';
import { lineWords } from './modifier-words.ts';
import * as finding from './grams-findings.ts';

export interface GramsResult {
  grams: number | null;
  method: GramsMethod | null;
  findings: Finding[];
}

export const NO_GRAMS: GramsResult = {
  grams: null,
  method: null,
  findings: [],
};

/**
 * The quantity an amount stands for. A range ("2-3 cups") counts as its
 * midpoint: a cook reads it as "about 2½", and half the span is the
 * smallest possible error either way.
 */
export function quantityOf(amount: Amount): number {
  return amount.quantityMax === undefined
    ? amount.quantity
    : (amount.quantity + amount.quantityMax) / 2;
}

function fail(f: Finding): GramsResult {
  return { grams: null, method: null, findings: [f] };
}

function byVolume(line: ParsedLine, amount: Amount, food: Food): GramsResult {
  const unit = amount.unit;
  if (!isVolumeUnit(unit)) return NO_GRAMS;
  const found = volumeGrams(quantityOf(amount), unit, food, lineWords(line));
  if (!found) return fail(finding.noDensity(line, food, amount));
  const findings = found.approximate
    ? [finding.approximate(line, food, found.basis)]
    : [];
  return { grams: found.grams, method: 'density', findings };
}

/** "a pinch of salt": USDA's own "dash" if it has one, else a spoon fraction. */
function bySpoonFraction(
  line: ParsedLine,
  amount: Amount,
  food: Food,
): GramsResult {
  const tsp = TSP_PER_COUNT_UNIT[amount.unit ?? ''] ?? 0;
  const asVolume = { ...amount, quantity: amount.quantity * tsp, unit: 'tsp' };
  if (asVolume.quantityMax !== undefined) asVolume.quantityMax *= tsp;
  return byVolume(line, asVolume, food);
}

/** "2 bottles red wine": a count of a standard size is that volume. */
function byStandardSize(
  line: ParsedLine,
  amount: Amount,
  food: Food,
): GramsResult | null {
  const standard = standardSize(amount.unit, food);
  if (!standard) return null;
  const n = quantityOf(amount);
  const volume = {
    quantity: n * standard.size.quantity,
    unit: standard.size.unit,
  };
  const found = byVolume(line, volume, food);
  if (found.grams === null || !standard.approximate) return found;
  const note = finding.approximate(line, food, standard.basis);
  return { ...found, findings: [note, ...found.findings] };
}

function byPiece(line: ParsedLine, amount: Amount, food: Food): GramsResult {
  const piece = pieceGrams(food, amount.unit, line.name);
  if (!piece) {
    const standard = byStandardSize(line, amount, food);
    if (standard) return standard;
    if (Object.hasOwn(TSP_PER_COUNT_UNIT, amount.unit ?? '')) {
      return bySpoonFraction(line, amount, food);
    }
    const noPortion = finding.noPortion(line, food, amount);
    const reason = refusedPiece(food, amount.unit, line.name);
    return fail(reason ? { ...noPortion, message: reason } : noPortion);
  }
  const findings = piece.approximate
    ? [finding.approximate(line, food, piece.basis)]
    : [];
  return {
    grams: quantityOf(amount) * piece.grams,
    method: 'portion',
    findings,
  };
}

/** Grams of `amount` of `food`; the food is only needed for non-mass units. */
export function amountGrams(
  line: ParsedLine,
  amount: Amount,
  food: Food | null,
): GramsResult {
  if (isMassUnit(amount.unit)) {
    const grams = quantityOf(amount) * GRAMS_PER_UNIT[amount.unit];
    return { grams, method: 'mass', findings: [] };
  }
  if (!food) return fail(finding.noFood(line, amount));
  if (isVolumeUnit(amount.unit)) return byVolume(line, amount, food);
  return byPiece(line, amount, food);
}
