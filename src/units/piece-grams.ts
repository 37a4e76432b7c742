/**
 * Grams of one piece of a food ("1 large egg", "1 clove garlic", "2
 * onions"), from USDA's household measures of that food.
 */
import type { Food, Portion } from '../catalog/food.ts';

export interface PieceGrams {
  grams: number;
  basis: string;
  /** True when the size the line names had to be replaced by another. */
  approximate: boolean;
}

export const SIZE_WORDS = new Set([
  'extra small',
  'small',
  'medium',
  'large',
  'extra large',
  'jumbo',
]);

/** Measures of a part of the food, never of a whole piece. */
const PART_UNITS = new Set([
  'slice',
  'wedge',
  'strip',
  'ring',
  'rings',
  'spear',
  'stalk',
  'leaf',
  'sprig',
  'cubic inch',
  'half',
  'floweret',
]);

/** Measures of a serving or a container, never of a single piece. */
const NOT_A_PIECE = new Set([
  'nlea serving',
  'serving',
  'package',
  'pack',
  'packet',
  'container',
  'carton',
  'can',
  'individual',
  'drink',
  'unit',
]);

/**
 * Eggs are bought and written as large unless a recipe says otherwise; US
 * recipes assume large eggs, so "2 eggs" means two large ones, not medium.
 */
const LARGE_BY_DEFAULT = new Set([171287, 172183, 172184]);

/** Words recipes use for a USDA unit the food's table names differently. */
const UNIT_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  rib: ['stalk'],
  stick: ['stalk'],
  stalk: ['rib'],
  fillet: ['piece'],
};

/**
 * Parts a name can count in: "4 lettuce leaves" are four leaves, whatever
 * the parser took as the unit. "half" is left out: a "breast half" is the
 * piece a breast is sold as.
 */
const NAMED_PARTS = new Set(['leaf', 'sprig', 'slice', 'wedge', 'stalk']);
const IRREGULAR: Readonly<Record<string, string>> = { leaves: 'leaf' };

