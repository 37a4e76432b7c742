import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { matchName } from '../../../src/agents/recipe-engineer/match-name.ts';
import { parseLine } from '../../../src/agents/recipe-engineer/parse-line.ts';
import { FoodMatcher } from '../../../src/catalog/food-matcher.ts';
import type { Food } from '../../../src/catalog/food.ts';
import { toGrams } from '../../../src/units/to-grams.ts';

const foods = JSON.parse(
  readFileSync(
    new URL('../../../data/usda/ingredients.json', import.meta.url),
    'utf8',
  ),
) as Food[];
const matcher = new FoodMatcher(foods);
const MIN_MATCH = 0.45; // recipe-engineer's threshold for using a match

/** The food a line is matched to, as RecipeEngineer would use it. */
function matched(input: string): string | null {
  const found = matcher.match(matchName(parseLine(input, 0)));
  return found && found.confidence >= MIN_MATCH ? found.name : null;
}

describe('matchName: a bare "pepper" measured as a spice is black pepper', () => {
  it.each([
    '¼ teaspoon pepper',
    '1 tsp pepper',
    'Dash freshly ground black pepper',
    'pinch of pepper',
    'freshly ground pepper',
  ])('"%s" → black pepper', (input) => {
    expect(matched(input)).toBe('black pepper');
  });

  it.each(['1 pepper', '2 peppers, sliced', '1 large pepper'])(
    '"%s" is a capsicum of unknown colour: not black pepper',
    (input) => {
      expect(matched(input)).not.toBe('black pepper');
    },
  );

  it('reads "Salt and pepper" with black pepper', () => {
    expect(matchName(parseLine('Salt and pepper', 0))).toBe(
      'salt and black pepper',
    );
  });
});

describe('matchName: ginger by the spoon is ground unless prepared fresh', () => {
  it('"2 teaspoons ginger" is ground ginger: 2 tsp × 1.8 g (USDA) = 3.6 g', () => {
    const line = parseLine('2 teaspoons ginger', 0);
    expect(matched(line.input)).toBe('ground ginger');
    const food = foods.find((f) => f.name === 'ground ginger')!;
    expect(toGrams(line, food).grams).toBeCloseTo(3.6, 5);
  });

  it.each([
    '1 tsp. ginger, minced',
    '1 tbsp grated ginger',
    '1 tsp fresh ginger',
    '1 tbsp ginger root',
  ])('"%s" stays fresh ginger', (input) => {
    expect(matched(input)).toBe('fresh ginger');
  });
});

describe('matchName: a can or tin asks for the canned food', () => {
  it.each([
    ['2 x 400g cans chopped tomatoes', 'canned tomatoes'],
    ['1 (14 oz) can black beans', 'canned black beans'],
    ['1 can of chickpeas', 'canned chickpeas'],
    ['1 (15 oz) can pumpkin', 'canned pumpkin'],
    ['1 can corn, drained', 'canned corn'],
    ['400g tinned tomatoes', 'canned tomatoes'],
    ['400g can chopped tomatoes', 'canned tomatoes'],
  ])('"%s" → %s', (input, food) => {
    expect(matched(input)).toBe(food);
  });

  it('leaves fresh produce alone: "3 chopped tomatoes" is tomato', () => {
    expect(matched('3 chopped tomatoes')).toBe('tomato');
  });

  it('does not say canned twice', () => {
    expect(matchName(parseLine('1 can canned pumpkin', 0))).toBe(
      'canned pumpkin',
    );
  });
});

describe('a plain "bell pepper" counted without a size', () => {
  it('matches weakly, with the other colours as alternatives', () => {
    const found = matcher.match(
      matchName(parseLine('1 Bell Pepper, seeded and sliced', 0)),
    );
    expect(found?.name).toBe('green bell pepper');
    expect(found?.confidence).toBeLessThan(0.6);
    expect(found?.alternatives.map((a) => a.name).sort()).toEqual([
      'red bell pepper',
      'yellow bell pepper',
    ]);
  });

  it('weighs the medium one: USDA green bell pepper, medium = 119 g', () => {
    const line = parseLine('1 Bell Pepper, seeded and sliced', 0);
    const food = foods.find((f) => f.name === 'green bell pepper')!;
    expect(toGrams(line, food).grams).toBe(119);
  });
});
