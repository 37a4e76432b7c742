import { describe, expect, it } from 'vitest';
import {
  allergensOfFood,
  detectAllergens,
} from '../../../src/agents/qa-validator/allergens.ts';
import { foodByAlias, line, lookup } from './fixtures.ts';

const of = (alias: string) => allergensOfFood(foodByAlias(alias));

describe('detectAllergens', () => {
  it('finds wheat, egg and milk in flour, egg and butter, in label order', () => {
    const lines = [
      line('all-purpose flour', 125),
      line('egg', 100),
      line('butter', 14.2),
    ];
    expect(detectAllergens(lines, lookup)).toEqual(['milk', 'egg', 'wheat']);
  });

  it('counts foods of lines without grams and of optional lines', () => {
    const lines = [
      line('walnuts', null),
      line('sesame seeds', 10, { optional: true }),
    ];
    expect(detectAllergens(lines, lookup)).toEqual(['tree nuts', 'sesame']);
  });

  it('finds nothing in unmatched lines and allergen-free foods', () => {
    const lines = [line(null, 100), line('granulated sugar', 100)];
    expect(detectAllergens(lines, lookup)).toEqual([]);
  });
});

describe('allergensOfFood', () => {
  it.each([
    ['whole milk', ['milk']],
    ['cheddar cheese', ['milk']],
    ['ghee', ['milk']],
    ['milk chocolate', ['milk']],
    ['egg yolk', ['egg']],
    ['egg noodles', ['egg', 'wheat']],
    ['mayonnaise', ['egg']],
    ['salmon', ['fish']],
    ['fish sauce', ['fish']],
    ['worcestershire sauce', ['fish']],
    ['shrimp', ['shellfish']],
    ['crab', ['shellfish']],
    ['lobster', ['shellfish']],
    ['almonds', ['tree nuts']],
    ['almond milk', ['tree nuts']],
    ['pine nuts', ['tree nuts']],
    ['pesto', ['milk', 'tree nuts']],
    ['peanut butter', ['peanuts']],
    ['bread flour', ['wheat']],
    ['couscous', ['wheat']],
    ['breadcrumbs', ['wheat']],
    ['flour tortilla', ['wheat']],
    ['soy sauce', ['wheat', 'soy']],
    ['tofu', ['soy']],
    ['edamame', ['soy']],
    ['miso', ['soy']],
    ['tahini', ['sesame']],
    ['sesame oil', ['sesame']],
    ['hummus', ['sesame']],
  ])('flags %s as %j', (alias, expected) => {
    expect(of(alias)).toEqual(expected);
  });

  it.each([
    // mollusks are not crustacean shellfish
    'scallops',
    'oysters',
    'oyster sauce',
    // highly refined oils are exempt under FD&C Act 201(qq)(2)(A)
    'peanut oil',
    'vegetable oil',
    // coconut left FDA's tree-nut list in January 2025
    'coconut milk',
    'unsweetened shredded coconut',
    // not wheat
    'rice flour',
    'rye flour',
    'rice noodles',
    'corn tortilla',
    'marinara sauce',
    // words that look like allergens
    'eggplant',
    'cream of tartar',
    'sunflower seeds',
  ])('does not flag %s', (alias) => {
    expect(of(alias)).toEqual([]);
  });
});