function singular(word: string): string {
  return word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

function perPiece(portion: Portion, approximate = false): PieceGrams {
  return {
    grams: portion.grams / portion.amount,
    basis: `USDA ${portion.amount} ${portion.label} = ${portion.grams} g`,
    approximate,
  };
}

const counts = (food: Food) =>
  food.portions.filter((p) => p.unitKind === 'count');

/** "1 large" or, for foods like potatoes, "1 potato, large (…)". */
function sizedPortion(food: Food, size: string): Portion | undefined {
  const all = counts(food);
  return (
    all.find((p) => p.unit === size) ??
    all.find(
      (p) =>
        p.modifier.toLowerCase().startsWith(size) &&
        !PART_UNITS.has(p.unit) &&
        !NOT_A_PIECE.has(p.unit),
    )
  );
}

/** A measure named after the food itself: "1 avocado", "1 fruit". */
function namedPiece(food: Food, nameWords: Set<string>): Portion | undefined {
  return counts(food).find(
    (p) => p.unit === 'fruit' || nameWords.has(singular(p.unit)),
  );
}

function anyPiece(food: Food): Portion | undefined {
  return counts(food).find(
    (p) => !PART_UNITS.has(p.unit) && !NOT_A_PIECE.has(p.unit),
  );
}

function foodWords(food: Food, lineName: string): Set<string> {
  const text = [food.name, food.description, lineName].join(' ');
  return new Set((text.toLowerCase().match(/[a-z]+/g) ?? []).map(singular));
}

/**
 * The weight of a typical single piece: a medium one, else a measure named
 * after the food, else a whole, large or small one, else any piece.
 */
export function wholePiece(food: Food, lineName = ''): PieceGrams | null {
  if (LARGE_BY_DEFAULT.has(food.fdcId)) {
    const large = sizedPortion(food, 'large');
    if (large) return perPiece(large);
  }
  const portion =
    sizedPortion(food, 'medium') ??
    namedPiece(food, foodWords(food, lineName)) ??
    counts(food).find((p) => p.unit === 'whole') ??
    sizedPortion(food, 'large') ??
    sizedPortion(food, 'small') ??
    anyPiece(food);
  return portion ? perPiece(portion) : null;
}

function unitPortion(food: Food, unit: string): Portion | undefined {
  const wanted = [unit, ...(UNIT_SYNONYMS[unit] ?? [])];
  for (const name of wanted) {
    const same = counts(food).filter((p) => singular(p.unit) === name);
    const found =
      same.find((p) => p.modifier === '') ??
      same.find((p) => p.modifier.toLowerCase().startsWith('medium')) ??
      same[0];
    if (found) return found;
  }
  return undefined;
}

function lastWord(text: string): string {
  const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
  const last = words[words.length - 1] ?? '';
  return IRREGULAR[last] ?? singular(last);
}

/** The part the line's name counts in, unless the food is that part. */
function partInName(food: Food, lineName: string): string | null {
  const part = lastWord(lineName);
  if (!NAMED_PARTS.has(part)) return null;
  return lastWord(food.name) === part ? null : part;
}

/**
 * Why no piece weight is given although USDA has one: the line counts a
 * part the food's measures lack ("4 lettuce leaves", where USDA weighs
 * only a head), or a baby vegetable where USDA weighs a full-size one
 * ("4 heads baby bok choy": USDA's head of pak-choi is 840 g, a baby one
 * a fraction of that; no factor between the two is published). Null when
 * nothing stands in the way.
 */
export function refusedPiece(
  food: Food,
  unit: string | null,
  lineName = '',
): string | null {
  if (unit === null || unit === 'whole') {
    const part = partInName(food, lineName);
    if (part && !unitPortion(food, part)) {
      return (
        `USDA gives no weight for one ${part} of ${food.name}, and a whole ` +
        `one would overstate "${lineName}"`
      );
    }
  }
  if (/\bbaby\b/i.test(lineName) && !/\bbaby\b/i.test(food.description)) {
    return (
      `USDA weighs a full-size ${unit ?? 'piece'} of ${food.name}; a baby ` +
      `one weighs much less, so the figure is not used`
    );
  }
  return null;
}

/**
 * "4 chicken breast halves" where USDA weighs the food by the breast
 * ("0.5 breast, bone and skin removed = 86 g", "1 breast = 1769 g"): one
 * half is half a breast, 86 g. A USDA "piece" is left alone: for boneless
 * breast it is the piece sold, which is already a breast half.
 */
function halfOfWhole(food: Food, lineName: string): PieceGrams | null {
  if (!/\bhal(?:f|ves)\b/i.test(lineName)) return null;
  const words = new Set(
    (lineName.toLowerCase().match(/[a-z]+/g) ?? []).map(singular),
  );
  const whole = counts(food).find(
    (p) => p.unit !== 'piece' && words.has(singular(p.unit)),
  );
  if (!whole) return null;
  const half = perPiece(whole);
  return {
    ...half,
    grams: half.grams / 2,
    basis: `${half.basis}; half a ${whole.unit}`,
  };
}

/**
 * Grams of one `unit` of the food; `unit` null or "whole" means a piece of
 * the usual size, or one of the part the name counts in ("lettuce
 * leaves"). A size USDA does not list falls back to the usual piece,
 * flagged approximate; any other unknown unit, and every case
 * `refusedPiece` names, gives null.
 */
export function pieceGrams(
  food: Food,
  unit: string | null,
  lineName = '',
): PieceGrams | null {
  if (refusedPiece(food, unit, lineName) !== null) return null;
  if (unit === null || unit === 'whole') {
    const part = partInName(food, lineName);
    const portion = part ? unitPortion(food, part) : undefined;
    if (portion) return perPiece(portion);
    return halfOfWhole(food, lineName) ?? wholePiece(food, lineName);
  }
  if (SIZE_WORDS.has(unit)) {
    const sized = sizedPortion(food, unit);
    if (sized) return perPiece(sized);
    const usual = wholePiece(food, lineName);
    return usual && { ...usual, approximate: true };
  }
  const portion = unitPortion(food, singular(unit));
  return portion ? perPiece(portion) : null;
}
