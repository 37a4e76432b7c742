import { describe, expect, it } from 'vitest';
import { toGrams } from '../../src/units/to-grams.ts';
import { amount, food, line } from './fixtures.ts';

const OZ = 28.349523125; // grams in an avoirdupois ounce, exact
const CUP_ML = 236.5882365; // US cup: 8 × 29.5735295625 ml

describe('toGrams: the line gives a mass', () => {
  it('weighs a mass unit directly, without needing the food', () => {
    const r = toGrams(
      line('100 g mystery paste', 'mystery paste', amount(100, 'g')),
      null,
    );
    expect(r).toMatchObject({ grams: 100, method: 'mass', findings: [] });
  });

  it('converts pounds exactly: 1 lb = 453.59237 g', () => {
    const r = toGrams(
      line('1 pound salmon', 'salmon', amount(1, 'lb')),
      food('salmon'),
    );
    expect(r.grams).toBe(453.59237);
  });

  it('prefers the mass the author gave: "2 cups (212g) flour" is 212 g', () => {
    const l = line('2 cups (212g) flour', 'flour', amount(2, 'cup'), {
      equivalents: [amount(212, 'g')],
    });
    expect(toGrams(l, food('all-purpose flour'))).toMatchObject({
      grams: 212,
      method: 'equivalent',
    });
  });

  it('takes the metric figure when both are given ("12 1/2 oz./390 g")', () => {
    const l = line(
      '2 1/2 cups (12 1/2 oz./390 g) flour',
      'flour',
      amount(2.5, 'cup'),
      {
        equivalents: [amount(12.5, 'oz'), amount(390, 'g')],
      },
    );
    expect(toGrams(l, food('all-purpose flour')).grams).toBe(390);
  });
});

describe('toGrams: packages', () => {
  it('weighs "1 (14 oz) can coconut milk" as 14 × 28.3495 = 396.9 g', () => {
    const l = line(
      '1 (14 oz) can coconut milk',
      'coconut milk',
      amount(1, 'can'),
      {
        packageSize: amount(14, 'oz'),
      },
    );
    const r = toGrams(l, food('coconut milk'));
    expect(r.method).toBe('package');
    expect(r.grams).toBeCloseTo(14 * OZ, 6); // 396.893…
    expect(r.grams).toBeCloseTo(396.9, 1);
  });

  it('weighs "2 x 400 g cans" as 800 g', () => {
    const l = line('2 x 400 g cans chickpeas', 'chickpeas', amount(2, 'can'), {
      packageSize: amount(400, 'g'),
    });
    expect(toGrams(l, food('canned chickpeas')).grams).toBe(800);
  });

  it('weighs a volume package through the density: 1.5 fl oz spirit = 41.7 g', () => {
    // USDA distilled spirits: 1 fl oz = 27.8 g, so 1.5 × 27.8 = 41.7 g.
    const l = line(
      '1 (1.5 fluid ounce) jigger whiskey',
      'whiskey',
      amount(1, 'jigger'),
      {
        packageSize: amount(1.5, 'fl oz'),
      },
    );
    const r = toGrams(l, food('vodka'));
    expect(r.method).toBe('package');
    expect(r.grams).toBeCloseTo(41.7, 9);
  });
});

