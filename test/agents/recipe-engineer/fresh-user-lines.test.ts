import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../src/agents/recipe-engineer/parse-line.ts';
import { toGrams } from '../../../src/units/to-grams.ts';

const LB = 453.59237; // grams in an avoirdupois pound, exact
const OZ = LB / 16; // 28.349523125 g

describe('parseLine: pounds and ounces are one mass', () => {
  it.each([
    ['1 lb 2 oz flour', 'flour', 1 * LB + 2 * OZ], // 453.59 + 56.70 = 510.29
    ['2 lb 4 oz beef chuck', 'beef chuck', 2 * LB + 4 * OZ], // 1020.58
    ['1 pound 8 ounces potatoes', 'potatoes', 1 * LB + 8 * OZ], // 680.39
  ])('"%s" weighs both parts', (input, name, grams) => {
    const parsed = parseLine(input, 0);
    expect(parsed.name).toBe(name);
    expect(toGrams(parsed, null).grams).toBeCloseTo(grams, 2);
  });

  it('keeps notes after the mass: "1 lb. 2 oz. flour, sifted"', () => {
    const parsed = parseLine('1 lb. 2 oz. flour, sifted', 0);
    expect(parsed.amount).toEqual({ quantity: 18, unit: 'oz' });
    expect(parsed.name).toBe('flour');
  });
});
