import { describe, expect, it } from 'vitest';
import { qaReport } from '../../../src/agents/qa-validator/qa-report.ts';
import {
  buildViewModel,
  formatMass,
  formatQuantity,
  formatUsd,
} from '../../../src/agents/ui-designer/view-model.ts';
import type { ScaledLine, Totals } from '../../../src/domain/types.ts';
import {
  line,
  lookup,
  totals,
  withPercents,
} from '../qa-validator/fixtures.ts';

function view(lines: ScaledLine[], t: Totals = totals()) {
  const qa = qaReport(lines, t, lookup);
  return buildViewModel({ title: 'Test', lines, totals: t, qa, lookup });
}

const recipe = () =>
  withPercents([
    line('all-purpose flour', 125),
    line('egg', 100),
    line('butter', 14.2),
  ]);

describe('buildViewModel nutrition facts', () => {
  // Per serving of 125 g flour + 100 g egg + 14.2 g butter, 2 servings,
  // from USDA SR28 values per 100 g, worked by hand:
  //   kcal  (455 + 143 + 101.814) / 2                 = 349.907 → 350
  //   fat   (1.225 + 9.51 + 11.51762) / 2             = 11.126 g → 11 g, 14 %
  //   sat   (0.19375 + 3.126 + 7.294256) / 2          = 5.307 g → 5 g, 27 %
  //   chol  (0 + 372 + 30.53) / 2                     = 201.27 mg → 200 mg, 67 %
  //   Na    (2.5 + 142 + 91.306) / 2                  = 117.90 mg → 120 mg, 5 %
  //   carb  (95.3875 + 0.72 + 0.00852) / 2            = 48.058 g → 48 g, 17 %
  //   fiber 3.375 / 2                                 = 1.6875 g → 2 g, 6 %
  //   sugar (33.75 + 37 + 0.852) / 100 / 2            = 0.358 g → 0 g
  //   prot  (12.9125 + 12.56 + 0.1207) / 2            = 12.797 g → 13 g, 26 %
  it('rounds each nutrient as a label would and gives % Daily Value', () => {
    const facts = view(recipe()).nutritionFacts;
    const rows = facts.rows.map((r) => [r.label, r.display, r.dailyValue]);
    expect(rows).toEqual([
      ['Calories', '350', null],
      ['Total Fat', '11 g', 14],
      ['Saturated Fat', '5 g', 27],
      ['Cholesterol', '200 mg', 67],
      ['Sodium', '120 mg', 5],
      ['Total Carbohydrate', '48 g', 17],
      ['Dietary Fiber', '2 g', 6],
      ['Total Sugars', '0 g', null],
      ['Protein', '13 g', 26],
    ]);
    expect(facts).toMatchObject({
      per: 'serving',
      servings: 2,
      complete: true,
    });
  });

  it('prints "less than" amounts', () => {
    // 250 g flour: sugars 250 × 0.27 / 100 = 0.675 g
    const facts = view(
      withPercents([line('all-purpose flour', 250)]),
      totals({ servings: 1, scaledServings: 1 }),
    ).nutritionFacts;
    const sugars = facts.rows.find((r) => r.nutrient === 'sugars_g');
    expect(sugars?.display).toBe('<1 g');
  });

  it('shows 0 % for a nutrient declared as 0', () => {
    // 100 g sugar: sodium 1 mg → declared 0 mg
    const facts = view(
      withPercents([line('granulated sugar', 100)]),
    ).nutritionFacts;
    const sodium = facts.rows.find((r) => r.nutrient === 'sodium_mg');
    expect(sodium).toMatchObject({ display: '0 mg', dailyValue: 0 });
  });

  it('says when the label covers the batch and is incomplete', () => {
    const lines = withPercents([...recipe(), line('rolled oats', 60.8)]);
    const t = totals({ servings: null, scaledServings: null });
    const facts = view(lines, t).nutritionFacts;
    expect(facts).toMatchObject({
      per: 'batch',
      servings: null,
      complete: false,
    });
    const sugars = facts.rows.find((r) => r.nutrient === 'sugars_g');
    // 239.2 g of 300 g have a USDA sugars value
    expect(sugars?.coverage).toBe(0.8);
  });
});

describe('buildViewModel tables', () => {
  it('shows each ingredient with its food, scaled quantity, grams and cost', () => {
    const flour = line('all-purpose flour', 125, {
      input: '1 cup flour',
      unit: 'cup',
      scaledQuantity: 1.5,
      scaledGrams: 187.5,
      cost: 0.2236,
    });
    const row = view(withPercents([flour])).ingredients[0];
    expect(row).toEqual({
      line: flour.index,
      input: '1 cup flour',
      food: 'all-purpose flour',
      quantity: '1 ½ cups',
      grams: 187.5,
      percent: 100,
      cost: '$0.22',
      optional: false,
      flags: [],
    });
  });

  it('flags a line with the codes of the findings about it', () => {
    const lines = withPercents([...recipe(), line(null, 10)]);
    const rows = view(lines).ingredients;
    expect(rows[3]!.flags).toEqual(['unmatched_line']);
    expect(rows[3]!.food).toBeNull();
  });

  it('groups QA findings by severity', () => {
    const lines = [
      line('egg', 50, { percent: 50 }),
      line(null, 50, { percent: 47 }),
    ];
    const t = totals({ servings: null, scaledServings: null });
    const { findings, passed } = view(lines, t);
    expect(passed).toBe(false);
    expect(findings.error.map((f) => f.code)).toEqual(['percent_sum']);
    expect(findings.warning.map((f) => f.code)).toEqual([
      'unmatched_line',
      'partial_nutrition',
    ]);
    expect(findings.info.map((f) => f.code)).toEqual(['no_servings']);
  });

  it('names the foods that bring in each allergen', () => {
    const lines = withPercents([...recipe(), line('soy sauce', 18)]);
    expect(view(lines).allergens).toEqual([
      { allergen: 'milk', sources: ['butter'] },
      { allergen: 'egg', sources: ['egg'] },
      { allergen: 'wheat', sources: ['all-purpose flour', 'soy sauce'] },
      { allergen: 'soy', sources: ['soy sauce'] },
    ]);
  });

  it('formats the totals', () => {
    const t = totals({
      scaledGrams: 1234.5,
      factor: 2,
      scaledServings: 4,
      cost: 12.34,
      costComplete: false,
      costPerServing: 3.085,
    });
    expect(view(recipe(), t).totals).toEqual({
      servings: 4,
      factor: 2,
      grams: 1235,
      mass: '1.23 kg',
      cost: '$12.34',
      costComplete: false,
      costPerServing: '$3.09',
    });
  });
});

describe('formatting', () => {
  it.each([
    [1.5, 'cup', '1 ½ cups'],
    [0.25, 'tsp', '¼ tsp'],
    [0.333, 'cup', '⅓ cup'],
    [2, 'clove', '2 cloves'],
    [3, null, '3'],
    [2.7, 'tbsp', '2.7 tbsp'],
    [250, 'g', '250 g'],
    [1.25, 'kg', '1.3 kg'],
    [12.6, 'ml', '13 ml'],
  ])('shows %d %s as "%s"', (quantity, unit, expected) => {
    expect(formatQuantity(quantity, unit)).toBe(expected);
  });

  it('shows a mass in g or kg and money in dollars', () => {
    expect(formatMass(850.4)).toBe('850 g');
    expect(formatMass(4.25)).toBe('4.3 g');
    expect(formatMass(50_000)).toBe('50 kg');
    expect(formatUsd(0.004)).toBe('<$0.01');
    expect(formatUsd(1234.5)).toBe('$1,234.50');
  });
});
