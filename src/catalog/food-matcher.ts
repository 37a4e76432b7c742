/**
 * Matches a cleaned ingredient name ("cold salted butter") to a catalog food.
 *
 * MiniSearch holds the index of aliases and USDA descriptions, finds the
 * candidate aliases that share a word with the name, and corrects typos.
 * The confidence is ours: how much of the alias the name contains, how much
 * of the name the food explains, and whether the name's last word (its
 * head noun: "pineapple juice" is juice) is explained at all.
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import type { FoodMatch, FoodRef } from '../domain/types.ts';
import type { Food } from './food.ts';
import { DESCRIPTOR_WORDS, FORM_WORDS } from './kitchen-words.ts';
import { alternativeNames, normalizeWords } from './name-normalize.ts';

type Alternative = FoodRef & { confidence: number };

interface Candidate {
  food: number;
  confidence: number;
  /** Name words the food explains; the more, the more specific. */
  covered: number;
  /** Every word of one of the food's aliases is in the name. */
  contained: boolean;
  score: number;
}

interface IndexDoc {
  id: string;
  alias?: string;
  description?: string;
}

/** Below this the best candidate is not worth reporting. */
const MIN_CONFIDENCE = 0.2;
/** Runners-up within this distance of the best are reported with it. */
const CLOSE = 0.15;
const MAX_ALTERNATIVES = 3;
/** A word the catalog does not know counts this much of a known one. */
const UNKNOWN_WEIGHT = 0.3;
/** A form word inside an alias ("canned") counts this much of another. */
const FORM_WEIGHT = 0.3;
/** Each typo corrected by fuzzy search costs this factor. */
const FUZZY_FACTOR = 0.9;
/** Two offered names closer than this are a tie the author's order breaks. */
const OFFER_MARGIN = 0.1;
const EPSILON = 1e-9;

export class FoodMatcher {
  readonly #foods: readonly Food[];
  readonly #aliasWords: string[][] = [];
  readonly #aliasFood: number[] = [];
  /** Alias words in order, and (weaker) the same words in any order. */
  readonly #exact = new Map<string, number>();
  readonly #reordered = new Map<string, number>();
  /** Words of aliases, the only words a typo is corrected to. */
  readonly #vocabulary = new Set<string>();
  /** Words of aliases and descriptions: the catalog knows what they mean. */
  readonly #known = new Set<string>();
  readonly #index: MiniSearch<IndexDoc>;

