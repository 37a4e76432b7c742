/**
 * How well a catalog alias explains an ingredient name. The food matcher
 * finds candidates; these rules turn them into a confidence: how much of
 * the alias the name contains, how much of the name the food explains, and
 * whether the name's head noun ("pineapple juice" is juice) is explained.
 */

/** Descriptor words: preparation. */
const PREPARATION = wordSet(`
  fresh freshly chopped finely coarsely roughly thinly minced diced sliced
  grated shredded crushed ground melted softened beaten whisked sifted
  packed loosely lightly firmly peeled seeded pitted trimmed cubed halved
  quartered drained rinsed shelled deveined toasted roasted smoked cut
  torn zested juiced washed boneless skinless bone skin on in
`);
/** Descriptor words: temperature and state. */
const STATE = wordSet(`
  cold warm warmed hot chilled boiling ice iced frozen thawed defrosted
  canned raw room temperature
`);
/** Descriptor words: quality and provenance. */
const QUALITY = wordSet(`
  good quality best organic cage free range pure ripe firm plain natural
  homemade store bought premium extra low reduced sodium mild spicy
`);
/** Descriptor words: size and amount. */
const SIZE = wordSet(`
  large medium small jumbo big mini baby whole thick thin coarse heaping
  scant level generous
`);
/** Descriptor words: pieces and count words. */
const PIECES = wordSet(`
  piece chunk leaf stick stalk rib sprig bunch head cube wedge half fillet
  flesh powder
`);
/** Descriptor words: units, in case the parser leaves one behind. */
const UNITS = wordSet(`
  cup tbsp tbs tsp tablespoon teaspoon g gram kg oz ounce lb pound ml l
  liter litre pinch dash handful can jar package packet bottle bag
`);

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
  ...PREPARATION,
  ...STATE,
  ...QUALITY,
  ...SIZE,
  ...PIECES,
  ...UNITS,
]);

/**
 * Descriptor words that, inside an alias, name the form a food is sold in
 * ("canned pumpkin"). A name without them ("100% pure pumpkin") still points
 * at that food, so they count little towards covering the alias. Forms that
 * change the food's use ("ground", "whole", sizes) are not here.
 */
export const FORM_WORDS: ReadonlySet<string> = wordSet(`
  fresh frozen canned raw plain
`);

export interface Candidate {
  food: number;
  confidence: number;
  /** Name words the food explains; the more, the more specific. */
  covered: number;
  /** Every word of one of the food's aliases is in the name. */
  contained: boolean;
  score: number;
}

export interface AliasEntry {
  food: number;
  words: string[];
  /** Per word: 1, or FORM_WEIGHT for a form word ("canned"). */
  weights: number[];
  total: number;
}

/** A name prepared for scoring. */
export interface NameProfile {
  words: string[];
  /** Per word: 0 for descriptors, UNKNOWN_WEIGHT for unknown words, else 1. */
  weights: number[];
  total: number;
  /** The head noun: "juice" in "pineapple juice". */
  head: string;
  set: Set<string>;
}

/**
 * Name words that rule out a food whose USDA description says the
 * opposite: "skinless" chicken is not "meat and skin", "unsalted" peanuts
 * are not "with salt". Such a food keeps CONTRADICTED_FACTOR of its
 * confidence, so a food that does not contradict the name wins, and when
 * it is the only one it is reported as weak.
 */
const CONTRADICTIONS: ReadonlyArray<readonly [string, RegExp]> = [
  ['skinless', /\b(?:meat and skin|with skin)\b/i],
  ['unsalted', /\bwith salt\b/i],
];
export const CONTRADICTED_FACTOR = 0.5;

export function contradicts(name: NameProfile, description: string): boolean {
  return CONTRADICTIONS.some(
    ([word, opposite]) => name.set.has(word) && opposite.test(description),
  );
}

/** A word the catalog does not know counts this much of a known one. */
const UNKNOWN_WEIGHT = 0.3;
/** A form word inside an alias ("canned") counts this much of another. */
export const FORM_WEIGHT = 0.3;
/** A name whose aliases-but-descriptors all match. */
const CONTAINED_CONFIDENCE = 0.95;
/** The most a match that leaves content words unexplained can reach. */
const PARTIAL_CEILING = 0.9;
/** A match that leaves the head noun unexplained keeps this share. */
const HEADLESS_FACTOR = 0.6;
/** The most a match on a USDA description alone can reach. */
const DESCRIPTION_CEILING = 0.3;
export const EPSILON = 1e-9;

