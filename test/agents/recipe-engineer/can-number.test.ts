import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCanNumber } from '../../../src/agents/recipe-engineer/can-number.ts';
import { parseLine } from '../../../src/agents/recipe-engineer/parse-line.ts';
import type { Food } from '../../../src/catalog/food.ts';
import { toGrams } from '../../../src/units/to-grams.ts';

const foods: Food[] = JSON.parse(
  readFileSync(
    new URL('../../../data/usda/ingredients.json', import.meta.url),
    'utf8',
  ),
);
const byId = (id: number) => foods.find((f) => f.fdcId === id)!;

describe('parseLine: a can named by its trade number', () => {
  it('reads "1 #10 can tomatoes" as one can of 12 cups, not a #10 count', () => {
    const got = parseLine('1 #10 can tomatoes', 2);
    expect(got.amount).toEqual({ quantity: 1, unit: 'can' });
    expect(got.packageSize).toEqual({ quantity: 12, unit: 'cup' });
    expect(got.name).toBe('tomatoes');
    expect(got.findings).toEqual([
      expect.objectContaining({ code: 'standard_can_size', line: 2 }),
    ]);
  });

  it('weighs it by volume, never as one tomato (123 g)', () => {
    const got = parseLine('1 #10 can tomatoes', 0);
    const tomato = byId(170457); // "Tomatoes, red, ripe, raw"
    const grams = toGrams(got, tomato).grams!;
    // USDA's cup of tomatoes weighs 149 g (cherry) or 180 g (chopped):
    // 12 cups are 1788 to 2160 g, whichever measure is taken.
    expect(grams).toBeGreaterThanOrEqual(12 * 149);
    expect(grams).toBeLessThanOrEqual(12 * 180);
  });

  it('weighs "1 #10 can tomato puree" as 12 × 250 g = 3000 g', () => {
    // USDA 11546 "Tomato products, canned, puree": 1 cup = 250 g.
    const got = parseLine('1 #10 can tomato puree', 0);
    const r = toGrams(got, byId(170460));
    expect(r).toMatchObject({ grams: 3000, method: 'package' });
  });

  it.each([
    ['2 #10 cans tomatoes', 2, 12],
    ['#10 can tomatoes', 1, 12],
    ['1 No. 303 can peaches', 1, 2],
    ['1 #2 1/2 can pumpkin', 1, 3.5],
    ['1 #2½ can pumpkin', 1, 3.5],
    ['1 #300 tin beans', 1, 1.75],
  ])('%j is %d can(s) of %d cups', (line, count, cups) => {
    const got = parseLine(line, 0);
    expect(got.amount).toEqual({ quantity: count, unit: 'can' });
    expect(got.packageSize).toEqual({ quantity: cups, unit: 'cup' });
  });

  it('flags a number it does not know and gives no package size', () => {
    const got = parseLine('1 #7 can tomatoes', 0);
    expect(got.amount).toEqual({ quantity: 1, unit: 'can' });
    expect(got.packageSize).toBeNull();
    expect(got.findings.map((f) => f.code)).toEqual(['unknown_package']);
    expect(toGrams(got, byId(170457)).grams).toBeNull();
  });

  it('leaves a can without a number alone', () => {
    expect(readCanNumber('1 (14 oz) can tomatoes')).toBeNull();
    expect(readCanNumber('2 cans tomatoes')).toBeNull();
  });
});
