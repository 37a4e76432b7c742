/**
 * Unit words as recipes write them, mapped onto Brigade's canonical units
 * (see `Unit` in the domain types).
 */
import type { UnitOfMeasureDefinitions } from 'parse-ingredient';
import type { MassUnit, Unit, VolumeUnit } from '../../domain/types.ts';

const MASS: Record<MassUnit, string[]> = {
  mg: ['mg', 'mgs', 'milligram', 'milligrams', 'milligramme', 'milligrammes'],
  g: [
    'g',
    'gs',
    'gm',
    'gms',
    'gr',
    'grm',
    'gram',
    'grams',
    'gramme',
    'grammes',
  ],
  kg: ['kg', 'kgs', 'kilo', 'kilos', 'kilogram', 'kilograms', 'kilogramme'],
  // A bare ounce is a mass even before a liquid ("1 ½ ounces vodka"): only
  // "fl oz" or "fluid ounce" makes it a volume. For water-like drinks the
  // two readings differ by a few percent.
  oz: ['oz', 'ozs', 'ounce', 'ounces'],
  lb: ['lb', 'lbs', 'pound', 'pounds'],
};

const VOLUME: Record<VolumeUnit, string[]> = {
  ml: ['ml', 'mls', 'milliliter', 'milliliters', 'millilitre', 'millilitres'],
  cl: ['cl', 'centiliter', 'centiliters', 'centilitre', 'centilitres'],
  dl: ['dl', 'deciliter', 'deciliters', 'decilitre', 'decilitres'],
  l: ['l', 'ltr', 'ltrs', 'liter', 'liters', 'litre', 'litres'],
  tsp: ['tsp', 'tsps', 'teaspoon', 'teaspoons', 'teaspoonful', 'teaspoonfuls'],
  tbsp: [
    'tbsp',
    'tbsps',
    'tbs',
    'tb',
    'tbl',
    'tbls',
    'tablespoon',
    'tablespoons',
    'tablespoonful',
    'tablespoonfuls',
  ],
  cup: ['c', 'cup', 'cups'],
  'fl oz': ['fl oz', 'floz', 'fluid ounce', 'fluid ounces', 'fl ounce'],
  pint: ['pt', 'pts', 'pint', 'pints'],
  quart: ['qt', 'qts', 'quart', 'quarts'],
  gallon: ['gal', 'gals', 'gallon', 'gallons'],
};

/** Count words: the canonical singular first, then the other spellings. */
const COUNT: string[][] = [
  ['clove', 'cloves'],
  ['stick', 'sticks'],
  ['can', 'cans', 'tin', 'tins'],
  ['jar', 'jars'],
  ['bottle', 'bottles'],
  ['package', 'packages', 'pkg', 'pkgs', 'pack', 'packs', 'packet', 'packets'],
  ['bag', 'bags'],
  ['box', 'boxes'],
  ['carton', 'cartons'],
  ['container', 'containers'],
  ['slice', 'slices'],
  ['large', 'lg'],
  ['medium', 'med', 'md'],
  ['small', 'sm'],
  ['whole'],
  ['pinch', 'pinches'],
  ['dash', 'dashes'],
  ['drop', 'drops'],
  ['bunch', 'bunches'],
  ['sprig', 'sprigs'],
  ['head', 'heads'],
  ['ear', 'ears'],
  ['leaf', 'leaves'],
  ['inch', 'inches', 'in'],
  ['cm', 'centimeter', 'centimeters', 'centimetre', 'centimetres'],
  ['mm', 'millimeter', 'millimeters', 'millimetre', 'millimetres'],
  ['piece', 'pieces', 'pc', 'pcs'],
  ['stalk', 'stalks'],
  ['rib', 'ribs'],
  ['pod', 'pods'],
  ['sheet', 'sheets'],
  ['cube', 'cubes'],
  ['handful', 'handfuls'],
  ['thumb', 'thumbs'],
  ['knob', 'knobs'],
  ['jigger', 'jiggers'],
  ['shot', 'shots'],
  ['envelope', 'envelopes'],
  ['sachet', 'sachets'],
  ['scoop', 'scoops'],
  ['fillet', 'fillets'],
  ['dozen', 'dz'],
];

