import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../src/agents/recipe-engineer/parse-line.ts';
import { FoodMatcher } from '../../../src/catalog/food-matcher.ts';
import { toGrams } from '../../../src/units/to-grams.ts';
import type { Food } from '../../../src/catalog/food.ts';

const foods: Food[] = JSON.parse(
  readFileSync(
    new URL('../../../data/usda/ingredients.json', import.meta.url),
    'utf8',
  ),
);
const recipeLines = new Set<string>(
  JSON.parse(
    readFileSync(
      new URL('../../../data/recipes/recipes.json', import.meta.url),
      'utf8',
    ),
  ).flatMap((r: { ingredients: unknown[] }) => r.ingredients),
);

/** A line of data/recipes/recipes.json, parsed; throws if it is not there. */
function real(text: string) {
  if (!recipeLines.has(text)) throw new Error(`not in the data: ${text}`);
  return parseLine(text, 0);
}

const LB = 453.59237; // grams in an avoirdupois pound, exact

describe('cleanName: a form in brackets right after the name', () => {
  it('reads "parmesan (finely grated)" as finely grated parmesan', () => {
    const l = real('¾ c (180 ml) parmesan (finely grated)');
    expect(l.name).toBe('finely grated parmesan');
    expect(l.equivalents).toEqual([{ quantity: 180, unit: 'ml' }]);
  });

  it('so it matches grated parmesan and weighs ¾ cup as 75 g', () => {
    // USDA 01032 "Cheese, parmesan, grated": 1 cup = 100 g; ¾ × 100 = 75 g.
    const l = real('¾ c (180 ml) parmesan (finely grated)');
    const match = new FoodMatcher(foods).match(l.name);
    expect(match?.description).toBe('Cheese, parmesan, grated');
    const food = foods.find((f) => f.fdcId === match!.fdcId)!;
    expect(toGrams(l, food).grams).toBeCloseTo(0.75 * 100, 9);
  });

  it('keeps several form and variety words: "peas (dried green split)"', () => {
    const l = real('1 1/2 cups / 300 grams peas (dried green split)');
    expect(l.name).toBe('dried green split peas');
    expect(l.notes).toEqual([]);
  });

  it('so it matches split peas, not fresh green peas', () => {
    const l = real('1 1/2 cups / 300 grams peas (dried green split)');
    const match = new FoodMatcher(foods).match(l.name);
    expect(match?.description).toBe('Peas, green, split, mature seeds, raw');
  });

  it('takes "(canned)" and "(rolled)" as forms, not "(red)" alone', () => {
    expect(parseLine('2 cups chickpeas (canned)', 0).name).toBe(
      'canned chickpeas',
    );
    expect(parseLine('1 cup oats (rolled)', 0).name).toBe('rolled oats');
    const lentils = parseLine('1 cup lentils (red)', 0);
    expect([lentils.name, lentils.notes]).toEqual(['lentils', ['red']]);
  });

  it('leaves cutting words in the notes: "1 small onion (chopped)"', () => {
    const l = real('1 small onion (chopped)');
    expect(l.name).toBe('onion');
    expect(l.notes).toContain('chopped');
  });

  it('leaves a form after the comma in the notes, so garlic is still counted in cloves', () => {
    const l = real('3 large garlic cloves, peeled and grated (shredded)');
    expect(l.name).toBe('garlic');
    expect(l.amount).toEqual({ quantity: 3, unit: 'clove' });
  });
});

describe('cleanName: amounts in brackets that are not a bare list', () => {
  it('reads "(~1 1/2 lbs. chicken)" as the chicken weighing 1.5 lb', () => {
    const l = real('3 cups shredded chicken (~1 1/2 lbs. chicken)');
    expect(l.amount).toEqual({ quantity: 3, unit: 'cup' });
    expect(l.equivalents).toEqual([{ quantity: 1.5, unit: 'lb' }]);
    expect(l.notes).toEqual([]);
  });

  it("so the line weighs 1.5 × 453.59237 = 680.39 g, the author's own figure", () => {
    const l = real('3 cups shredded chicken (~1 1/2 lbs. chicken)');
    const r = toGrams(l, null);
    expect(r.method).toBe('equivalent');
    expect(r.grams).toBeCloseTo(1.5 * LB, 9);
  });

  it('keeps an amount of another food as a note: "(2 peppers, not 2 cans; …)"', () => {
    const l = real(
      '2 canned chipotle peppers in adobo sauce (2 peppers, not 2 cans; use smaller peppers and if they are all large, use only 1½)',
    );
    expect(l.equivalents).toEqual([]);
  });

  it('reads "(¼ cup + 1 tablespoon)" as one equivalent of 5 tbsp', () => {
    // ¼ cup = 4 tbsp (a cup is 16 tbsp), plus 1 tbsp = 5 tbsp.
    const l = real('5 tablespoons sugar (¼ cup + 1 tablespoon)');
    expect(l.equivalents).toEqual([{ quantity: 5, unit: 'tbsp' }]);
    expect(l.notes).toEqual([]);
  });
});

describe('cleanName: foods offered in brackets', () => {
  it('keeps "(or canola oil or …)" in the name, so the offered oil is matched', () => {
    const l = real(
      '1/4 cup grapeseed oil (or canola oil or any other neutral flavored oil)',
    );
    expect(l.name).toBe(
      'grapeseed oil or canola oil or any other neutral flavored oil',
    );
    const match = new FoodMatcher(foods).match(l.name);
    expect(match?.description).toBe('Oil, canola');
    // USDA 04582 canola oil: 1 cup = 218 g; ¼ × 218 = 54.5 g.
    const food = foods.find((f) => f.fdcId === match!.fdcId)!;
    expect(toGrams(l, food).grams).toBeCloseTo(218 / 4, 9);
  });

  it('reads a comma in the offer as one more offer: "(or vegetable oil, corn oil)"', () => {
    const l = real(
      '2 cups grape seeds oil (or vegetable oil, corn oil) for frying',
    );
    expect(l.name).toBe('grape seeds oil or vegetable oil or corn oil');
    expect(new FoodMatcher(foods).match(l.name)?.description).toBe(
      'Oil, soybean, salad or cooking',
    );
  });

  it('keeps an offer with its own amount as a note', () => {
    const l = real(
      '2 inch of white part of dae-pa (or 2 to 3 regular green onions), thinly sliced lengthwise',
    );
    expect(l.name).toBe('white part of dae-pa');
    expect(l.amount).toEqual({ quantity: 2, unit: 'inch' });
    expect(l.notes).toContain('or 2 to 3 regular green onions');
  });

  it('keeps an offer with a condition as a note', () => {
    const l = real(
      '1 cup half-and-half (or whole milk , more if needed to thin)',
    );
    expect(l.name).toBe('half-and-half');
  });
});
