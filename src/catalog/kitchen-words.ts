/**
 * Word lists the food matcher needs beside the catalog's own aliases. All
 * entries are in normalised form: lower-case, no accents, singular.
 */

/**
 * Words that say how a food is prepared, sized or judged, never which food
 * it is. They are ignored when they are left over after an alias has
 * matched, so "cold salted butter" is salted butter and "frozen raspberries"
 * is raspberries. They still count when an alias contains them, which is why
 * "frozen peas" and "smoked paprika" keep their own foods.
 *
 * "cooked", "dried", "dry", "light", "sweet" and "unsweetened" are absent on
 * purpose: they change the food (cooked rice, dried apricots, light corn
 * syrup), so a leftover one lowers confidence instead.
 */
export const DESCRIPTOR_WORDS: ReadonlySet<string> = new Set([
  // preparation
  'fresh',
  'freshly',
  'chopped',
  'finely',
  'coarsely',
  'roughly',
  'thinly',
  'minced',
  'diced',
  'sliced',
  'grated',
  'shredded',
  'crushed',
  'ground',
  'melted',
  'softened',
  'beaten',
  'whisked',
  'sifted',
  'packed',
  'loosely',
  'lightly',
  'firmly',
  'peeled',
  'seeded',
  'pitted',
  'trimmed',
  'cubed',
  'halved',
  'quartered',
  'drained',
  'rinsed',
  'shelled',
  'deveined',
  'toasted',
  'roasted',
  'smoked',
  'cut',
  'torn',
  'zested',
  'juiced',
  'washed',
  'boneless',
  'skinless',
  'bone',
  'skin',
  'on',
  'in',
  // temperature and state
  'cold',
  'warm',
  'warmed',
  'hot',
  'chilled',
  'boiling',
  'ice',
  'iced',
  'frozen',
  'thawed',
  'defrosted',
  'canned',
  'raw',
  'room',
  'temperature',
  // quality and provenance
  'good',
  'quality',
  'best',
  'organic',
  'cage',
  'free',
  'range',
  'pure',
  'ripe',
  'firm',
  'plain',
  'natural',
  'homemade',
  'store',
  'bought',
  'premium',
  'extra',
  'low',
  'reduced',
  'sodium',
  'mild',
  'spicy',
  // size and amount
  'large',
  'medium',
  'small',
  'jumbo',
  'big',
  'mini',
  'baby',
  'whole',
  'thick',
  'thin',
  'coarse',
  'heaping',
  'scant',
  'level',
  'generous',
  // pieces and count words
  'piece',
  'chunk',
  'leaf',
  'stick',
  'stalk',
  'rib',
  'sprig',
  'bunch',
  'head',
  'cube',
  'wedge',
  'half',
  'fillet',
  'flesh',
  'powder',
  // units, in case the parser leaves one behind
  'cup',
  'tbsp',
  'tbs',
  'tsp',
  'tablespoon',
  'teaspoon',
  'g',
  'gram',
  'kg',
  'oz',
  'ounce',
  'lb',
  'pound',
  'ml',
  'l',
  'liter',
  'litre',
  'pinch',
  'dash',
  'handful',
  'can',
  'jar',
  'package',
  'packet',
  'bottle',
  'bag',
]);

/**
 * Descriptor words that, inside an alias, name the form a food is sold in
 * ("canned pumpkin"). A name without them ("100% pure pumpkin") still points
 * at that food, so they count little towards covering the alias. Forms that
 * change the food's use ("ground", "whole", sizes) are not here.
 */
export const FORM_WORDS: ReadonlySet<string> = new Set([
  'fresh',
  'frozen',
  'canned',
  'raw',
  'plain',
]);

/** Words that carry no meaning for matching, on either side. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'of',
  'for',
  'to',
  'with',
  'but',
  'and',
  'about',
  'some',
  'each',
  'your',
  'choice',
  'de',
  'optional',
  'x',
]);

/**
 * British, variant and mis-spellings mapped word for word onto the spelling
 * the aliases use. Applied before plurals are folded.
 */
export const SPELLINGS: ReadonlyMap<string, string> = new Map([
  ['yoghurt', 'yogurt'],
  ['yoghourt', 'yogurt'],
  ['chilli', 'chili'],
  ['chillies', 'chili'],
  ['chilies', 'chili'],
  ['chile', 'chili'],
  ['chiles', 'chili'],
  ['gelatine', 'gelatin'],
  ['courgette', 'zucchini'],
  ['courgettes', 'zucchini'],
  ['castor', 'caster'],
  ['whisky', 'whiskey'],
  ['leafs', 'leaf'],
  ['leaves', 'leaf'],
  ['halves', 'half'],
  ['loaves', 'loaf'],
]);

/**
 * Kitchen synonyms the aliases lack: each replaces a word sequence in a name
 * before matching. Every entry is a real culinary equivalence, not a fix for
 * one recipe.
 */
export const SYNONYMS: ReadonlyArray<readonly [string, string]> = [
  // UK name for cornstarch
  ['cornflour', 'cornstarch'],
  // UK/Australian name for bell pepper
  ['capsicum', 'bell pepper'],
  // UK "mince" is ground meat ("beef mince")
  ['mince', 'ground'],
  // citrus rind is the peel (zest) the catalog lists
  ['rind', 'peel'],
  // almond meal and almond flour are ground almonds
  ['almond meal', 'almond'],
  ['almond flour', 'almond'],
  // "edamame beans" is the same pod bean
  ['edamame bean', 'edamame'],
  // US usage calls long pasta "noodles"
  ['spaghetti noodle', 'spaghetti'],
  ['linguine noodle', 'linguine'],
  ['fettuccine noodle', 'fettuccine'],
  // sultanas are golden raisins
  ['sultana', 'raisin'],
];