const LOOKUP = new Map<string, Unit>();
for (const table of [MASS, VOLUME]) {
  for (const [unit, words] of Object.entries(table)) {
    for (const word of words) LOOKUP.set(word, unit);
  }
}
for (const [unit, ...others] of COUNT) {
  for (const word of [unit!, ...others]) LOOKUP.set(word, unit!);
}

/**
 * Single letters are the one place where case carries meaning: "1 T butter"
 * is a tablespoon, "1 t salt" a teaspoon.
 */
const SINGLE_LETTER: Record<string, Unit> = {
  T: 'tbsp',
  t: 'tsp',
  c: 'cup',
  C: 'cup',
  g: 'g',
  G: 'g',
  l: 'l',
  L: 'l',
};

/** The canonical unit for a word as written, or null when it is none. */
export function canonicalUnit(written: string): Unit | null {
  const word = written.trim().replace(/\.$/, '').replace(/\.\s*/g, ' ');
  if (word.length === 1) return SINGLE_LETTER[word] ?? null;
  return LOOKUP.get(word.toLowerCase().replace(/\s+/g, ' ')) ?? null;
}

export function isMassUnit(unit: Unit | null): unit is MassUnit {
  return unit !== null && Object.hasOwn(MASS, unit);
}

export function isVolumeUnit(unit: Unit | null): unit is VolumeUnit {
  return unit !== null && Object.hasOwn(VOLUME, unit);
}

/** A unit that measures (mass or volume), as opposed to a count word. */
export function isMeasureUnit(unit: Unit | null): boolean {
  return isMassUnit(unit) || isVolumeUnit(unit);
}

export const SIZE_UNITS: ReadonlySet<string> = new Set([
  'large',
  'medium',
  'small',
]);

/**
 * Spellings parse-ingredient does not know, handed to it so that it takes
 * them as the unit; the unit itself is then read back with `canonicalUnit`.
 */
export const EXTRA_LIBRARY_UNITS: UnitOfMeasureDefinitions = {
  tablespoon: {
    short: 'tbsp',
    plural: 'tablespoons',
    alternates: ['tbsp.', 'T', 'Tbsp.', 'Tbsp', 'tablespoonful'].concat([
      'TB',
      'Tbs',
      'Tbs.',
      'tbs',
      'tbs.',
      'TBSP',
      'TBS',
      'tbl',
      'tbl.',
    ]),
    type: 'volume',
  },
  gram: {
    short: 'g',
    plural: 'grams',
    alternates: ['g.', 'gm', 'gms', 'gr', 'grm', 'gramme', 'grammes'],
    type: 'mass',
  },
  liter: {
    short: 'l',
    plural: 'liters',
    alternates: ['l.', 'L', 'litre', 'litres', 'ltr'],
    type: 'volume',
  },
  milliliter: {
    short: 'ml',
    plural: 'milliliters',
    alternates: ['mL', 'ml.', 'mL.', 'millilitre', 'millilitres'],
    type: 'volume',
  },
  centiliter: {
    short: 'cl',
    plural: 'centiliters',
    alternates: ['cL', 'centilitre', 'centilitres'],
    type: 'volume',
  },
  ...countDefinitions(),
};

function countDefinitions(): UnitOfMeasureDefinitions {
  const known = ['large', 'medium', 'small', 'inch', 'cm', 'mm', 'dozen'];
  const defs: UnitOfMeasureDefinitions = {};
  for (const [unit, ...others] of COUNT) {
    if (known.includes(unit!)) continue;
    const plural = others[0] ?? unit!;
    defs[unit!] = { short: unit!, plural, alternates: others, type: 'count' };
  }
  return defs;
}
