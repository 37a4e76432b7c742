/**
 * The fixed size of every mass and volume unit Brigade understands. Volumes
 * are US customary measures, defined exactly from the US fluid ounce
 * (1/128 US gallon of 231 cubic inches), so a cup is 236.5882365 ml.
 */
import type { MassUnit, Unit, VolumeUnit } from '../domain/types.ts';

/** Grams in one unit. The avoirdupois pound is exactly 453.59237 g. */
export const GRAMS_PER_UNIT: Readonly<Record<MassUnit, number>> = {
  mg: 0.001,
  g: 1,
  kg: 1000,
  oz: 28.349523125,
  lb: 453.59237,
};

const FL_OZ_ML = 29.5735295625;

/** Millilitres in one unit. */
export const ML_PER_UNIT: Readonly<Record<VolumeUnit, number>> = {
  ml: 1,
  cl: 10,
  dl: 100,
  l: 1000,
  tsp: FL_OZ_ML / 6,
  tbsp: FL_OZ_ML / 2,
  'fl oz': FL_OZ_ML,
  cup: FL_OZ_ML * 8,
  pint: FL_OZ_ML * 16,
  quart: FL_OZ_ML * 32,
  gallon: FL_OZ_ML * 128,
};

/**
 * Spoon fractions for the smallest measures. USDA gives no figure for them,
 * so they are volumes by the usual kitchen convention.
 */
export const TSP_PER_COUNT_UNIT: Readonly<Record<string, number>> = {
  pinch: 1 / 16,
  dash: 1 / 8,
};

/** USDA's portion table spells the litre out; recipes and the parser do not. */
const PORTION_UNIT_SPELLING: Readonly<Record<string, Unit>> = {
  liter: 'l',
  litre: 'l',
};

export function isMassUnit(unit: Unit | null): unit is MassUnit {
  return unit !== null && Object.hasOwn(GRAMS_PER_UNIT, unit);
}

export function isVolumeUnit(unit: Unit | null): unit is VolumeUnit {
  return unit !== null && Object.hasOwn(ML_PER_UNIT, unit);
}

/** A USDA portion unit in the parser's spelling. */
export function canonicalPortionUnit(unit: string): Unit {
  return PORTION_UNIT_SPELLING[unit] ?? unit;
}
