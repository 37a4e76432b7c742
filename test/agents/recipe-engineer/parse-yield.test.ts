import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  parseYield,
  type ParsedYield,
} from '../../../src/agents/recipe-engineer/parse-yield.ts';
import type { RecipeInput } from '../../../src/domain/types.ts';

const recipes = JSON.parse(
  readFileSync(
    new URL('../../../data/recipes/recipes.json', import.meta.url),
    'utf8',
  ),
) as RecipeInput[];

/** Yields verbatim from recipes.json; a range counts as its low end. */
// prettier-ignore
const FROM_DATA: Array<[string, ParsedYield]> = [
  ['22 cookies', { servings: 22, servingsMax: null, unit: 'cookies' }],
  ['28-32 cookies', { servings: 28, servingsMax: 32, unit: 'cookies' }],
  ['36 up to 48 cookies', { servings: 36, servingsMax: 48, unit: 'cookies' }],
  ['Makes 12 to 16 pieces', { servings: 12, servingsMax: 16, unit: 'pieces' }],
  ['12 servings', { servings: 12, servingsMax: null, unit: 'servings' }],
  ['10 - 12 serving(s)', { servings: 10, servingsMax: 12, unit: 'servings' }],
  ['2 loaves', { servings: 2, servingsMax: null, unit: 'loaves' }],
  ['Serves 4', { servings: 4, servingsMax: null, unit: 'servings' }],
  ['Servings: 4-6', { servings: 4, servingsMax: 6, unit: 'servings' }],
  ['20 (5 cups)', { servings: 20, servingsMax: null, unit: null }],
  ['48 tablespoons', { servings: 48, servingsMax: null, unit: 'tablespoons' }],
  ['6 (as a side dish)', { servings: 6, servingsMax: null, unit: null }],
  ['5 People', { servings: 5, servingsMax: null, unit: 'people' }],
  ['3 to 4 servings', { servings: 3, servingsMax: 4, unit: 'servings' }],
  ['4-5', { servings: 4, servingsMax: 5, unit: null }],
  ['1 cocktail', { servings: 1, servingsMax: null, unit: 'cocktail' }],
];

// prettier-ignore
const WRITTEN: Array<[string, ParsedYield]> = [
  // 3 dozen = 3 × 12 = 36
  ['Makes about 3 dozen', { servings: 36, servingsMax: null, unit: null }],
  ['Serves 4-6', { servings: 4, servingsMax: 6, unit: 'servings' }],
  ['Yield: 2 to 3 dozen cookies', { servings: 24, servingsMax: 36, unit: 'cookies' }],
  ['Serves\u00A08', { servings: 8, servingsMax: null, unit: 'servings' }],
];

const NOTHING = { servings: null, servingsMax: null, unit: null };

describe('parseYield', () => {
  it('quotes every yield verbatim from recipes.json', () => {
    const yields = new Set(recipes.map((r) => r.yield));
    const missing = FROM_DATA.map(([y]) => y).filter((y) => !yields.has(y));
    expect(missing).toEqual([]);
  });

  it.each(FROM_DATA)('reads %j', (text, expected) => {
    expect(parseYield(text)).toEqual(expected);
  });

  it.each(WRITTEN)('reads %j', (text, expected) => {
    expect(parseYield(text)).toEqual(expected);
  });

  it.each([undefined, '', 'a lot', 'Makes 0 cookies'])(
    'gives no servings for %j',
    (text) => {
      expect(parseYield(text)).toEqual(NOTHING);
    },
  );

  it('finds a number of servings in every yield of the data set', () => {
    const unread = recipes
      .filter((r) => parseYield(r.yield).servings === null)
      .map((r) => r.yield);
    expect(unread).toEqual([]);
  });
});