/** How much a name word counts: descriptors and numbers not at all. */
export function wordWeight(word: string, known: ReadonlySet<string>): number {
  if (DESCRIPTOR_WORDS.has(word) || /^\d+$/.test(word)) return 0;
  return known.has(word) ? 1 : UNKNOWN_WEIGHT;
}

/** Scores an alias the search found against the name. */
export function scoreAlias(
  alias: AliasEntry,
  name: NameProfile,
  score: number,
): Candidate {
  const aliasSet = new Set(alias.words);
  const aliasCover =
    sumWhere(alias.words, alias.weights, (w) => name.set.has(w)) / alias.total;
  const nameCover =
    sumWhere(name.words, name.weights, (w) => aliasSet.has(w)) / name.total;
  const head = aliasSet.has(name.head) ? 1 : HEADLESS_FACTOR;
  const base = (0.6 * aliasCover + 0.4 * nameCover) * aliasCover;
  return {
    food: alias.food,
    confidence: PARTIAL_CEILING * base * head,
    covered: name.words.filter((w) => aliasSet.has(w)).length,
    contained: false,
    score,
  };
}

/** A USDA description alone never makes a confident match. */
export function scoreDescription(
  food: number,
  name: NameProfile,
  terms: string[],
): Candidate {
  const found = new Set(terms);
  const cover = sumWhere(name.words, name.weights, (w) => found.has(w));
  const confidence = DESCRIPTION_CEILING * (cover / name.total);
  return { food, confidence, covered: 0, contained: false, score: 0 };
}

/**
 * A food whose aliases are all inside the name ("crisco" and "shortening"
 * in "crisco shortening") explains the union of their words. If only
 * descriptor words are left over, the match is as good as exact.
 */
export function mergeContained(
  byFood: Map<number, Candidate>,
  contained: AliasEntry[],
  name: NameProfile,
  scale: number,
): void {
  const explained = new Map<number, Set<string>>();
  for (const alias of contained) {
    const set = explained.get(alias.food) ?? new Set<string>();
    for (const w of alias.words) set.add(w);
    explained.set(alias.food, set);
  }

  for (const [food, set] of explained) {
    const cover = sumWhere(name.words, name.weights, (w) => set.has(w));
    const nameCover = cover / name.total;
    const head = set.has(name.head) ? 1 : HEADLESS_FACTOR;
    const confidence =
      nameCover >= 1
        ? CONTAINED_CONFIDENCE
        : PARTIAL_CEILING * (0.6 + 0.4 * nameCover) * head;
    const seen = byFood.get(food);
    byFood.set(food, {
      food,
      confidence: Math.max(confidence * scale, seen?.confidence ?? 0),
      covered: name.words.filter((w) => set.has(w)).length,
      contained: true,
      score: seen?.score ?? 0,
    });
  }
}

/**
 * When another food explains the name as well, the name is ambiguous: the
 * confidence drops below 0.5 as the gap closes, so the caller reports it
 * (a gap of 0.25 or more leaves it alone).
 * A food whose alias the name contains is only tied by another such food
 * explaining as many words ("hot smoked salmon" is smoked salmon, not tied
 * with salmon).
 */
export function capForTies(top: Candidate, runnersUp: Candidate[]): number {
  const rival = top.contained
    ? runnersUp.find((c) => c.contained && c.covered >= top.covered)
    : runnersUp[0];
  const second = rival?.confidence ?? 0;
  return Math.min(top.confidence, 0.45 + 2 * (top.confidence - second));
}

export function better(a: Candidate, b: Candidate): boolean {
  if (Math.abs(a.confidence - b.confidence) > EPSILON) {
    return a.confidence > b.confidence;
  }
  if (a.covered !== b.covered) return a.covered > b.covered;
  if (a.score !== b.score) return a.score > b.score;
  return a.food < b.food;
}

export function sum(values: number[]): number {
  return values.reduce((total, v) => total + v, 0);
}

function sumWhere(
  words: string[],
  weights: number[],
  test: (word: string) => boolean,
): number {
  return words.reduce(
    (sum, w, i) => sum + (test(w) ? (weights[i] ?? 0) : 0),
    0,
  );
}

/**
 * The name's head noun: its last word the catalog knows, or failing that its
 * last counted word. A trailing unknown word is more often a variety or a
 * foreign qualifier ("penne rigate") than the food itself.
 */
export function headIndex(weights: number[]): number {
  const known = weights.lastIndexOf(1);
  if (known >= 0) return known;
  for (let i = weights.length - 1; i >= 0; i--) {
    if ((weights[i] ?? 0) > 0) return i;
  }
  return -1;
}

function wordSet(text: string): ReadonlySet<string> {
  return new Set(text.trim().split(/\s+/));
}
