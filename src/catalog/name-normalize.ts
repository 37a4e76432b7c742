/**
 * Turns an ingredient name or a catalog alias into comparable words. Both
 * sides go through the same steps, so a rule only has to be consistent, not
 * linguistically perfect ("olives" and "olive" both become "olive").
 */

/** Words that carry no meaning for matching, on either side. */
const STOP_WORDS: ReadonlySet<string> = new Set(
  `a an the of for to with but and about some each your choice de optional x`.split(
    ' ',
  ),
);

/**
 * British, variant and mis-spellings mapped word for word onto the spelling
 * the aliases use. Applied before plurals are folded.
 */
const SPELLINGS: ReadonlyMap<string, string> = new Map([
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
const SYNONYMS: ReadonlyArray<readonly [string, string]> = [
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
  // marmalade is a citrus preserve; USDA files both as jams and preserves
  ['marmalade', 'jam'],
];

/**
 * Words of a name: lower-case, unaccented, singular, without stop words.
 * Digits stay words of their own, so "2% milk" and "dark chocolate 70-85%"
 * keep what tells them apart.
 */
export function normalizeWords(text: string): string[] {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((word) => word.length > 0)
    .map((word) => singular(SPELLINGS.get(word) ?? word))
    .filter((word) => !STOP_WORDS.has(word));
  return applySynonyms(words);
}

/**
 * Splits a name that offers alternatives ("chicken or vegetable stock",
 * "mutton / lamb", "salt & pepper") into the names it offers, in the
 * author's order; empty when it offers none. Each alternative is a list of
 * readings, the likelier first: a single leading word may share the rest of
 * the phrase, so "chicken or vegetable stock" reads "chicken stock" first,
 * then "chicken".
 */
export function alternativeNames(text: string): string[][][] {
  const parts = text
    .split(/\s+or\s+|\s*\/\s*|\s*&\s*|\s+and\s+/i)
    .map(normalizeWords)
    .filter((words) => words.length > 0);
  if (parts.length < 2) return [];

  const last = parts[parts.length - 1] ?? [];
  const shared = last.slice(1);
  return parts.map((words) =>
    words.length === 1 && words !== last && shared.length > 0
      ? [[...words, ...shared], words]
      : [words],
  );
}

/**
 * Folds English plurals. Irregular forms ("leaves") are in SPELLINGS; words
 * ending in -ss, -us or -is are left alone (molasses excepted, harmlessly).
 */
function singular(word: string): string {
  if (word.length <= 3) return word;
  if (/(ss|us|is)$/.test(word)) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('oes')) return word.slice(0, -2);
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

const SYNONYM_WORDS = SYNONYMS.map(
  ([from, to]) => [from.split(' '), to.split(' ')] as const,
);

function applySynonyms(words: string[]): string[] {
  let result = words;
  for (const [from, to] of SYNONYM_WORDS) {
    const at = indexOfRun(result, from);
    if (at >= 0) {
      result = [
        ...result.slice(0, at),
        ...to,
        ...result.slice(at + from.length),
      ];
    }
  }
  return result;
}

function indexOfRun(words: string[], run: readonly string[]): number {
  for (let i = 0; i + run.length <= words.length; i++) {
    if (run.every((word, j) => words[i + j] === word)) return i;
  }
  return -1;
}
