/**
 * Count words whose size is fixed by a standard rather than by the food:
 * a count of them is a volume, weighed through the food's own USDA
 * measures like any other volume.
 */
import type { Amount } from '../domain/types.ts';
import type { Food } from '../catalog/food.ts';

export interface StandardSize {
  /** The volume of one of the unit. */
  size: Amount;
  /** Where the figure comes from, for the line's findings. */
  basis: string;
  /** True when the standard allows other sizes and the usual one is taken. */
  approximate: boolean;
}

/**
 * USDA measures spirits by the jigger and defines it in its own tables:
 * SR28 14037 (distilled spirits) "1 jigger (1.5 fl oz) = 42 g".
 */
const JIGGER: StandardSize = {
  size: { quantity: 1.5, unit: 'fl oz' },
  basis: 'a jigger is 1.5 fl oz, as in USDA SR28 "1 jigger (1.5 fl oz)"',
  approximate: false,
};

/**
 * US standards of fill for wine (27 CFR 4.72) allow 750 ml among several
 * fills (187 ml to 3 l); 750 ml is the standard bottle, and a recipe that
 * says "a bottle" without a size means it. The other fills are why the
 * figure is flagged approximate.
 */
const WINE_BOTTLE: StandardSize = {
  size: { quantity: 750, unit: 'ml' },
  basis: 'a wine bottle is taken as 750 ml, the standard of fill (27 CFR 4.72)',
  approximate: true,
};

const WINE = /^alcoholic beverage, wine\b/i;

/** The standard size of one `unit` of `food`; null when none applies. */
export function standardSize(
  unit: string | null,
  food: Food,
): StandardSize | null {
  if (unit === 'jigger') return JIGGER;
  if (unit === 'bottle' && WINE.test(food.description)) return WINE_BOTTLE;
  return null;
}
