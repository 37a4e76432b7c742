import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FoodMatcher } from '../../src/catalog/food-matcher.ts';
import type { Food } from '../../src/catalog/food.ts';

const foods = JSON.parse(
  readFileSync(
    new URL('../../data/usda/ingredients.json', import.meta.url),
    'utf8',
  ),
) as Food[];
const matcher = new FoodMatcher(foods);

/** The catalog food that lists `alias` (aliases are unique in the file). */
function food(alias: string): Food {
  const found = foods.find((f) => f.aliases.includes(alias));
  if (!found) throw new Error(`no catalog food has the alias "${alias}"`);
  return found;
}

function fdcIdOf(name: string): number | undefined {
  return matcher.match(name)?.fdcId;
}

describe('FoodMatcher exact names', () => {
  it.each([
    'all-purpose flour',
    'unsweetened cocoa powder',
    'icing sugar',
    'double cream',
    'caster sugar',
    'lean ground beef',
    'parmigiano reggiano',
  ])('matches the alias "%s" with confidence 1', (alias) => {
    const match = matcher.match(alias);
    expect(match?.fdcId).toBe(food(alias).fdcId);
    expect(match?.confidence).toBe(1);
  });

  it('reports the catalog name and USDA description of the food', () => {
    const flour = food('all-purpose flour');
    expect(matcher.match('All-Purpose Flour')).toEqual({
      fdcId: flour.fdcId,
      name: flour.name,
      description: flour.description,
      confidence: 1,
      alternatives: [],
    });
  });

  it('folds plurals, accents and hyphens before comparing', () => {
    expect(fdcIdOf('ground clove')).toBe(food('ground cloves').fdcId);
    expect(fdcIdOf('bay leafs')).toBe(food('bay leaf').fdcId);
    expect(fdcIdOf('tomato purée')).toBe(food('tomato puree').fdcId);
    expect(fdcIdOf('all purpose flour')).toBe(food('all-purpose flour').fdcId);
    expect(matcher.match('whole eggs')?.confidence).toBe(1);
  });
});

