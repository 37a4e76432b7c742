import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../src/agents/recipe-engineer/parse-line.ts';
import type {
  Amount,
  LineKind,
  ParsedLine,
  RecipeInput,
} from '../../../src/domain/types.ts';

const recipes = JSON.parse(
  readFileSync(
    new URL('../../../data/recipes/recipes.json', import.meta.url),
    'utf8',
  ),
) as RecipeInput[];
const dataLines = new Set(recipes.flatMap((r) => r.ingredients));

const NBSP = '\u00A0';

interface Expected {
  kind?: LineKind;
  amount: Amount | null;
  name: string;
  packageSize?: Amount | null;
  equivalents?: Amount[];
  additions?: Amount[];
  /** Checked only when given. */
  notes?: string[];
  optional?: boolean;
  toTaste?: boolean;
}

/** [line verbatim from data/recipes/recipes.json, expected] */
// prettier-ignore
const FROM_DATA: Array<[string, Expected]> = [
  // Package sizes
  ["1 (15-oz) can 100% pure pumpkin (I use Libby's)", { amount: { quantity: 1, unit: 'can' }, packageSize: { quantity: 15, unit: 'oz' }, name: '100% pure pumpkin', notes: ["I use Libby's"] }],
  ['1 (14.5 oz) can black beans', { amount: { quantity: 1, unit: 'can' }, packageSize: { quantity: 14.5, unit: 'oz' }, name: 'black beans' }],
  ['1 15-ounce can black beans (rinsed, drained, and warmed)', { amount: { quantity: 1, unit: 'can' }, packageSize: { quantity: 15, unit: 'oz' }, name: 'black beans', notes: ['rinsed, drained, and warmed'] }],
  ['1 15- 15-ounce can corn (drained and warmed)', { amount: { quantity: 1, unit: 'can' }, packageSize: { quantity: 15, unit: 'oz' }, name: 'corn' }],
  ['one 16 ounce package uncooked white flour spaghetti noodles (cooking time for al dente needs to be 9-10 minutes! )', { amount: { quantity: 1, unit: 'package' }, packageSize: { quantity: 16, unit: 'oz' }, name: 'uncooked white flour spaghetti noodles' }],
  ['one 750 millilitre jar  of 4 cheese spaghetti sauce', { amount: { quantity: 1, unit: 'jar' }, packageSize: { quantity: 750, unit: 'ml' }, name: '4 cheese spaghetti sauce' }],
  ['400g can diced tomatoes', { amount: { quantity: 400, unit: 'g' }, name: 'diced tomatoes' }],
  [`2${NBSP}(32${NBSP}oz)${NBSP}Chicken${NBSP}Broth`, { amount: { quantity: 2, unit: null }, packageSize: { quantity: 32, unit: 'oz' }, name: 'chicken broth' }],
  [`1${NBSP}12${NBSP}oz.${NBSP}bottle${NBSP}of${NBSP}Beer`, { amount: { quantity: 1, unit: 'bottle' }, packageSize: { quantity: 12, unit: 'oz' }, name: 'beer' }],
  ['2 cans salmon (6 oz / 170 grams each)', { amount: { quantity: 2, unit: 'can' }, packageSize: { quantity: 6, unit: 'oz' }, name: 'salmon' }],
  ['One (4 1/2-pound) chuck roast (cut into 2- to 3-inch (5- to 8-cm) chunks)', { amount: { quantity: 1, unit: null }, packageSize: { quantity: 4.5, unit: 'lb' }, name: 'chuck roast', notes: ['cut into 2- to 3-inch (5- to 8-cm) chunks'] }],
  ['1 3 lb pork shoulder boneless', { amount: { quantity: 1, unit: null }, packageSize: { quantity: 3, unit: 'lb' }, name: 'pork shoulder boneless' }],
  ['1 (1.5 fluid ounce) jigger Irish whiskey', { amount: { quantity: 1, unit: 'jigger' }, packageSize: { quantity: 1.5, unit: 'fl oz' }, name: 'irish whiskey' }],
  ['2 Salmon Fillets (about 4 oz. each)', { amount: { quantity: 2, unit: null }, packageSize: { quantity: 4, unit: 'oz' }, name: 'salmon fillets' }],

  // Equivalents
  ['2 cups (212g) medium rye flour', { amount: { quantity: 2, unit: 'cup' }, equivalents: [{ quantity: 212, unit: 'g' }], name: 'medium rye flour' }],
  ['2 1/2 cups (12 1/2 oz./390 g) all-purpose flour', { amount: { quantity: 2.5, unit: 'cup' }, equivalents: [{ quantity: 12.5, unit: 'oz' }, { quantity: 390, unit: 'g' }], name: 'all-purpose flour' }],
  ['3/4 cup (12 Tbsp; 170g) unsalted butter, softened to room temperature', { amount: { quantity: 0.75, unit: 'cup' }, equivalents: [{ quantity: 12, unit: 'tbsp' }, { quantity: 170, unit: 'g' }], name: 'unsalted butter', notes: ['softened to room temperature'] }],
  ['98 grams (¾ cup) all-purpose flour', { amount: { quantity: 98, unit: 'g' }, equivalents: [{ quantity: 0.75, unit: 'cup' }], name: 'all-purpose flour' }],
  ['7 1/2 cups / 1.75 liters water', { amount: { quantity: 7.5, unit: 'cup' }, equivalents: [{ quantity: 1.75, unit: 'l' }], name: 'water' }],
  ['30ml (1 fl oz/2 tbsp) sunflower oil', { amount: { quantity: 30, unit: 'ml' }, equivalents: [{ quantity: 1, unit: 'fl oz' }, { quantity: 2, unit: 'tbsp' }], name: 'sunflower oil' }],
  ['1 1/2 cups (12 fl. oz./375 ml) buttermilk', { amount: { quantity: 1.5, unit: 'cup' }, equivalents: [{ quantity: 12, unit: 'fl oz' }, { quantity: 375, unit: 'ml' }], name: 'buttermilk' }],

  // 1 lb 10 oz = 16 + 10 = 26 oz
  ['750g (1 lb 10 oz) skinless, boneless chicken (thighs and breast), cut into bite-size pieces', { amount: { quantity: 750, unit: 'g' }, equivalents: [{ quantity: 26, unit: 'oz' }], name: 'skinless boneless chicken', notes: ['thighs and breast', 'cut into bite-size pieces'] }],
  ['½ cup (110g/3¾ oz) freekeh, rinsed and drained', { amount: { quantity: 0.5, unit: 'cup' }, equivalents: [{ quantity: 110, unit: 'g' }, { quantity: 3.75, unit: 'oz' }], name: 'freekeh', notes: ['rinsed and drained'] }],
  ['1½ sticks (¾ cup) unsalted butter, softened', { amount: { quantity: 1.5, unit: 'stick' }, equivalents: [{ quantity: 0.75, unit: 'cup' }], name: 'unsalted butter', notes: ['softened'] }],
  ['1 large (9 oz) onion (cut into slices)', { amount: { quantity: 1, unit: 'large' }, equivalents: [{ quantity: 9, unit: 'oz' }], name: 'onion', notes: ['cut into slices'] }],
  ['900 g (4-5) golden delicious apples', { amount: { quantity: 900, unit: 'g' }, equivalents: [{ quantity: 4, quantityMax: 5, unit: null }], name: 'golden delicious apples' }],
  ['2 to 3 cups ham (about 1 pound, diced)', { amount: { quantity: 2, quantityMax: 3, unit: 'cup' }, equivalents: [{ quantity: 1, unit: 'lb' }], name: 'ham', notes: ['diced'] }],
  ['1/4 cup plain bread crumbs (30 grams)', { amount: { quantity: 0.25, unit: 'cup' }, equivalents: [{ quantity: 30, unit: 'g' }], name: 'plain bread crumbs' }],
  ['1/2 tsp dried thyme (.50 grams)', { amount: { quantity: 0.5, unit: 'tsp' }, equivalents: [{ quantity: 0.5, unit: 'g' }], name: 'dried thyme' }],
  ['1 Tbsp (20ml) - Sun Dried Tomato Oil', { amount: { quantity: 1, unit: 'tbsp' }, equivalents: [{ quantity: 20, unit: 'ml' }], name: 'sun dried tomato oil' }],

  // Fractions, words and abbreviations
  ['1 and 1/3 cup (167g) all-purpose flour (spooned & leveled)', { amount: { quantity: 1.333, unit: 'cup' }, equivalents: [{ quantity: 167, unit: 'g' }], name: 'all-purpose flour', notes: ['spooned & leveled'] }],
  ['1½ cups powdered sugar', { amount: { quantity: 1.5, unit: 'cup' }, name: 'powdered sugar' }],
  ['⅓ cup unsweetened cocoa powder', { amount: { quantity: 0.333, unit: 'cup' }, name: 'unsweetened cocoa powder' }],
  ['330 g (2⅓ cups) bread flour, plus a bit more as needed', { amount: { quantity: 330, unit: 'g' }, equivalents: [{ quantity: 2.333, unit: 'cup' }], name: 'bread flour', notes: ['plus a bit more as needed'] }],
  ['.5 TB ground allspice', { amount: { quantity: 0.5, unit: 'tbsp' }, name: 'ground allspice' }],
  ['.25 TSP ground clove (optional)', { amount: { quantity: 0.25, unit: 'tsp' }, name: 'ground clove', optional: true }],
  ['1 Tbs. vanilla extract', { amount: { quantity: 1, unit: 'tbsp' }, name: 'vanilla extract' }],
  ['400gm Basmati Rice', { amount: { quantity: 400, unit: 'g' }, name: 'basmati rice' }],
  ['¾ c (180 ml) yellow cornmeal (fine polenta)', { amount: { quantity: 0.75, unit: 'cup' }, equivalents: [{ quantity: 180, unit: 'ml' }], name: 'yellow cornmeal', notes: ['fine polenta'] }],
  ['1 (1.5 fluid ounce) jigger Irish cream liqueur', { amount: { quantity: 1, unit: 'jigger' }, packageSize: { quantity: 1.5, unit: 'fl oz' }, name: 'irish cream liqueur' }],
  ['8 oz (225 g) flank steak (or skirt steak) , thinly sliced against the grain', { amount: { quantity: 8, unit: 'oz' }, equivalents: [{ quantity: 225, unit: 'g' }], name: 'flank steak or skirt steak', notes: ['thinly sliced against the grain'] }],

  // Additions
  ['¼ cup plus 2 tablespoons vegetable oil', { amount: { quantity: 0.25, unit: 'cup' }, additions: [{ quantity: 2, unit: 'tbsp' }], name: 'vegetable oil' }],
  ['2/3 cup (5 fl. oz./160 ml) plus 2 Tbs. heavy cream', { amount: { quantity: 0.667, unit: 'cup' }, equivalents: [{ quantity: 5, unit: 'fl oz' }, { quantity: 160, unit: 'ml' }], additions: [{ quantity: 2, unit: 'tbsp' }], name: 'heavy cream' }],
  ['¼ cup unsweetened cocoa powder (plus 2 tablespoons )', { amount: { quantity: 0.25, unit: 'cup' }, additions: [{ quantity: 2, unit: 'tbsp' }], name: 'unsweetened cocoa powder' }],

  // Ranges
  [`2-3${NBSP}lbs${NBSP}Shrimp`, { amount: { quantity: 2, quantityMax: 3, unit: 'lb' }, name: 'shrimp' }],
  ['2 to 3 carrots (peeled and sliced)', { amount: { quantity: 2, quantityMax: 3, unit: null }, name: 'carrots', notes: ['peeled and sliced'] }],
  [`3${NBSP}-${NBSP}5${NBSP}Bay${NBSP}Leafs`, { amount: { quantity: 3, quantityMax: 5, unit: null }, name: 'bay leafs' }],
  ['6–8 green cardamom seeds, crushed', { amount: { quantity: 6, quantityMax: 8, unit: null }, name: 'green cardamom seeds', notes: ['crushed'] }],
  ['1-2 g nutmeg', { amount: { quantity: 1, quantityMax: 2, unit: 'g' }, name: 'nutmeg' }],
  ['1 1/2 to 2 cups onion (chopped)', { amount: { quantity: 1.5, quantityMax: 2, unit: 'cup' }, name: 'onion', notes: ['chopped'] }],

  // Invisible characters and markdown
  ['3  jalapenos, (stemmed and seeded (you can\u00A0substitute 1-2 habanero or serrano peppers.))', { amount: { quantity: 3, unit: null }, name: 'jalapenos', notes: ['stemmed and seeded (you can substitute 1-2 habanero or serrano peppers.)'] }],
  ['1/2 Tbsp of [Garam Masala](/garam-masala)', { amount: { quantity: 0.5, unit: 'tbsp' }, name: 'garam masala' }],
  ['1/2  teaspoon white sugar (to cut the acidity of the tomatoes )', { amount: { quantity: 0.5, unit: 'tsp' }, name: 'white sugar', notes: ['to cut the acidity of the tomatoes'] }],

  // Notes, optional, to taste
  [`(Optional)${NBSP}Instead${NBSP}of${NBSP}chicken${NBSP}broth,${NBSP}you${NBSP}can${NBSP}use${NBSP}your${NBSP}own${NBSP}shrimp${NBSP}stock`, { kind: 'note', amount: null, name: '', optional: true }],

  // An optional ingredient with a choice, not a note: it names foods.
  ['optional sweetener: simple syrup* or maple syrup', { amount: null, name: 'simple syrup or maple syrup', notes: ['sweetener'], optional: true }],
  ['salt and pepper to taste', { amount: null, name: 'salt and pepper', toTaste: true }],
  ['Dash salt (to taste)', { amount: { quantity: 1, unit: 'dash' }, name: 'salt', toTaste: true }],
  ['pinch Salt', { amount: { quantity: 1, unit: 'pinch' }, name: 'salt' }],
  ['Kosher salt (to taste (optional))', { amount: null, name: 'kosher salt', notes: [], optional: true, toTaste: true }],
  ['1/2 teaspoon salt (( to taste))', { amount: { quantity: 0.5, unit: 'tsp' }, name: 'salt', toTaste: true }],
  ['Optional: 2 tablespoons fresh parsley (chopped)', { amount: { quantity: 2, unit: 'tbsp' }, name: 'fresh parsley', notes: ['chopped'], optional: true }],
  [`(Optional)${NBSP}1${NBSP}Jalapeño${NBSP}Pepper`, { amount: { quantity: 1, unit: null }, name: 'jalapeño pepper', optional: true }],
  ['Garnish: green onions or chives (sliced)', { amount: null, name: 'green onions or chives', notes: ['garnish', 'sliced'], optional: true }],
  ['½ cup walnuts (very finely chopped, optional)', { amount: { quantity: 0.5, unit: 'cup' }, name: 'walnuts', notes: ['very finely chopped'], optional: true }],
  ['1/4 teaspoon ground cloves optional', { amount: { quantity: 0.25, unit: 'tsp' }, name: 'ground cloves', optional: true }],
  ['Vegetable oil, to grease', { amount: null, name: 'vegetable oil', notes: ['to grease'], toTaste: true }],
  ['Scant 2 cups chicken broth', { amount: { quantity: 2, unit: 'cup' }, name: 'chicken broth', notes: ['scant'] }],

  // Citrus parts: counted in whole fruits
  ['juice of 1 lemon (approximately 2 tablespoons)', { amount: { quantity: 1, unit: 'whole' }, equivalents: [{ quantity: 2, unit: 'tbsp' }], name: 'lemon juice' }],
  ['juice from 1/2 large lemon', { amount: { quantity: 0.5, unit: 'large' }, name: 'lemon juice' }],
  ['Zest from 1 lime (divided)', { amount: { quantity: 1, unit: 'whole' }, name: 'lime zest', notes: ['divided'] }],
  ['Juice of 1/2 Lemon or 1 tsp of Vinegar', { amount: { quantity: 0.5, unit: 'whole' }, name: 'lemon juice', notes: ['or 1 tsp of Vinegar'] }],

  // Names, sizes and count words
  ['1 large egg', { amount: { quantity: 1, unit: 'large' }, name: 'egg' }],
  ['1 egg (large)', { amount: { quantity: 1, unit: 'large' }, name: 'egg' }],
  ['3 garlic cloves', { amount: { quantity: 3, unit: 'clove' }, name: 'garlic' }],
  ['4 cloves garlic', { amount: { quantity: 4, unit: 'clove' }, name: 'garlic' }],
  ['3 large garlic cloves, peeled and grated (shredded)', { amount: { quantity: 3, unit: 'clove' }, name: 'garlic' }],
  ['2 ribs celery', { amount: { quantity: 2, unit: 'stalk' }, name: 'celery' }],
  ['1 cup (220 g) light brown sugar, packed', { amount: { quantity: 1, unit: 'cup' }, equivalents: [{ quantity: 220, unit: 'g' }], name: 'light brown sugar', notes: ['packed'] }],
  ['4 skinless, boneless chicken breast halves', { amount: { quantity: 4, unit: null }, name: 'skinless boneless chicken breast halves' }],
  ['¼ of small onion (about 2 tablespoons), thinly sliced', { amount: { quantity: 0.25, unit: 'small' }, equivalents: [{ quantity: 2, unit: 'tbsp' }], name: 'onion', notes: ['thinly sliced'] }],
  ['4-5 pods of Cardamom', { amount: { quantity: 4, quantityMax: 5, unit: 'pod' }, name: 'cardamom' }],
  ['1 whole pineapple', { amount: { quantity: 1, unit: 'whole' }, name: 'pineapple' }],
  ['Thumb of ginger, sliced', { amount: { quantity: 1, unit: 'thumb' }, name: 'ginger', notes: ['sliced'] }],
  ['1/3 cup (76g) coarse sparkling sugar or 1/3 cup (66g) granulated sugar', { amount: { quantity: 0.333, unit: 'cup' }, equivalents: [{ quantity: 76, unit: 'g' }], name: 'coarse sparkling sugar', notes: ['or 1/3 cup (66g) granulated sugar'] }],
  ['4 tablespoons peanut oil , divided', { amount: { quantity: 4, unit: 'tbsp' }, name: 'peanut oil', notes: ['divided'] }],
  ['1 inch (2.5 cm) ginger , minced', { amount: { quantity: 1, unit: 'inch' }, equivalents: [{ quantity: 2.5, unit: 'cm' }], name: 'ginger', notes: ['minced'] }],
  ['8 slices smoked bacon (diced)', { amount: { quantity: 8, unit: 'slice' }, name: 'smoked bacon', notes: ['diced'] }],
  ['1 boneless 2-3 pound chuck roast ( trimmed and cut into fist-size chunks)', { amount: { quantity: 1, unit: null }, packageSize: { quantity: 2, quantityMax: 3, unit: 'lb' }, name: 'boneless chuck roast' }],
  ['3.5 oz. bag crunchy wonton strips or crunchy chow mein noodles', { amount: { quantity: 3.5, unit: 'oz' }, name: 'crunchy wonton strips or crunchy chow mein noodles' }],
];

