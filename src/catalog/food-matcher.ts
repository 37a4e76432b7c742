/**
 * Matches a cleaned ingredient name ("cold salted butter") to a catalog food.
 *
 * MiniSearch holds the index of aliases and USDA descriptions, finds the
 * candidate aliases that share a word with the name, and corrects typos.
 * The confidence is ours: how much of the alias the name contains, how much
 * of the name the food explains, and whether the name's last word (its
 * head noun: "pineapple juice" is juice) is explained at all.
 */
import MiniSearch from 'minisearch';
import type { FoodMatch, FoodRef } from '../domain/types.ts';
import type { Food } from './food.ts';
import {
  type AliasEntry,
  type Candidate,
  type NameProfile,
  better,
  capForTies,
  CONTRADICTED_FACTOR,
  contradicts,
  DESCRIPTOR_WORDS,
  EPSILON,
  FORM_WEIGHT,
  FORM_WORDS,
  headIndex,
  mergeContained,
  scoreAlias,
  scoreDescription,
  sum,
  wordWeight,
} from './match-score.ts';
import { alternativeNames, normalizeWords } from './name-normalize.ts';

type Alternative = FoodRef & { confidence: number };

interface IndexDoc {
  id: number;
  alias?: string;
  description?: string;
}

/** Below this the best candidate is not worth reporting. */
const MIN_CONFIDENCE = 0.2;
/** Runners-up within this distance of the best are reported with it. */
const CLOSE = 0.15;
const MAX_ALTERNATIVES = 3;
/** Each typo corrected by fuzzy search costs this factor. */
const FUZZY_FACTOR = 0.9;
/** Two offered names closer than this are a tie the author's order breaks. */
const OFFER_MARGIN = 0.1;
const CORRECTION_CACHE_SIZE = 10_000;
/**
 * A generic name ("lamb") read as any of its kinds: enough to use, and
 * below the weak-match line once the kinds tie.
 */
const GENERIC_CONFIDENCE = 0.5;
/**
 * Only a name no kind explains well is read as generic ("lamb" scores
 * 0.315 against "ground lamb"); "red peppers" already ties at 0.45 among
 * its readings and keeps its own order.
 */
const GENERIC_BELOW = 0.4;

export class FoodMatcher {
  readonly #foods: readonly Food[];
  /** Alias number → its words; MiniSearch ids below #aliases.length. */
  readonly #aliases: AliasEntry[] = [];
  /** Alias words in order, and (weaker) the same words in any order. */
  readonly #exact = new Map<string, number>();
  readonly #reordered = new Map<string, number>();
  /** Words of aliases, the only words a typo is corrected to. */
  readonly #vocabulary = new Set<string>();
  /** Words of aliases and descriptions: the catalog knows what they mean. */
  readonly #known = new Set<string>();
  /** Per food: the words of its aliases and of its description. */
  readonly #foodWords: Set<string>[] = [];
  /** Typo corrections already looked up; null when there was none. */
  readonly #corrections = new Map<string, string | null>();
  readonly #index: MiniSearch<IndexDoc>;

