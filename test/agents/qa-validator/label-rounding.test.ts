import { describe, expect, it } from 'vitest';
import { roundForLabel } from '../../../src/agents/qa-validator/label-rounding.ts';
import type { LabelNutrient } from '../../../src/domain/types.ts';

// Expected values read off the rules of 21 CFR 101.9(c), case by case.
const cases: Array<[LabelNutrient, number, number, boolean]> = [
  // calories: < 5 → 0, ≤ 50 → nearest 5, > 50 → nearest 10
  ['energy_kcal', 4.9, 0, false],
  ['energy_kcal', 5, 5, false],
  ['energy_kcal', 47.4, 45, false],
  ['energy_kcal', 47.5, 50, false],
  ['energy_kcal', 50, 50, false],
  ['energy_kcal', 54.9, 50, false],
  ['energy_kcal', 349.907, 350, false],
  ['energy_kcal', 344.9, 340, false],
  // fat: < 0.5 → 0, < 5 → nearest 0.5, ≥ 5 → nearest 1
  ['fat_g', 0.49, 0, false],
  ['fat_g', 0.5, 0.5, false],
  ['fat_g', 2.24, 2, false],
  ['fat_g', 2.25, 2.5, false],
  ['fat_g', 4.74, 4.5, false],
  ['fat_g', 11.12631, 11, false],
  ['saturated_fat_g', 5.5, 6, false],
  // cholesterol: < 2 → 0, 2 to 5 → "less than 5 mg", > 5 → nearest 5
  ['cholesterol_mg', 1.9, 0, false],
  ['cholesterol_mg', 2, 5, true],
  ['cholesterol_mg', 4.9, 5, true],
  ['cholesterol_mg', 201.265, 200, false],
  ['cholesterol_mg', 202.5, 205, false],
  // sodium: < 5 → 0, 5 to 140 → nearest 5, > 140 → nearest 10
  ['sodium_mg', 4.9, 0, false],
  ['sodium_mg', 117.903, 120, false],
  ['sodium_mg', 140, 140, false],
  ['sodium_mg', 143, 140, false],
  ['sodium_mg', 145, 150, false],
  // carbohydrate, fiber, sugars, protein: < 0.5 → 0, < 1 → "<1 g", nearest 1
  ['carbohydrate_g', 0.49, 0, false],
  ['sugars_g', 0.5, 1, true],
  ['fiber_g', 0.99, 1, true],
  ['protein_g', 1.5, 2, false],
  ['protein_g', 12.49, 12, false],
];

describe('roundForLabel', () => {
  it.each(cases)('declares %s %d as %d', (key, amount, declared, lessThan) => {
    expect(roundForLabel(key, amount)).toEqual({ amount: declared, lessThan });
  });
});