/** Written for cases the 45 recipes do not contain. */
// prettier-ignore
const WRITTEN: Array<[string, Expected]> = [
  ['1,5 kg flour', { amount: { quantity: 1.5, unit: 'kg' }, name: 'flour' }],
  ['1,000 g flour', { amount: { quantity: 1000, unit: 'g' }, name: 'flour' }],
  ['1 (14 oz) can coconut milk', { amount: { quantity: 1, unit: 'can' }, packageSize: { quantity: 14, unit: 'oz' }, name: 'coconut milk' }],
  ['2 x 400 g cans tomatoes', { amount: { quantity: 2, unit: 'can' }, packageSize: { quantity: 400, unit: 'g' }, name: 'tomatoes' }],
  ['1 T butter', { amount: { quantity: 1, unit: 'tbsp' }, name: 'butter' }],
  ['1 t salt', { amount: { quantity: 1, unit: 'tsp' }, name: 'salt' }],
  ['2 TBSP olive oil', { amount: { quantity: 2, unit: 'tbsp' }, name: 'olive oil' }],
  ['12 fl. oz. lager', { amount: { quantity: 12, unit: 'fl oz' }, name: 'lager' }],
  ['6.5 fl oz heavy cream', { amount: { quantity: 6.5, unit: 'fl oz' }, name: 'heavy cream' }],
  ['8 oz flank steak', { amount: { quantity: 8, unit: 'oz' }, name: 'flank steak' }],
  ['2 to 3 cups stock', { amount: { quantity: 2, quantityMax: 3, unit: 'cup' }, name: 'stock' }],
  ['one and a half cups milk', { amount: { quantity: 1.5, unit: 'cup' }, name: 'milk' }],
  ['a dozen eggs', { amount: { quantity: 12, unit: null }, name: 'eggs' }],
  ['half a lemon', { amount: { quantity: 0.5, unit: null }, name: 'lemon' }],
  ['a pinch of salt', { amount: { quantity: 1, unit: 'pinch' }, name: 'salt' }],
  ['one onion, diced', { amount: { quantity: 1, unit: null }, name: 'onion', notes: ['diced'] }],
  ['2½ cups flour', { amount: { quantity: 2.5, unit: 'cup' }, name: 'flour' }],
  ['1 stick butter', { amount: { quantity: 1, unit: 'stick' }, name: 'butter' }],
  ['2 tablespoons unsalted butter, softened', { amount: { quantity: 2, unit: 'tbsp' }, name: 'unsalted butter', notes: ['softened'] }],
  ['1\u200B cup sugar\u00AD', { amount: { quantity: 1, unit: 'cup' }, name: 'sugar' }],
  ['1 cup  sugar', { amount: { quantity: 1, unit: 'cup' }, name: 'sugar' }],
  ['FOR THE PASTRY', { kind: 'header', amount: null, name: 'FOR THE PASTRY' }],
  ['For the sauce:', { kind: 'header', amount: null, name: 'For the sauce' }],
  ['Frosting', { kind: 'header', amount: null, name: 'Frosting' }],
];

