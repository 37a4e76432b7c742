import { describe, expect, it } from 'vitest';
import { toGrams } from '../../src/units/to-grams.ts';
import { standardSize } from '../../src/units/standard-sizes.ts';
import { amount, food, line } from './fixtures.ts';

const FL_OZ_ML = 29.5735295625; // US fluid ounce, exact

describe('standard sizes: a wine bottle', () => {
  it('weighs "2 bottles Spanish red wine" as 2 × 750 ml of USDA red wine', () => {
    // 27 CFR 4.72: 750 ml standard of fill. USDA red wine has no ml
    // measure; its density in data/usda/ingredients.json is 0.9941 g/ml
    // (1 fl oz = 29.4 g, rounded), so 1500 ml × 0.9941 = 1491.15 g.
    const l = line(
      '2 bottles Spanish red wine (Rioja wine is most popular)',
      'spanish red wine',
      amount(2, 'bottle'),
      { notes: ['Rioja wine is most popular'] },
    );
    const r = toGrams(l, food('red wine'));
    expect(r.grams).toBeCloseTo(1500 * 0.9941, 9);
    // Within 0.01 % of the unrounded 1500 × 29.4 / 29.5735 = 1491.20 g.
    expect(r.grams! / ((1500 * 29.4) / FL_OZ_ML)).toBeCloseTo(1, 3);
    expect(r.grams).toBeCloseTo(1491.15, 2);
    expect(r.method).toBe('density');
  });

  it('flags the bottle approximate, since the standard allows other fills', () => {
    const l = line('2 bottles red wine', 'red wine', amount(2, 'bottle'));
    const r = toGrams(l, food('red wine'));
    expect(r.findings.map((f) => f.code)).toEqual(['approximate_grams']);
    expect(r.findings[0]!.message).toContain('27 CFR 4.72');
  });

  it('gives a bottle of anything but wine no size', () => {
    const l = line('1 bottle olive oil', 'olive oil', amount(1, 'bottle'));
    expect(standardSize('bottle', food('olive oil'))).toBeNull();
    const r = toGrams(l, food('olive oil'));
    expect(r.grams).toBeNull();
    expect(r.findings.map((f) => f.code)).toEqual(['no_portion']);
  });
});

describe('standard sizes: a jigger', () => {
  it("keeps USDA's own jigger where the food has one: whiskey 42 g", () => {
    // SR28 14037: "1 jigger (1.5 fl oz)" = 42 g.
    const l = line('1 jigger whiskey', 'whiskey', amount(1, 'jigger'));
    expect(toGrams(l, food('vodka')).grams).toBe(42);
  });

  it('reads a jigger of another drink as 1.5 fl oz: white wine 44.1 g', () => {
    // USDA white wine: 1 fl oz = 29.4 g, so 1.5 × 29.4 = 44.1 g.
    const l = line('1 jigger white wine', 'white wine', amount(1, 'jigger'));
    const r = toGrams(l, food('white wine'));
    expect(r.grams).toBeCloseTo(1.5 * 29.4, 9);
    expect(r.findings).toEqual([]);
  });
});
