/**
 * USDA measures whose unit is not a volume but whose text states one:
 * "serving 1/2 cup" = 132 g of marinara sauce, "jigger (1.5 fl oz)" = 42 g
 * of whiskey. The stated volume makes them usable as a volume measure.
 */
import type { VolumeUnit } from '../domain/types.ts';
import type { Portion } from '../catalog/food.ts';

/** The spoon, cup and fluid-ounce words USDA writes in these labels. */
const UNIT: Readonly<Record<string, VolumeUnit>> = {
  cup: 'cup',
  cups: 'cup',
  tbsp: 'tbsp',
  tsp: 'tsp',
  'fl oz': 'fl oz',
};

/** "1/2 cup", "(5 fl oz)", "8 fl oz", "1 tbsp": exactly one volume. */
const STATED =
  /^\(?\s*(\d+(?:\.\d+)?|\d+\/\d+)\s+(cups?|tbsp|tsp|fl oz)\s*\)?$/;

function number(text: string): number {
  const [num, den] = text.split('/');
  return den === undefined ? Number(num) : Number(num) / Number(den);
}

/**
 * A count measure re-read as the volume its modifier states, keeping
 * USDA's grams; null when the modifier states no single volume.
 */
export function statedVolume(portion: Portion): Portion | null {
  if (portion.unitKind !== 'count') return null;
  const m = STATED.exec(portion.modifier.trim().toLowerCase());
  if (!m) return null;
  const stated = number(m[1]!);
  if (!(stated > 0)) return null;
  return {
    ...portion,
    amount: portion.amount * stated,
    unit: UNIT[m[2]!]!,
    unitKind: 'volume',
    modifier: '',
    label: `${UNIT[m[2]!]} (stated by "${portion.label}")`,
  };
}

/** Every count measure of the food that states its volume. */
export function statedVolumes(portions: readonly Portion[]): Portion[] {
  return portions.flatMap((p) => statedVolume(p) ?? []);
}