describe('toGrams: volumes through USDA measures', () => {
  it('weighs 1 cup all-purpose flour as 125 g (USDA), not 237 g of water', () => {
    const r = toGrams(
      line('1 cup all-purpose flour', 'all-purpose flour', amount(1, 'cup')),
      food('all-purpose flour'),
    );
    expect(r).toMatchObject({ grams: 125, method: 'density', findings: [] });
  });

  it('weighs 1 tbsp butter as 14.2 g and 1 tsp salt as 6 g', () => {
    const butter = toGrams(
      line('1 tbsp butter', 'butter', amount(1, 'tbsp')),
      food('butter'),
    );
    const salt = toGrams(
      line('1 tsp salt', 'salt', amount(1, 'tsp')),
      food('salt'),
    );
    expect(butter.grams).toBeCloseTo(14.2, 9);
    expect(salt.grams).toBe(6);
  });

  it('weighs 6.5 fl oz heavy cream by USDA 1 fl oz = 29.8 g: 193.7 g', () => {
    const r = toGrams(
      line('6.5 fl oz heavy cream', 'heavy cream', amount(6.5, 'fl oz')),
      food('heavy cream'),
    );
    expect(r.grams).toBeCloseTo(6.5 * 29.8, 9);
  });

  it('weighs 1 cup heavy cream by its density, not as whipped cream', () => {
    // No plain USDA cup; density 1.0144 g/ml (1 tbsp = 15 g) × 236.588 ml.
    const r = toGrams(
      line('1 cup heavy cream', 'heavy cream', amount(1, 'cup')),
      food('heavy cream'),
    );
    expect(r.grams).toBeCloseTo(CUP_ML * 1.0144, 6); // ≈ 240.0 g
  });

  it('uses the measure whose word the line says: 1 cup packed brown sugar = 220 g', () => {
    const l = line(
      '1 cup (packed) brown sugar',
      'brown sugar',
      amount(1, 'cup'),
      { notes: ['packed'] },
    );
    expect(toGrams(l, food('brown sugar'))).toMatchObject({
      grams: 220,
      findings: [],
    });
  });

  it('does not read "unpacked" as "packed": 1 cup unpacked brown sugar = 145 g', () => {
    const l = line(
      '1 cup unpacked brown sugar',
      'brown sugar',
      amount(1, 'cup'),
    );
    expect(toGrams(l, food('brown sugar')).grams).toBe(145);
  });

  it('weighs 2 cups sifted powdered sugar as 2 × 100 g', () => {
    const l = line(
      '2 cups sifted powdered sugar',
      'powdered sugar',
      amount(2, 'cup'),
    );
    expect(toGrams(l, food('powdered sugar')).grams).toBe(200);
  });

  it('falls back to a qualified measure and flags it approximate', () => {
    const r = toGrams(
      line('1 cup brown sugar', 'brown sugar', amount(1, 'cup')),
      food('brown sugar'),
    );
    expect(r.grams).toBe(220); // USDA's first cup of brown sugar: packed
    expect(r.findings.map((f) => f.code)).toEqual(['approximate_grams']);
  });

  it('falls back to the largest qualified measure in another unit: 1 tbsp brown sugar', () => {
    // No tbsp measure; USDA's cup (packed) = 220 g, and 1 tbsp = 1/16 cup.
    const r = toGrams(
      line('1 Tbsp. brown sugar', 'brown sugar', amount(1, 'tbsp')),
      food('brown sugar'),
    );
    expect(r.grams).toBeCloseTo(220 / 16, 9);
    expect(r.findings.map((f) => f.code)).toEqual(['approximate_grams']);
  });

  it('weighs 1 cup chopped onion by USDA "1 cup, chopped" = 160 g', () => {
    const r = toGrams(
      line('1 cup chopped onion', 'onion', amount(1, 'cup')),
      food('onion'),
    );
    expect(r.grams).toBe(160);
  });

  it('converts water by its own USDA measures: 1 l = 1000 g', () => {
    const r = toGrams(
      line('1 l water', 'water', amount(1, 'l')),
      food('water'),
    );
    expect(r.grams).toBe(1000);
  });

  it('gives no weight and a no_density warning for a food without a volume measure', () => {
    const r = toGrams(
      line('1 cup ground beef', 'ground beef', amount(1, 'cup')),
      food('ground beef'),
    );
    expect(r.grams).toBeNull();
    expect(r.method).toBeNull();
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({
      code: 'no_density',
      severity: 'warning',
    });
    expect(r.findings[0]?.message).toContain('ground beef');
    expect(r.findings[0]?.message).toContain('cup');
  });
});