const DEFAULTS = {
  kind: 'ingredient' as LineKind,
  packageSize: null,
  equivalents: [],
  additions: [],
  optional: false,
  toTaste: false,
};

function check(line: string, expected: Expected): void {
  const got: ParsedLine = parseLine(line, 7);
  const want = { ...DEFAULTS, ...expected };
  expect(got.index).toBe(7);
  expect(got.input).toBe(line);
  expect(got.kind).toBe(want.kind);
  expect(got.amount).toEqual(want.amount);
  expect(got.name).toBe(want.name);
  expect(got.packageSize).toEqual(want.packageSize);
  expect(got.equivalents).toEqual(want.equivalents);
  expect(got.additions).toEqual(want.additions);
  expect(got.optional).toBe(want.optional);
  expect(got.toTaste).toBe(want.toTaste);
  if (expected.notes) expect(got.notes).toEqual(expected.notes);
}

describe('parseLine on lines from the recipe data', () => {
  it('quotes every line verbatim from recipes.json', () => {
    const missing = FROM_DATA.map(([line]) => line).filter(
      (line) => !dataLines.has(line),
    );
    expect(missing).toEqual([]);
  });

  it.each(FROM_DATA)('reads %j', (line, expected) => check(line, expected));
});

describe('parseLine on written lines', () => {
  it.each(WRITTEN)('reads %j', (line, expected) => check(line, expected));
});

