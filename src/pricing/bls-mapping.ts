/**
 * Which BLS average retail price (data/usda/prices-bls.csv) is the price
 * of which catalog food, matched by hand. A series is mapped only where
 * the item sold is that food; scripts/build-price-list.ts turns this table
 * into data/prices.csv.
 *
 * Left out on purpose, because no catalog food is what BLS prices: ground
 * chuck and "all uncooked ground beef" (ground beef 100% is mapped
 * instead), round roast and round steak, the "All …" beef and pork
 * aggregates, chicken legs (USDA has drumsticks, meat only, not whole
 * legs), cookies, grapefruit, frozen orange juice concentrate, canned corn
 * (BLS weighs the can with its liquid, USDA the drained solids), ground
 * coffee (the catalog has brewed and instant only), potato chips and soft
 * drinks.
 */
import type { Amount } from '../domain/types.ts';

export interface BlsMapping {
  seriesId: string;
  fdcId: number;
  /** What the BLS unit price buys, in units the USDA measures weigh. */
  purchase: Amount;
  /**
   * Share of the purchase that is the USDA food (no bone, no giblets), from
   * a USDA yield measure; 1 when the whole purchase is the food.
   */
  edible?: { fraction: number; basis: string };
  /** What a reader must know about the match. */
  note?: string;
}

const LB: Amount = { quantity: 1, unit: 'lb' };

/** A gallon is 16 cups, and USDA weighs milk by the cup. */
const GALLON_IN_CUPS: Amount = { quantity: 16, unit: 'cup' };

const AS_PURCHASED =
  'price of the whole fruit with peel, not adjusted for refuse';

export const BLS_MAPPING: readonly BlsMapping[] = [
  { seriesId: 'APU0000701111', fdcId: 168894, purchase: LB },
  { seriesId: 'APU0000701111', fdcId: 168936, purchase: LB },
  { seriesId: 'APU0000701312', fdcId: 168877, purchase: LB },
  { seriesId: 'APU0000701322', fdcId: 169736, purchase: LB },
  { seriesId: 'APU0000702111', fdcId: 174924, purchase: LB },
  { seriesId: 'APU0000702212', fdcId: 172688, purchase: LB },
  {
    seriesId: 'APU0000703112',
    fdcId: 174036,
    purchase: LB,
    note: 'BLS any fat level; USDA food is 80% lean',
  },
  {
    seriesId: 'APU0000703113',
    fdcId: 174030,
    purchase: LB,
    note: 'USDA food is 90% lean',
  },
  { seriesId: 'APU0000703213', fdcId: 169491, purchase: LB },
  { seriesId: 'APU0000703432', fdcId: 171206, purchase: LB },
  { seriesId: 'APU0000703613', fdcId: 168726, purchase: LB },
  { seriesId: 'APU0000704111', fdcId: 168277, purchase: LB },
  {
    seriesId: 'APU0000704211',
    fdcId: 168238,
    purchase: LB,
    edible: {
      fraction: 199 / 259,
      basis: 'USDA: a 259 g raw chop yields 199 g without bone',
    },
  },
  { seriesId: 'APU0000704212', fdcId: 168286, purchase: LB },
  { seriesId: 'APU0000704312', fdcId: 167875, purchase: LB },
  {
    seriesId: 'APU0000706111',
    fdcId: 171447,
    purchase: LB,
    edible: {
      fraction: 276 / 453.59237,
      basis: 'USDA: 1 lb ready-to-cook chicken yields 276 g meat and skin',
    },
  },
  { seriesId: 'APU0000FF1101', fdcId: 171077, purchase: LB },
  {
    seriesId: 'APU0000708111',
    fdcId: 171287,
    purchase: { quantity: 12, unit: 'large' },
  },
  { seriesId: 'APU0000709112', fdcId: 171265, purchase: GALLON_IN_CUPS },
  {
    seriesId: 'APU0000FJ1101',
    fdcId: 171267,
    purchase: GALLON_IN_CUPS,
    note: 'BLS averages low-fat, reduced-fat and skim',
  },
  {
    seriesId: 'APU0000FJ1101',
    fdcId: 170872,
    purchase: GALLON_IN_CUPS,
    note: 'BLS averages low-fat, reduced-fat and skim',
  },
  {
    seriesId: 'APU0000FJ1101',
    fdcId: 171269,
    purchase: GALLON_IN_CUPS,
    note: 'BLS averages low-fat, reduced-fat and skim',
  },
  { seriesId: 'APU0000710211', fdcId: 170853, purchase: LB },
  { seriesId: 'APU0000710212', fdcId: 173414, purchase: LB },
  {
    seriesId: 'APU0000710411',
    fdcId: 167575,
    purchase: { quantity: 16, unit: 'serving' },
    note: 'half gallon = 16 USDA servings of 1/2 cup; BLS any flavor, USDA vanilla',
  },
  {
    seriesId: 'APU0000711211',
    fdcId: 173944,
    purchase: LB,
    note: AS_PURCHASED,
  },
  {
    seriesId: 'APU0000711311',
    fdcId: 169097,
    purchase: LB,
    note: `navel oranges; ${AS_PURCHASED}`,
  },
  {
    seriesId: 'APU0000711412',
    fdcId: 167746,
    purchase: LB,
    note: AS_PURCHASED,
  },
  {
    seriesId: 'APU0000711415',
    fdcId: 167762,
    purchase: { quantity: 12, unit: 'oz' },
  },
  { seriesId: 'APU0000712112', fdcId: 170028, purchase: LB },
  { seriesId: 'APU0000712112', fdcId: 170026, purchase: LB },
  {
    seriesId: 'APU0000712112',
    fdcId: 170027,
    purchase: LB,
    note: 'russets are white potatoes',
  },
  { seriesId: 'APU0000712211', fdcId: 169248, purchase: LB },
  { seriesId: 'APU0000FL2101', fdcId: 169247, purchase: LB },
  { seriesId: 'APU0000712311', fdcId: 170457, purchase: LB },
  {
    seriesId: 'APU0000714233',
    fdcId: 173734,
    purchase: LB,
    note: 'BLS averages dried beans of any type',
  },
  {
    seriesId: 'APU0000714233',
    fdcId: 175202,
    purchase: LB,
    note: 'BLS averages dried beans of any type',
  },
  { seriesId: 'APU0000715211', fdcId: 169655, purchase: LB },
  {
    seriesId: 'APU0000720111',
    fdcId: 168746,
    purchase: { quantity: 16, unit: 'fl oz' },
  },
  {
    seriesId: 'APU0000720311',
    fdcId: 173190,
    purchase: { quantity: 1, unit: 'l' },
  },
  {
    seriesId: 'APU0000720311',
    fdcId: 174837,
    purchase: { quantity: 1, unit: 'l' },
  },
  {
    seriesId: 'APU0000FJ4101',
    fdcId: 171284,
    purchase: { quantity: 8, unit: 'oz' },
    note: 'BLS any yogurt; USDA plain whole-milk',
  },
  { seriesId: 'APU0000FS1101', fdcId: 173410, purchase: LB },
  { seriesId: 'APU0000FS1101', fdcId: 173430, purchase: LB },
];
