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

describe('parseLine: a zero or negative quantity is malformed', () => {
  it.each(['0 cups flour', '0 g salt', '0.0 cup sugar', '-1 cup flour'])(
    '"%s" has no amount and a finding, so it is not weighed at 0 g',
    (input) => {
      const parsed = parseLine(input, 0);
      expect(parsed.amount).toBeNull();
      expect(parsed.findings.map((f) => f.code)).toEqual(['unparsed_quantity']);
      expect(toGrams(parsed, null).grams).toBeNull();
    },
  );

  it('keeps the name: "0 cups flour" is still flour', () => {
    expect(parseLine('0 cups flour', 0).name).toBe('flour');
  });

  it('still reads a range from zero: "0-1 tsp salt"', () => {
    expect(parseLine('0-1 tsp salt', 0).amount).toEqual({
      quantity: 0,
      quantityMax: 1,
      unit: 'tsp',
    });
  });

  it('refuses a structured quantity of 0', () => {
    const parsed = parseLine({ name: 'flour', quantity: 0, unit: 'cup' }, 0);
    expect(parsed.amount).toBeNull();
    expect(parsed.findings.map((f) => f.code)).toContain('invalid_quantity');
  });
});

describe('parseLine: a line holding a line or paragraph separator', () => {
  it.each([
    ['U+2028', '2 eggs\u2028 1 cup milk'],
    ['U+2029', '2 eggs\u20291 cup milk'],
    ['a newline', '2 eggs\n1 cup milk'],
  ])('with %s gets no amount and a multiple_lines warning', (_, input) => {
    const parsed = parseLine(input, 3);
    expect(parsed.amount).toBeNull();
    expect(parsed.packageSize).toBeNull();
    expect(parsed.findings).toEqual([
      expect.objectContaining({
        code: 'multiple_lines',
        severity: 'warning',
        line: 3,
      }),
    ]);
    // Both parts are named, so nothing after the separator is lost.
    expect(parsed.findings[0]!.message).toContain('"2 eggs"');
    expect(parsed.findings[0]!.message).toContain('"1 cup milk"');
  });

  it('does not throw on a separator alone', () => {
    expect(() => parseLine('\u2028', 0)).not.toThrow();
  });
});

describe('parseLine: a separator with text on one side only', () => {
  it('reads "2 eggs" followed by U+2028 as 2 eggs', () => {
    const parsed = parseLine('2 eggs\u2028', 0);
    expect(parsed.amount).toEqual({ quantity: 2, unit: null });
    expect(parsed.name).toBe('eggs');
  });
});