describe('parseLine findings', () => {
  it('flags an ingredient with no amount that is neither optional nor to taste', () => {
    const got = parseLine('raspberries', 3);
    expect(got.findings).toEqual([
      expect.objectContaining({ code: 'unparsed_quantity', line: 3 }),
    ]);
  });

  it('keeps a note line with an info finding instead of dropping it', () => {
    const got = parseLine('Note: you can use frozen berries', 0);
    expect(got.kind).toBe('note');
    expect(got.findings.map((f) => f.code)).toEqual(['not_an_ingredient']);
  });

  it('gives a parsed ingredient no findings', () => {
    expect(parseLine('2 cups (212g) medium rye flour', 0).findings).toEqual([]);
  });
});

describe('parseLine on structured input', () => {
  it('canonicalises the unit and cleans the name', () => {
    const got = parseLine(
      { name: 'Unsalted Butter, softened', quantity: 2, unit: 'Tablespoons' },
      1,
    );
    expect(got.amount).toEqual({ quantity: 2, unit: 'tbsp' });
    expect(got.name).toBe('unsalted butter');
    expect(got.notes).toEqual(['softened']);
    expect(got.kind).toBe('ingredient');
    expect(got.findings).toEqual([]);
  });

  it('keeps an unknown unit as a lower-case count word, with a finding', () => {
    const got = parseLine({ name: 'tortillas', quantity: 6, unit: 'Wraps' }, 0);
    expect(got.amount).toEqual({ quantity: 6, unit: 'wraps' });
    expect(got.findings.map((f) => f.code)).toEqual(['unknown_unit']);
  });

  it('rejects a negative quantity with a finding', () => {
    const got = parseLine({ name: 'sugar', quantity: -1, unit: 'g' }, 0);
    expect(got.amount).toBeNull();
    expect(got.findings.map((f) => f.code)).toContain('invalid_quantity');
  });
});

describe('parseLine over all 45 recipes', () => {
  const lines = recipes.flatMap((r) => r.ingredients);

  it('parses every line without throwing', () => {
    expect(lines.length).toBeGreaterThan(600);
    for (const [i, line] of lines.entries()) {
      expect(() => parseLine(line, i)).not.toThrow();
    }
  });

  it('gives at least 95 % of ingredient lines a quantity or a flag', () => {
    const parsed = lines.map((line, i) => parseLine(line, i));
    const ingredients = parsed.filter((p) => p.kind === 'ingredient');
    const usable = ingredients.filter(
      (p) => typeof p.amount?.quantity === 'number' || p.toTaste || p.optional,
    );
    expect(usable.length / ingredients.length).toBeGreaterThanOrEqual(0.95);
  });
});
