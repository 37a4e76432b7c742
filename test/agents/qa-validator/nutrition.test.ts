import { describe, expect, it } from 'vitest';
import { computeNutrition } from '../../../src/agents/qa-validator/nutrition.ts';
import { line, lookup } from './fixtures.ts';

// USDA SR28 per 100 g (data/usda/ingredients.json):
//   all-purpose flour 364 kcal, fat 0.98 g, sodium 2 mg, sugars 0.27 g
//   egg               143 kcal, fat 9.51 g, sodium 142 mg, sugars 0.37 g,
//                     cholesterol 372 mg
//   butter (salted)   717 kcal, fat 81.11 g, sodium 643 mg, sugars 0.06 g,
//                     cholesterol 215 mg
//   rolled oats       389 kcal, sugars null
const recipe = () => [
  line('all-purpose flour', 125),
  line('egg', 100),
  line('butter', 14.2),
];

describe('computeNutrition', () => {
  it('sums energy per serving over the scaled grams', () => {
    const nutrition = computeNutrition(recipe(), lookup, 2);
    // (125×364 + 100×143 + 14.2×717) / 100 / 2 = (455 + 143 + 101.814) / 2
    expect(nutrition.energy_kcal.amount).toBeCloseTo(349.907, 3);
    expect(nutrition.energy_kcal.unit).toBe('kcal');
    expect(nutrition.energy_kcal.coverage).toBe(1);
  });

  it('sums fat, sodium and cholesterol in their units', () => {
    const nutrition = computeNutrition(recipe(), lookup, 2);
    // fat: (1.225 + 9.51 + 11.51762) / 2 = 11.12631
    expect(nutrition.fat_g.amount).toBeCloseTo(11.12631, 4);
    // sodium: (2.5 + 142 + 91.306) / 2 = 117.903
    expect(nutrition.sodium_mg.amount).toBeCloseTo(117.903, 3);
    expect(nutrition.sodium_mg.unit).toBe('mg');
    // cholesterol: (0 + 372 + 30.53) / 2 = 201.265
    expect(nutrition.cholesterol_mg.amount).toBeCloseTo(201.265, 3);
  });

  it('uses scaled grams, not the grams of the recipe as written', () => {
    const lines = [line('egg', 100, { scaledGrams: 300 })];
    // 300 g × 143 / 100 / 3 servings = 143
    expect(computeNutrition(lines, lookup, 3).energy_kcal.amount).toBeCloseTo(
      143,
      6,
    );
  });

  it('gives the whole batch when servings are unknown', () => {
    const nutrition = computeNutrition(recipe(), lookup, null);
    expect(nutrition.energy_kcal.amount).toBeCloseTo(699.814, 3);
  });

  it('does not count a USDA null as zero: it lowers coverage', () => {
    const lines = [...recipe(), line('rolled oats', 60.8)];
    const sugars = computeNutrition(lines, lookup, 2).sugars_g;
    // sugars from flour, egg, butter only:
    // (125×0.27 + 100×0.37 + 14.2×0.06) / 100 / 2
    //   = (33.75 + 37 + 0.852) / 100 / 2 = 0.71602 / 2 = 0.35801
    expect(sugars.amount).toBeCloseTo(0.35801, 6);
    // covered 239.2 g of 300 g
    expect(sugars.coverage).toBeCloseTo(239.2 / 300, 9);
    // energy is known for oats: +60.8 × 389 / 100 / 2 = +118.256
    const energy = computeNutrition(lines, lookup, 2).energy_kcal;
    expect(energy.amount).toBeCloseTo(349.907 + 118.256, 3);
    expect(energy.coverage).toBe(1);
  });

  it('weighs a line without grams as an average line of unknown value', () => {
    const lines = [...recipe(), line('salt', null)];
    // 3 weighed lines of 239.2 g, average 79.7333 g; the salt line
    // counts as one more such line: 239.2 / (239.2 + 79.7333) = 0.75
    const nutrition = computeNutrition(lines, lookup, 2);
    expect(nutrition.sodium_mg.coverage).toBeCloseTo(0.75, 9);
    expect(nutrition.energy_kcal.amount).toBeCloseTo(349.907, 3);
  });

  it('counts the grams of an unmatched line against coverage', () => {
    const lines = [line('all-purpose flour', 100), line(null, 100)];
    const energy = computeNutrition(lines, lookup, 1).energy_kcal;
    expect(energy.amount).toBeCloseTo(364, 6);
    expect(energy.coverage).toBeCloseTo(0.5, 9);
  });

  it('ignores header and note lines', () => {
    const header = line(null, null, { kind: 'header', input: 'FOR THE CRUST' });
    const nutrition = computeNutrition([header, ...recipe()], lookup, 2);
    expect(nutrition.energy_kcal.coverage).toBe(1);
  });

  it('reports zero coverage when nothing is weighed', () => {
    const nutrition = computeNutrition([line('salt', null)], lookup, 1);
    expect(nutrition.sodium_mg).toEqual({
      amount: 0,
      unit: 'mg',
      coverage: 0,
    });
  });
});
