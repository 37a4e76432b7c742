import { describe, expect, it } from 'vitest';
import { percentDailyValue } from '../../../src/agents/qa-validator/daily-values.ts';

describe('percentDailyValue', () => {
  it('gives 100 % for 2,300 mg of sodium', () => {
    expect(percentDailyValue('sodium_mg', 2300)).toBe(100);
  });

  it('rounds to the nearest whole percent', () => {
    // 11.12631 g fat / 78 g = 14.26 % → 14
    expect(percentDailyValue('fat_g', 11.12631)).toBe(14);
    // 201.265 mg cholesterol / 300 mg = 67.09 % → 67
    expect(percentDailyValue('cholesterol_mg', 201.265)).toBe(67);
    // 7 g fiber / 28 g = 25 %
    expect(percentDailyValue('fiber_g', 7)).toBe(25);
    // 10 g saturated fat / 20 g = 50 %
    expect(percentDailyValue('saturated_fat_g', 10)).toBe(50);
    // 55 g carbohydrate / 275 g = 20 %; 25 g protein / 50 g = 50 %
    expect(percentDailyValue('carbohydrate_g', 55)).toBe(20);
    expect(percentDailyValue('protein_g', 25)).toBe(50);
  });

  it('has no Daily Value for total sugars or calories', () => {
    expect(percentDailyValue('sugars_g', 30)).toBeNull();
    expect(percentDailyValue('energy_kcal', 2000)).toBeNull();
  });
});