describe('FoodMatcher prefers the more specific food', () => {
  it.each([
    ['ground cinnamon', 'cinnamon'],
    ['unsalted butter', 'unsalted butter'],
    ['cold salted butter', 'salted butter'],
    ['light brown sugar', 'brown sugar'],
    ['lean ground beef', 'lean ground beef'],
    ['chicken stock', 'chicken broth'],
    ['chicken broth', 'chicken broth'],
    ['hot smoked salmon', 'smoked salmon'],
    ['granulated white sugar', 'granulated sugar'],
  ])('"%s" is the food of "%s"', (name, alias) => {
    const match = matcher.match(name);
    expect(match?.fdcId).toBe(food(alias).fdcId);
    expect(match?.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('does not take plain butter for unsalted butter', () => {
    expect(fdcIdOf('unsalted butter')).not.toBe(food('butter').fdcId);
    expect(fdcIdOf('lean ground beef')).not.toBe(food('ground beef').fdcId);
  });
});

describe('FoodMatcher British and variant spellings', () => {
  it.each([
    ['yoghurt', 'plain yogurt'],
    ['chilli powder', 'chili powder'],
    ['courgettes', 'zucchini'],
    ['green capsicum', 'green bell pepper'],
    ['cornflour', 'cornstarch'],
    ['gelatine leaves', 'gelatin'],
    ['lemon rind', 'lemon zest'],
  ])('"%s" is %s', (name, alias) => {
    const match = matcher.match(name);
    expect(match?.fdcId).toBe(food(alias).fdcId);
    expect(match?.confidence).toBeGreaterThanOrEqual(0.9);
  });
});

describe('FoodMatcher typos', () => {
  it('corrects "tumeric" to turmeric, below full confidence', () => {
    const match = matcher.match('tumeric powder');
    expect(match?.fdcId).toBe(food('turmeric').fdcId);
    expect(match?.confidence).toBeGreaterThanOrEqual(0.5);
    expect(match?.confidence).toBeLessThan(1);
  });

  it('does not correct a word by changing its first letter', () => {
    // "grapeseed" is one edit from "rapeseed" (canola oil).
    expect(fdcIdOf('grapeseed oil')).not.toBe(food('canola oil').fdcId);
  });
});

describe('FoodMatcher preparation and quality words', () => {
  it.each([
    ['ripe but firm medium bananas', 'banana'],
    ['good quality dark chocolate', 'dark chocolate'],
    ['sliced fresh mushrooms', 'mushrooms'],
    ['warm water', 'water'],
    ['frozen raspberries', 'raspberries'],
    ['extra hot horseradish', 'horseradish'],
    ['pork shoulder boneless', 'pork shoulder'],
  ])('"%s" is %s despite the extra words', (name, alias) => {
    const match = matcher.match(name);
    expect(match?.fdcId).toBe(food(alias).fdcId);
    expect(match?.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps the food an alias names with a preparation word in it', () => {
    expect(fdcIdOf('frozen peas')).toBe(food('frozen peas').fdcId);
    expect(fdcIdOf('smoked paprika')).toBe(food('paprika').fdcId);
  });

  it('matches nothing on preparation words alone', () => {
    expect(matcher.match('fresh')).toBeNull();
    expect(matcher.match('finely chopped')).toBeNull();
    expect(matcher.match('')).toBeNull();
  });
});

describe('FoodMatcher weak and unknown names', () => {
  it.each(['st. germaine elderflower liqueur', 'asdfgh', 'freekeh'])(
    'returns null or a weak match for "%s"',
    (name) => {
      const match = matcher.match(name);
      expect(match === null || match.confidence < 0.5).toBe(true);
    },
  );

  it('is weak when the head noun is not explained', () => {
    // The catalog has pineapple and no pineapple juice.
    const match = matcher.match('pineapple juice');
    expect(match === null || match.confidence < 0.5).toBe(true);
  });
});

describe('FoodMatcher ambiguity', () => {
  it('gives "bell pepper" a low confidence and the other colours', () => {
    const match = matcher.match('bell pepper');
    expect(match?.confidence).toBeLessThan(0.5);
    const offered = [
      match?.fdcId,
      ...(match?.alternatives ?? []).map((a) => a.fdcId),
    ];
    for (const colour of ['green', 'red', 'yellow']) {
      expect(offered).toContain(food(`${colour} bell pepper`).fdcId);
    }
  });

  it('offers up to three alternatives for a bare "cheese"', () => {
    const match = matcher.match('cheese');
    expect(match?.confidence).toBeLessThan(0.5);
    expect(match?.alternatives).toHaveLength(3);
  });

  it('never reports an alternative as surer than the answer', () => {
    for (const name of ['bell pepper', 'cheese', 'long-grain rice']) {
      const match = matcher.match(name);
      for (const alt of match?.alternatives ?? []) {
        expect(alt.confidence).toBeLessThanOrEqual(match?.confidence ?? 0);
      }
    }
  });

  it('takes the author\'s first choice in "chicken or vegetable stock"', () => {
    const match = matcher.match('chicken or vegetable stock');
    expect(match?.fdcId).toBe(food('chicken broth').fdcId);
    expect(match?.alternatives.map((a) => a.fdcId)).toContain(
      food('vegetable broth').fdcId,
    );
  });
});

/**
 * Names as the line parser leaves them for the recipes in
 * data/recipes/recipes.json whose food the catalog has (at least as a close
 * USDA stand-in: whiskey is "distilled spirits", kosher salt is table salt).
 */
const NAMES_IN_CATALOG = [
  'medium rye flour',
  'granulated sugar',
  'pure vanilla extract',
  'coarse sparkling sugar or 1/3 cup granulated sugar',
  'crisco shortening',
  'unsweetened cocoa powder',
  'walnuts',
  'cold salted butter',
  'ripe but firm medium bananas',
  'self-raising flour',
  'icing sugar',
  'double cream',
  'caster sugar',
  'gelatine leaves',
  'good quality dark chocolate',
  'bread flour',
  'fine sea salt',
  'warm water',
  'whole eggs',
  'egg yolk',
  'olive oil',
  'canned pumpkin',
  '100% pure pumpkin',
  'golden delicious apples',
  'ice water',
  'frozen raspberries',
  'vodka',
  'spanish red wine',
  'irish whiskey',
  'hot brewed coffee',
  'assam tea',
  'mayonnaise',
  'dijon mustard',
  'extra hot horseradish',
  'cayenne pepper',
  'red jalapeño peppers',
  'garlic',
  'kosher salt',
  'distilled white vinegar',
  'curry powder',
  'malt vinegar',
  'chicken stock',
  'cornflour',
  'fresh cilantro',
  'fresh lime juice',
  'crushed san marzano tomatoes',
  'leek',
  'chicken or vegetable stock',
  'zucchini (courgettes)',
  'broccoli',
  'frozen shelled edamame beans',
  'lemon rind',
  'flat-leaf parsley leaves',
  'mint leaves',
  'celery sticks',
  'coconut milk',
  'smoked bacon',
  'sweet onion',
  'shrimp',
  'green pepper',
  'bay leafs',
  'white rice',
  'pork belly',
  'ham',
  'kale leaves',
  'greek yogurt',
  'romaine lettuce',
  'napa cabbage',
  'shredded chicken',
  'sliced almonds',
  'soy sauce',
  'rice wine vinegar',
  'tamari soy sauce',
  'avocado oil',
  'snap peas',
  'feta cheese',
  'dill weed',
  'skinless boneless chicken',
  'ginger root',
  'yoghurt',
  'tomato purée',
  'ground cashew nuts',
  'pork shoulder boneless',
  'corn tortillas',
  'chuck roast',
  'long-grain rice',
  'black beans',
  'sour cream',
  'navel end brisket or beef flank steak',
  'brown onions',
  'green capsicum',
  'chicken thighs',
  'flank steak',
  'oyster sauce',
  'peanut oil',
  'baby bok choy',
  'shell pasta',
  'high protein cottage cheese',
  'parmigiano reggiano',
  'baby spinach',
  'salmon',
  'plain bread crumbs',
  'chicken breast fillets',
  'yellow cornmeal',
  'almond meal',
  'penne rigate',
  'lean ground beef',
  'ground allspice',
  'ground clove',
  'basmati rice',
  'mutton / lamb',
  'chilli powder',
  'tumeric powder',
  'white flour spaghetti noodles',
  'heavy cream',
  'sliced fresh mushrooms',
  'green onion',
];

/** Names from the same recipes whose food the catalog does not have. */
const NAMES_NOT_IN_CATALOG = [
  'yellow or vanilla boxed cake mix',
  'bubbly active 100% hydration sourdough starter',
  'st. germaine elderflower liqueur',
  'star anise',
  'freekeh',
  'celeriac',
  'tandoori masala',
  'garam masala',
  'achiote paste',
  'pico de gallo',
  'pineapple juice',
  'grapeseed oil',
  'grape seeds oil',
  'potato starch',
  'shaoxing wine',
  'marsala wine',
  'andouille sausage',
  'guajillo chiles',
  'diced green chiles',
];

/** Hand-checked: name → an alias of the right catalog food. */
const EXPECTED: Array<[string, string]> = [
  ['medium rye flour', 'rye flour'],
  ['crisco shortening', 'vegetable shortening'],
  ['self-raising flour', 'self-rising flour'],
  ['icing sugar', 'powdered sugar'],
  ['caster sugar', 'granulated sugar'],
  ['fine sea salt', 'table salt'],
  ['whole eggs', 'egg'],
  ['distilled white vinegar', 'white vinegar'],
  ['fresh cilantro', 'cilantro'],
  ['flat-leaf parsley leaves', 'fresh parsley'],
  ['parmigiano reggiano', 'parmesan'],
  ['chicken breast fillets', 'chicken breast'],
  ['almond meal', 'almonds'],
  ['dill weed', 'dried dill'],
  ['ginger root', 'fresh ginger'],
  ['brown onions', 'onion'],
  ['baby bok choy', 'bok choy'],
  ['crushed san marzano tomatoes', 'crushed tomatoes'],
  ['irish whiskey', 'whiskey'],
  ['white flour spaghetti noodles', 'spaghetti'],
  ['penne rigate', 'penne'],
  ['golden delicious apples', 'apples'],
  ['spanish red wine', 'red wine'],
  ['frozen shelled edamame beans', 'edamame'],
  ['ground cashew nuts', 'cashews'],
  ['navel end brisket or beef flank steak', 'brisket'],
  ['snap peas', 'sugar snap peas'],
  ['yellow cornmeal', 'cornmeal'],
];

describe('FoodMatcher on the recipe names', () => {
  it('matches at least 90 % of names the catalog has with confidence ≥ 0.5', () => {
    const weak = NAMES_IN_CATALOG.filter(
      (name) => (matcher.match(name)?.confidence ?? 0) < 0.5,
    );
    expect(NAMES_IN_CATALOG.length).toBeGreaterThanOrEqual(80);
    expect(weak.length / NAMES_IN_CATALOG.length).toBeLessThanOrEqual(0.1);
  });

  it('never matches a name the catalog lacks with confidence ≥ 0.5', () => {
    const forced = NAMES_NOT_IN_CATALOG.filter(
      (name) => (matcher.match(name)?.confidence ?? 0) >= 0.5,
    );
    expect(forced).toEqual([]);
  });

  it.each(EXPECTED)('matches "%s" to the food of "%s"', (name, alias) => {
    const match = matcher.match(name);
    expect(match?.fdcId).toBe(food(alias).fdcId);
    expect(match?.confidence).toBeGreaterThanOrEqual(0.5);
  });
});

describe('FoodMatcher generic names', () => {
  it('reads "lamb" as a kind of lamb, weakly, with the other kinds', () => {
    // The catalog has no plain lamb, only leg of lamb and ground lamb.
    const found = matcher.match('lamb');
    expect(found?.name).toBe('leg of lamb');
    expect(found?.confidence).toBeGreaterThanOrEqual(0.45);
    expect(found?.confidence).toBeLessThan(0.6);
    expect(found?.alternatives.map((a) => a.name)).toEqual(['ground lamb']);
  });

  it('tries each side of "Mutton / Lamb": the catalog knows lamb', () => {
    expect(matcher.match('mutton / lamb')?.name).toBe('leg of lamb');
  });

  it('keeps "pepper" weak: pepper jack is not a kind of pepper', () => {
    expect(matcher.match('pepper')?.confidence ?? 0).toBeLessThan(0.45);
  });
});