  constructor(foods: readonly Food[]) {
    this.#foods = foods;
    this.#index = new MiniSearch<IndexDoc>({
      fields: ['alias', 'description'],
      tokenize: (text) => text.split(' '),
      processTerm: (term) => term || null,
    });
    this.#index.addAll(this.#documents());
  }

  /** The best food for a name, or null when nothing is close. */
  match(name: string): FoodMatch | null {
    const words = normalizeWords(name);
    if (words.length === 0) return null;
    const exact = this.#exactFood(words);
    if (exact !== undefined) return this.#result(exact, 1, []);

    const offered = alternativeNames(name);
    const groups = offered.length > 0 ? [...offered, [words]] : [[words]];
    const ranked = groups.map((readings) => this.#rankReadings(readings));
    const chosen = pickOffered(ranked);
    const [top, ...runnersUp] = ranked[chosen] ?? [];
    if (!top || top.confidence < MIN_CONFIDENCE) return null;

    // Foods the author offered instead ("or vegetable stock") come after
    // the close runners-up of the chosen name.
    const offeredFoods = ranked
      .filter((_, i) => i !== chosen && i < offered.length)
      .map((list) => list[0])
      .filter((c): c is Candidate => c !== undefined && c.confidence >= 0.5);
    return this.#result(top.food, capForTies(top, runnersUp), [
      ...runnersUp.filter((c) => c.confidence >= top.confidence - CLOSE),
      ...offeredFoods,
    ]);
  }

  /** Ranks each reading of one offered name and keeps the best reading. */
  #rankReadings(readings: string[][]): Candidate[] {
    let best: Candidate[] = [];
    for (const words of readings) {
      const ranked = this.#rank(words);
      const top = ranked[0];
      if (top && (!best[0] || top.confidence > best[0].confidence + EPSILON)) {
        best = ranked;
      }
    }
    return best;
  }

  #documents(): IndexDoc[] {
    const docs: IndexDoc[] = [];
    this.#foods.forEach((food, foodIndex) => {
      for (const alias of food.aliases) {
        const words = normalizeWords(alias);
        const id = this.#aliasWords.length;
        this.#aliasWords.push(words);
        this.#aliasFood.push(foodIndex);
        this.#exact.set(words.join(' '), foodIndex);
        this.#reordered.set(sortedKey(words), foodIndex);
        for (const word of words) this.#vocabulary.add(word);
        for (const word of words) this.#known.add(word);
        docs.push({ id: `a${id}`, alias: words.join(' ') });
      }
      const description = normalizeWords(food.description);
      for (const word of description) this.#known.add(word);
      docs.push({ id: `d${foodIndex}`, description: description.join(' ') });
    });
    return docs;
  }

  #exactFood(words: string[]): number | undefined {
    return (
      this.#exact.get(words.join(' ')) ?? this.#reordered.get(sortedKey(words))
    );
  }

  /** Candidates for one name, best first, one per food. */
  #rank(rawWords: string[]): Candidate[] {
    const { words, corrections } = this.#correctTypos(rawWords);
    const exact = this.#exactFood(words);
    if (exact !== undefined) {
      const confidence = corrections > 0 ? FUZZY_FACTOR ** corrections : 1;
      return [
        {
          food: exact,
          confidence,
          covered: words.length,
          contained: true,
          score: 0,
        },
      ];
    }

    const weights = words.map((word) => this.#weight(word));
    const total = weights.reduce((sum, w) => sum + w, 0);
    if (total === 0) return [];
    const head = headIndex(weights);
    const results = this.#index.search(words.join(' '), {
      combineWith: 'OR',
      boost: { alias: 3, description: 0.5 },
    });

    const byFood = new Map<number, Candidate>();
    for (const result of results) {
      const candidate = this.#score(result, words, weights, total, head);
      if (!candidate) continue;
      candidate.confidence *= FUZZY_FACTOR ** corrections;
      const seen = byFood.get(candidate.food);
      if (!seen || better(candidate, seen))
        byFood.set(candidate.food, candidate);
    }
    const aliases = results
      .map((r) => String(r.id))
      .filter((id) => id.startsWith('a'))
      .map((id) => Number(id.slice(1)));
    const scale = FUZZY_FACTOR ** corrections;
    this.#mergeContained(byFood, aliases, words, weights, head, scale);
    return [...byFood.values()].sort((a, b) => (better(a, b) ? -1 : 1));
  }

  /** Scores one search hit: an alias, or (weakly) a USDA description. */
  #score(
    result: SearchResult,
    words: string[],
    weights: number[],
    total: number,
    head: number,
  ): Candidate | null {
    const id = String(result.id);
    if (id.startsWith('d')) {
      const food = Number(id.slice(1));
      const known = new Set(result.terms);
      const covered = sumWhere(words, weights, (w) => known.has(w));
      // A description alone never makes a confident match.
      return {
        food,
        confidence: 0.3 * (covered / total),
        covered: 0,
        contained: false,
        score: 0,
      };
    }

    const alias = Number(id.slice(1));
    const aliasWords = this.#aliasWords[alias] ?? [];
    const food = this.#aliasFood[alias] ?? -1;
    const inName = new Set(words);
    const aliasWeights = aliasWords.map((w) =>
      FORM_WORDS.has(w) ? FORM_WEIGHT : 1,
    );
    const aliasCover =
      sumWhere(aliasWords, aliasWeights, (w) => inName.has(w)) /
      aliasWeights.reduce((sum, w) => sum + w, 0);
    const inAlias = new Set(aliasWords);
    const nameCover = sumWhere(words, weights, (w) => inAlias.has(w)) / total;
    const headCovered = inAlias.has(words[head] ?? '');

    const base = (0.6 * aliasCover + 0.4 * nameCover) * aliasCover;
    const confidence = 0.9 * base * (headCovered ? 1 : 0.6);
    const covered = words.filter((w) => inAlias.has(w)).length;
    return { food, confidence, covered, contained: false, score: result.score };
  }

  /**
   * A food whose aliases are all inside the name ("crisco" and "shortening"
   * in "crisco shortening") explains the union of their words. If only
   * descriptor words are left over, the match is as good as exact.
   */
  #mergeContained(
    byFood: Map<number, Candidate>,
    aliases: number[],
    words: string[],
    weights: number[],
    head: number,
    scale: number,
  ): void {
    const total = weights.reduce((sum, w) => sum + w, 0);
    const inName = new Set(words);
    const explained = new Map<number, Set<string>>();
    for (const alias of aliases) {
      const aliasWords = this.#aliasWords[alias] ?? [];
      if (!aliasWords.every((w) => inName.has(w))) continue;
      const food = this.#aliasFood[alias] ?? -1;
      const set = explained.get(food) ?? new Set<string>();
      for (const w of aliasWords) set.add(w);
      explained.set(food, set);
    }

    const headWord = words[head] ?? '';
    for (const [food, set] of explained) {
      const nameCover = sumWhere(words, weights, (w) => set.has(w)) / total;
      const confidence =
        nameCover >= 1
          ? 0.95
          : 0.9 * (0.6 + 0.4 * nameCover) * (set.has(headWord) ? 1 : 0.6);
      const seen = byFood.get(food);
      const candidate: Candidate = {
        food,
        confidence: Math.max(confidence * scale, seen?.confidence ?? 0),
        covered: words.filter((w) => set.has(w)).length,
        contained: true,
        score: seen?.score ?? 0,
      };
      byFood.set(food, candidate);
    }
  }

  /**
   * Replaces words the catalog has never seen by the nearest alias word
   * MiniSearch finds (one edit, two for long words). The first letter must
   * agree: typos rarely hit it, and it keeps "grapeseed" from becoming
   * "rapeseed".
   */
  #correctTypos(words: string[]): { words: string[]; corrections: number } {
    let corrections = 0;
    const corrected = words.map((word) => {
      if (word.length < 5 || this.#vocabulary.has(word)) return word;
      if (DESCRIPTOR_WORDS.has(word)) return word;
      const hits = this.#index.search(word, {
        fields: ['alias'],
        fuzzy: word.length >= 9 ? 2 : 1,
      });
      const fix = hits
        .flatMap((hit) => hit.terms)
        .find((term) => term[0] === word[0] && term !== word);
      if (!fix) return word;
      corrections++;
      return fix;
    });
    return { words: corrected, corrections };
  }

  /** How much a name word counts: descriptors and numbers not at all. */
  #weight(word: string): number {
    if (DESCRIPTOR_WORDS.has(word) || /^\d+$/.test(word)) return 0;
    return this.#known.has(word) ? 1 : UNKNOWN_WEIGHT;
  }

  #result(
    foodIndex: number,
    confidence: number,
    alternatives: Candidate[],
  ): FoodMatch {
    const seen = new Set([foodIndex]);
    const alts: Alternative[] = [];
    for (const c of alternatives) {
      if (seen.has(c.food) || alts.length >= MAX_ALTERNATIVES) continue;
      if (c.confidence < MIN_CONFIDENCE / 2) continue;
      seen.add(c.food);
      // An alternative never reads as surer than the answer.
      const capped = Math.min(c.confidence, confidence);
      alts.push({ ...this.#ref(c.food), confidence: round(capped) });
    }
    return {
      ...this.#ref(foodIndex),
      confidence: round(confidence),
      alternatives: alts,
    };
  }

  #ref(foodIndex: number): FoodRef {
    const food = this.#foods[foodIndex];
    if (!food) throw new RangeError(`no food at index ${foodIndex}`);
    return {
      fdcId: food.fdcId,
      name: food.name,
      description: food.description,
    };
  }
}