  constructor(foods: readonly Food[]) {
    this.#foods = foods;
    this.#index = new MiniSearch<IndexDoc>({
      fields: ['alias', 'description'],
      tokenize: (text) => text.split(' '),
      processTerm: (term) => term || null,
      searchOptions: { boost: { alias: 3, description: 0.5 } },
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

  #documents(): IndexDoc[] {
    const docs: IndexDoc[] = [];
    this.#foods.forEach((food, foodIndex) => {
      for (const alias of food.aliases) {
        const words = normalizeWords(alias);
        const weights = words.map((w) => (FORM_WORDS.has(w) ? FORM_WEIGHT : 1));
        this.#exact.set(words.join(' '), foodIndex);
        this.#reordered.set(sortedKey(words), foodIndex);
        for (const word of words) this.#vocabulary.add(word);
        for (const word of words) this.#wordsOf(foodIndex).add(word);
        docs.push({ id: this.#aliases.length, alias: words.join(' ') });
        this.#aliases.push({
          food: foodIndex,
          words,
          weights,
          total: sum(weights),
        });
      }
    });
    this.#foods.forEach((food, foodIndex) => {
      const words = normalizeWords(food.description);
      for (const word of words) this.#wordsOf(foodIndex).add(word);
      docs.push({
        id: this.#aliases.length + foodIndex,
        description: words.join(' '),
      });
    });
    for (const word of this.#vocabulary) this.#known.add(word);
    for (const doc of docs) {
      for (const word of doc.description?.split(' ') ?? [])
        this.#known.add(word);
    }
    return docs;
  }

  #wordsOf(foodIndex: number): Set<string> {
    return (this.#foodWords[foodIndex] ??= new Set());
  }

  #exactFood(words: string[]): number | undefined {
    return (
      this.#exact.get(words.join(' ')) ?? this.#reordered.get(sortedKey(words))
    );
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

  /**
   * Candidates for one name, best first, one per food. A typo correction
   * is kept only when the food it leads to holds without guessing: it must
   * explain the corrected word, and explain one of the name's other words
   * too if the name has any. "garam masala" is not "garam marsala" (dessert
   * wine explains nothing of "garam"), and "cracked black pepper" needs no
   * "cracker"; "tumeric powder" is still turmeric, as "powder" only
   * describes it. A lone unknown word ("masala" alone) cannot be told from
   * a typo this way and is still corrected.
   */
  #rank(rawWords: string[]): Candidate[] {
    const { words, fixed } = this.#correctTypos(rawWords);
    if (fixed.length > 0) {
      const corrected = this.#rankWords(words, FUZZY_FACTOR ** fixed.length);
      const top = corrected[0];
      if (top && this.#correctionHolds(top.food, words, fixed)) {
        return corrected;
      }
    }
    return this.#rankWords(rawWords, 1);
  }

  #correctionHolds(food: number, words: string[], fixed: number[]): boolean {
    const explains = this.#foodWords[food] ?? new Set<string>();
    if (!fixed.some((i) => explains.has(words[i] ?? ''))) return false;
    const others = words.filter(
      (w, i) => !fixed.includes(i) && wordWeight(w, this.#known) > 0,
    );
    return others.length === 0 || others.some((w) => explains.has(w));
  }

  #rankWords(words: string[], scale: number): Candidate[] {
    const exact = this.#exactFood(words);
    if (exact !== undefined) {
      const covered = words.length;
      return [
        { food: exact, confidence: scale, covered, contained: true, score: 0 },
      ];
    }

    const name = this.#profile(words);
    if (name.total === 0) return [];
    const query = words.filter((_, i) => (name.weights[i] ?? 0) > 0);
    const byFood = new Map<number, Candidate>();
    const contained: AliasEntry[] = [];
    for (const result of this.#index.search(query.join(' '))) {
      const id = Number(result.id);
      const alias = this.#aliases[id];
      const candidate = alias
        ? scoreAlias(alias, name, result.score)
        : scoreDescription(id - this.#aliases.length, name, result.terms);
      if (alias && alias.words.every((w) => name.set.has(w))) {
        contained.push(alias);
      }
      candidate.confidence *= scale;
      const seen = byFood.get(candidate.food);
      if (!seen || better(candidate, seen))
        byFood.set(candidate.food, candidate);
    }
    mergeContained(byFood, contained, name, scale);
    for (const candidate of byFood.values()) {
      const description = this.#foods[candidate.food]?.description ?? '';
      if (contradicts(name, description)) {
        candidate.confidence *= CONTRADICTED_FACTOR;
      }
    }
    const ranked = [...byFood.values()].sort((a, b) => (better(a, b) ? -1 : 1));
    return this.#generic(ranked, name, scale);
  }

  /**
   * "lamb" when the catalog has only ground lamb and leg of lamb: every
   * close candidate is a kind of the name (its alias ends in the name's
   * head and holds all its words), so the name is the generic food and
   * any of them is a fair reading. They are raised to GENERIC_CONFIDENCE,
   * which the tie between them caps to a weak match reported with its
   * alternatives, and the plainest kind comes first: a cut ("leg of lamb")
   * before a prepared form ("ground lamb"). "pepper" is not generic: one
   * of its candidates is pepper jack, which is not a kind of pepper.
   */
  #generic(ranked: Candidate[], name: NameProfile, scale: number): Candidate[] {
    const top = ranked[0];
    const level = GENERIC_CONFIDENCE * scale;
    if (!top || top.confidence >= GENERIC_BELOW * scale) return ranked;
    const close = ranked.filter((c) => c.confidence >= top.confidence - CLOSE);
    const kinds = close.map((c) => this.#kindAlias(c.food, name));
    if (close.length < 2 || kinds.some((k) => k === undefined)) return ranked;
    const prepared = (i: number): number =>
      kinds[i]!.some((w) => !name.set.has(w) && DESCRIPTOR_WORDS.has(w))
        ? 1
        : 0;
    const order = close
      .map((c, i) => ({ c, i }))
      .sort((a, b) => prepared(a.i) - prepared(b.i));
    const raised = order.map(({ c }) => ({ ...c, confidence: level }));
    return [...raised, ...ranked.slice(close.length)];
  }

  /** An alias of the food that is a kind of the name, if it has one. */
  #kindAlias(food: number, name: NameProfile): string[] | undefined {
    const content = name.words.filter((_, i) => (name.weights[i] ?? 0) > 0);
    return this.#aliasesOf(food).find(
      (words) =>
        words.at(-1) === name.head && content.every((w) => words.includes(w)),
    );
  }

  #aliasesOf(food: number): string[][] {
    return this.#aliases.filter((a) => a.food === food).map((a) => a.words);
  }

  #profile(words: string[]): NameProfile {
    const weights = words.map((word) => wordWeight(word, this.#known));
    return {
      words,
      weights,
      total: sum(weights),
      head: words[headIndex(weights)] ?? '',
      set: new Set(words),
    };
  }

  /**
   * Replaces words the catalog has never seen by the nearest alias word
   * MiniSearch finds (one edit, two from ten letters). The first letter must
   * agree: typos rarely hit it, and it keeps "grapeseed" from becoming
   * "rapeseed".
   */
  #correctTypos(words: string[]): { words: string[]; fixed: number[] } {
    const fixed: number[] = [];
    const corrected = words.map((word, i) => {
      const fix = this.#correction(word);
      if (fix === null) return word;
      fixed.push(i);
      return fix;
    });
    return { words: corrected, fixed };
  }

  #correction(word: string): string | null {
    if (word.length < 5 || this.#vocabulary.has(word)) return null;
    if (DESCRIPTOR_WORDS.has(word)) return null;
    const cached = this.#corrections.get(word);
    if (cached !== undefined) return cached;

    const hits = this.#index.search(word, {
      fields: ['alias'],
      fuzzy: word.length >= 10 ? 2 : 1,
    });
    const fix =
      hits
        .flatMap((hit) => hit.terms)
        .find((term) => term[0] === word[0] && term !== word) ?? null;
    // Names are open-ended; forget everything rather than grow unbounded.
    if (this.#corrections.size >= CORRECTION_CACHE_SIZE) {
      this.#corrections.clear();
    }
    this.#corrections.set(word, fix);
    return fix;
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

function sortedKey(words: string[]): string {
  return [...words].sort().join(' ');
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