describe('toGrams: counts through USDA piece weights', () => {
  it('weighs 2 large eggs as 2 × 50 g', () => {
    const r = toGrams(
      line('2 large eggs', 'eggs', amount(2, 'large')),
      food('egg'),
    );
    expect(r).toMatchObject({ grams: 100, method: 'portion' });
  });

  it('reads "2 eggs" as two large eggs, the US recipe convention', () => {
    expect(
      toGrams(line('2 eggs', 'eggs', amount(2, null)), food('egg')).grams,
    ).toBe(100);
  });

  it('weighs 1 stick butter as 113 g and 3 garlic cloves as 3 × 3 g', () => {
    const stick = toGrams(
      line('1 stick butter', 'butter', amount(1, 'stick')),
      food('butter'),
    );
    const cloves = toGrams(
      line('3 garlic cloves', 'garlic', amount(3, 'clove')),
      food('garlic'),
    );
    expect(stick.grams).toBe(113);
    expect(cloves.grams).toBe(9);
  });

  it.each([
    ['onion', 110], // 1 medium (2-1/2" dia)
    ['banana', 118], // 1 medium (7" to 7-7/8" long)
    ['carrot', 61], // 1 medium
    ['lemon', 58], // 1 fruit (2-1/8" dia), USDA's first whole lemon
    ['avocado', 201], // 1 avocado, NS as to Florida or California
    ['potato', 213], // 1 potato, medium (2-1/4" to 3-1/4" dia)
  ])('weighs one %s by its usual USDA piece: %d g', (name, grams) => {
    expect(
      toGrams(line(`1 ${name}`, name, amount(1, null)), food(name)).grams,
    ).toBe(grams);
  });

  it('weighs "1 large potato" by USDA "1 potato, large" = 369 g', () => {
    const r = toGrams(
      line('1 large potato', 'potato', amount(1, 'large')),
      food('potato'),
    );
    expect(r.grams).toBe(369);
  });

  it('uses USDA "1 dash" of salt (0.4 g) and 1/16 tsp for a pinch (6/16 g)', () => {
    const dash = toGrams(
      line('1 dash salt', 'salt', amount(1, 'dash')),
      food('salt'),
    );
    const pinch = toGrams(
      line('1 pinch salt', 'salt', amount(1, 'pinch')),
      food('salt'),
    );
    expect(dash.grams).toBe(0.4);
    expect(pinch.grams).toBeCloseTo(6 / 16, 9);
  });

  it('reports no_portion for a count USDA does not weigh', () => {
    const r = toGrams(
      line('1 bunch cilantro', 'cilantro', amount(1, 'bunch')),
      food('cilantro'),
    );
    expect(r.grams).toBeNull();
    expect(r.findings[0]?.code).toBe('no_portion');
  });
});

describe('toGrams: sums, ranges and missing pieces', () => {
  it('adds "¼ cup plus 2 tablespoons" sugar: 50 g + 25 g', () => {
    // USDA 1 cup sugar = 200 g; 2 tbsp = 1/8 cup ≈ 25 g (density 0.8454 g/ml).
    const l = line(
      '¼ cup plus 2 tablespoons sugar',
      'sugar',
      amount(0.25, 'cup'),
      {
        additions: [amount(2, 'tbsp')],
      },
    );
    expect(toGrams(l, food('granulated sugar')).grams).toBeCloseTo(75, 1);
  });

  it('weighs a range at its midpoint and says so: 2-3 cups flour = 2.5 × 125 g', () => {
    const r = toGrams(
      line('2-3 cups flour', 'flour', amount(2, 'cup', 3)),
      food('all-purpose flour'),
    );
    expect(r.grams).toBe(312.5);
    expect(r.findings.map((f) => f.code)).toEqual(['range_midpoint']);
  });

  it('reports no_food when a volume line has no catalog food', () => {
    const r = toGrams(line('1 cup mystery', 'mystery', amount(1, 'cup')), null);
    expect(r.grams).toBeNull();
    expect(r.findings[0]?.code).toBe('no_food');
  });

  it('reports no_quantity, as info, for "salt to taste"', () => {
    const r = toGrams(
      line('salt to taste', 'salt', null, { toTaste: true }),
      food('salt'),
    );
    expect(r.grams).toBeNull();
    expect(r.findings[0]).toMatchObject({
      code: 'no_quantity',
      severity: 'info',
    });
  });

  it('gives headers no weight and no findings', () => {
    const r = toGrams(
      line('FOR THE PASTRY', '', null, { kind: 'header' }),
      null,
    );
    expect(r).toEqual({ grams: null, method: null, findings: [] });
  });
});
