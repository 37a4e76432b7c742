import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FoodMatcher } from '../../src/catalog/food-matcher.ts';
import type { Food } from '../../src/catalog/food.ts';
import { MIN_MATCH } from '../../src/agents/recipe-engineer/recipe-engineer.ts';

const read = (file: string) =>
  JSON.parse(
    readFileSync(new URL(`../../data/usda/${file}`, import.meta.url), 'utf8'),
  ) as Food[];
const foods = [...read('ingredients.json'), ...read('ingredients-extra.json')];
const matcher = new FoodMatcher(foods);
const byAlias = (alias: string) =>
  foods.find((f) => f.aliases.includes(alias))!;

/** The food the engineer would attach: null below MIN_MATCH. */
function used(name: string) {
  const m = matcher.match(name);
  return m && m.confidence >= MIN_MATCH ? m : null;
}

describe('FoodMatcher: a typo correction must not carry the match alone', () => {
  // The catalog has no spice blends; "masala" is one edit from the alias
  // "marsala" (dessert wine), which explains nothing of "garam".
  it.each(['garam masala', 'tandoori masala', 'chaat masala'])(
    'leaves %j unmatched rather than call it dessert wine',
    (name) => {
      expect(used(name)).toBeNull();
    },
  );

  it('does not graft a wine onto "chicken tikka masala paste"', () => {
    expect(used('chicken tikka masala paste')?.fdcId).not.toBe(
      byAlias('marsala').fdcId,
    );
  });

  it('still corrects a lone misspelt food: "tumeric powder" is turmeric', () => {
    // "powder" only describes the food, so "tumeric" is the whole name.
    const m = matcher.match('tumeric powder');
    expect(m?.fdcId).toBe(byAlias('turmeric').fdcId);
  });

  it('keeps a correction another word of the name backs: "parmesean cheese"', () => {
    expect(matcher.match('parmesean cheese')?.fdcId).toBe(
      byAlias('parmesan').fdcId,
    );
  });

  it('drops a correction the match does not use: "cracked" is not "cracker"', () => {
    // Black pepper explains "black pepper"; the corrected reading cost a
    // typo penalty (× 0.9) for a word the match never used. "cracked" now
    // counts as any unknown word does ("blorbed", one edit from nothing).
    const corrected = matcher.match('cracked black pepper');
    const plain = matcher.match('blorbed black pepper');
    expect(corrected?.fdcId).toBe(byAlias('black pepper').fdcId);
    expect(corrected?.confidence).toBe(plain?.confidence);
  });

  it('reads "tahini" exactly and finds nothing for "mirin"', () => {
    expect(matcher.match('tahini')?.confidence).toBe(1);
    expect(used('mirin')).toBeNull();
  });

  it('still reads a lone "masala" as marsala: one unknown word looks like a typo', () => {
    // Without a vocabulary of foods outside the catalog, a single word one
    // edit from an alias cannot be told from a misspelling of it.
    expect(matcher.match('masala')?.fdcId).toBe(byAlias('marsala').fdcId);
  });
});

describe('FoodMatcher: compatibility forms', () => {
  it('folds the ligature of "\uFB02our" (NFKD) and matches flour exactly', () => {
    expect(matcher.match('\uFB02our')).toMatchObject({
      fdcId: byAlias('flour').fdcId,
      confidence: 1,
    });
  });
});
