/**
 * Grams in a volume of one food, from USDA's own household measures. Water
 * density is never assumed: a cup of flour weighs 125 g, not 237 g, and a
 * food without a measured volume gets no figure at all.
 */
import type { VolumeUnit } from '../domain/types.ts';
import type { Food, Portion } from '../catalog/food.ts';
import {
  canonicalPortionUnit,
  isVolumeUnit,
  ML_PER_UNIT,
} from './unit-table.ts';
import { bestMatch, isPlain } from './modifier-words.ts';
import { statedVolumes } from './stated-volume.ts';

export interface VolumeGrams {
  grams: number;
  /** The USDA measure behind the figure, as USDA labels it. */
  basis: string;
  /** True when the measure carries a modifier the line does not say. */
  approximate: boolean;
}

function volumePortions(food: Food): Portion[] {
  return food.portions.filter(
    (p) =>
      p.unitKind === 'volume' && isVolumeUnit(canonicalPortionUnit(p.unit)),
  );
}

function gramsPerMl(portion: Portion): number {
  const unit = canonicalPortionUnit(portion.unit) as VolumeUnit;
  return portion.grams / (portion.amount * ML_PER_UNIT[unit]);
}

function describe(portion: Portion): string {
  return `USDA ${portion.amount} ${portion.label} = ${portion.grams} g`;
}

/** Same unit: scale USDA's figure directly, so 1 cup stays exactly 125 g. */
function fromPortion(
  quantity: number,
  unit: VolumeUnit,
  portion: Portion,
  approximate = false,
): VolumeGrams {
  const grams =
    canonicalPortionUnit(portion.unit) === unit
      ? (quantity / portion.amount) * portion.grams
      : quantity * ML_PER_UNIT[unit] * gramsPerMl(portion);
  return { grams, basis: describe(portion), approximate };
}

/**
 * The measure of the largest volume: a cup of brown sugar is weighed
 * packed by USDA, a teaspoon unpacked, and recipes pack brown sugar.
 */
function largest(portions: Portion[]): Portion | undefined {
  const ml = (p: Portion) =>
    p.amount * ML_PER_UNIT[canonicalPortionUnit(p.unit) as VolumeUnit];
  return portions.reduce<Portion | undefined>(
    (big, p) => (big && ml(big) >= ml(p) ? big : p),
    undefined,
  );
}

/**
 * Preference, best first: a plain measure in the line's own unit; a
 * qualified measure in that unit whose words the line says ("1 cup packed
 * brown sugar"); the catalog density; any plain measure; a qualified one
 * the line says in another unit; and, flagged approximate, a qualified
 * measure in the line's unit or else the largest one, or else a serving
 * whose label states its volume ("serving 1/2 cup" of marinara sauce):
 * the volume on a label is a rounded household measure, hence approximate.
 */
export function volumeGrams(
  quantity: number,
  unit: VolumeUnit,
  food: Food,
  said: Set<string>,
): VolumeGrams | null {
  const ml = quantity * ML_PER_UNIT[unit];
  const all = volumePortions(food);
  const sameUnit = all.filter((p) => canonicalPortionUnit(p.unit) === unit);

  const exact = sameUnit.find(isPlain) ?? bestMatch(sameUnit, said);
  if (exact) return fromPortion(quantity, unit, exact);

  const gPerMl = food.derived?.gPerMl;
  if (gPerMl !== undefined) {
    const basis = `USDA density ${gPerMl} g/ml (${food.derived?.gPerMlBasis ?? 'catalog'})`;
    return { grams: ml * gPerMl, basis, approximate: false };
  }

  const other = all.find(isPlain) ?? bestMatch(all, said);
  if (other) return fromPortion(quantity, unit, other);

  const fallback =
    sameUnit[0] ?? largest(all) ?? largest(statedVolumes(food.portions));
  return fallback ? fromPortion(quantity, unit, fallback, true) : null;
}