/**
 * Which offered name to use: the author's first one, unless a later one
 * matches clearly better.
 */
function pickOffered(ranked: Candidate[][]): number {
  const tops = ranked.map((list) => list[0]?.confidence ?? 0);
  const best = Math.max(...tops);
  return tops.findIndex((c) => c >= best - OFFER_MARGIN);
}

/**
 * When another food explains the name as well, the name is ambiguous: the
 * confidence drops below 0.5 as the gap closes, so the caller reports it.
 * A food whose alias the name contains is only tied by another such food
 * explaining as many words ("hot smoked salmon" is smoked salmon, not tied
 * with salmon).
 */
function capForTies(top: Candidate, runnersUp: Candidate[]): number {
  const rival = top.contained
    ? runnersUp.find((c) => c.contained && c.covered >= top.covered)
    : runnersUp[0];
  const second = rival?.confidence ?? 0;
  return Math.min(top.confidence, 0.45 + (top.confidence - second));
}

function better(a: Candidate, b: Candidate): boolean {
  if (Math.abs(a.confidence - b.confidence) > EPSILON) {
    return a.confidence > b.confidence;
  }
  if (a.covered !== b.covered) return a.covered > b.covered;
  if (a.score !== b.score) return a.score > b.score;
  return a.food < b.food;
}

function sortedKey(words: string[]): string {
  return [...words].sort().join(' ');
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
function headIndex(weights: number[]): number {
  const known = weights.lastIndexOf(1);
  if (known >= 0) return known;
  for (let i = weights.length - 1; i >= 0; i--) {
    if ((weights[i] ?? 0) > 0) return i;
  }
  return -1;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
