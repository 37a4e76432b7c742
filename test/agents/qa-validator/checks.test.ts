import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../src/agents/qa-validator/checks.ts';
import { computeNutrition } from '../../../src/agents/qa-validator/nutrition.ts';
import type { ScaledLine, Totals } from '../../../src/domain/types.ts';
import { line, lookup, totals, withPercents } from './fixtures.ts';

function check(lines: ScaledLine[], t: Totals = totals()) {
  return runChecks(lines, t, computeNutrition(lines, lookup, t.scaledServings));
}

const codes = (lines: ScaledLine[], t?: Totals) =>
  check(lines, t).map((finding) => finding.code);

const clean = () =>
  withPercents([
    line('all-purpose flour', 125),
    line('egg', 100),
    line('butter', 14.2),
  ]);

describe('runChecks', () => {
  it('finds nothing wrong with a complete, weighed recipe', () => {
    expect(check(clean())).toEqual([]);
  });

  it('reports a line that matches no food', () => {
    const lines = withPercents([...clean(), line(null, 10)]);
    const finding = check(lines).find((f) => f.code === 'unmatched_line');
    expect(finding).toMatchObject({
      severity: 'warning',
      line: lines[3]!.index,
    });
  });

  it('reports a match below confidence 0.6, not one at 0.6', () => {
    const lines = clean();
    lines[0] = { ...lines[0]!, confidence: 0.59 };
    lines[1] = { ...lines[1]!, confidence: 0.6 };
    const found = check(lines).filter((f) => f.code === 'low_confidence_match');
    expect(found.map((f) => f.line)).toEqual([lines[0]!.index]);
  });

  it('reports a line without grams: a warning with an amount, info without', () => {
    const cups = line('brown sugar', null, { quantity: 1, unit: 'cup' });
    const toTaste = line('salt', null, { quantity: null, unit: null });
    const found = check([...clean(), cups, toTaste]).filter(
      (f) => f.code === 'unconverted_unit',
    );
    expect(found.map((f) => [f.line, f.severity])).toEqual([
      [cups.index, 'warning'],
      [toTaste.index, 'info'],
    ]);
  });

  it('fails when weighed percentages sum to 97', () => {
    const lines = [
      line('all-purpose flour', 50, { percent: 50 }),
      line('egg', 30, { percent: 30 }),
      line('butter', 20, { percent: 17 }),
    ];
    const finding = check(lines).find((f) => f.code === 'percent_sum');
    expect(finding?.severity).toBe('error');
  });

  it('accepts percentages within 100 ± 0.5', () => {
    const lines = [
      line('all-purpose flour', 50, { percent: 50.2 }),
      line('egg', 50, { percent: 50.2 }),
    ];
    expect(codes(lines)).not.toContain('percent_sum');
  });

  it('lists the nutrients whose coverage is below 1', () => {
    // rolled oats have no USDA sugars value
    const lines = withPercents([...clean(), line('rolled oats', 60.8)]);
    const found = check(lines).filter((f) => f.code === 'partial_nutrition');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('sugars_g (79 %');
    expect(found[0]!.message).not.toContain('energy_kcal');
  });

  it('groups nutrients that share a coverage', () => {
    // egg has all nine values; the unmatched line leaves 100 g of 200 g
    const lines = withPercents([line('egg', 100), line(null, 100)]);
    const found = check(lines).find((f) => f.code === 'partial_nutrition');
    expect(found?.message).toBe(
      'nutrition is incomplete for every nutrient (50 % of the recipe covered): values are lower bounds',
    );
    // shrimp lacks sugars and fiber: they cover only the egg's 100 g
    const both = withPercents([line('shrimp', 100), line('egg', 100)]);
    const partial = check(both).find((f) => f.code === 'partial_nutrition');
    expect(partial?.message).toContain(
      'sugars_g, fiber_g (50 % of the recipe covered)',
    );
  });

  it('says nutrition is per batch when servings are unknown', () => {
    const t = totals({ servings: null, scaledServings: null });
    const finding = check(clean(), t).find((f) => f.code === 'no_servings');
    expect(finding?.severity).toBe('info');
  });

  it('ignores header lines', () => {
    const header = line(null, null, { kind: 'header', input: 'FILLING' });
    expect(check([header, ...clean()])).toEqual([]);
  });
});

describe('absurd_quantity', () => {
  const absurd = (lines: ScaledLine[], t?: Totals) =>
    check(lines, t).filter((f) => f.code === 'absurd_quantity');

  it('fails a line of zero or negative grams', () => {
    const lines = withPercents([...clean(), line('granulated sugar', 0)]);
    expect(absurd(lines)).toMatchObject([
      { severity: 'error', line: lines[3]!.index },
    ]);
  });

  it('warns about more than 20 kg in one line of the recipe as written', () => {
    const heavy = withPercents([...clean(), line('granulated sugar', 20_001)]);
    expect(absurd(heavy)).toMatchObject([{ severity: 'warning' }]);
    const limit = withPercents([...clean(), line('granulated sugar', 20_000)]);
    expect(absurd(limit)).toEqual([]);
  });

  it('leaves a large scaled batch alone', () => {
    const lines = clean().map((l) => ({ ...l, scaledGrams: l.grams! * 200 }));
    expect(absurd(lines, totals({ scaledServings: 400 }))).toEqual([]);
  });

  it('warns when salt or baking soda is over 60 % of the mass', () => {
    const salty = [
      line('salt', 61, { percent: 61 }),
      line('granulated sugar', 39, { percent: 39 }),
    ];
    expect(absurd(salty).map((f) => f.line)).toEqual([salty[0]!.index]);
    const soda = [
      line('baking soda', 60, { percent: 60 }),
      line('all-purpose flour', 40, { percent: 40 }),
    ];
    expect(absurd(soda)).toEqual([]);
  });

  it('warns about more than 100 g of a spice per serving', () => {
    // 2 cups of cinnamon for 2 servings: 2 × 124 g = 248 g, 124 g each
    const lines = withPercents([...clean(), line('cinnamon', 248)]);
    expect(absurd(lines)).toMatchObject([{ line: lines[3]!.index }]);
    const fine = withPercents([...clean(), line('cinnamon', 200)]);
    expect(absurd(fine)).toEqual([]);
  });
});

describe('a recipe with nothing weighed', () => {
  it('fails QA with nothing_weighed instead of passing with zeros', () => {
    // "1/0 cup flour": no amount, so no grams.
    const unweighed = {
      ...line('all-purpose flour', 0),
      grams: null,
      scaledGrams: null,
    };
    const codes = runChecks(
      [unweighed],
      totals(),
      computeNutrition([unweighed], lookup, 2),
    ).map((f) => [f.code, f.severity]);
    expect(codes).toContainEqual(['nothing_weighed', 'error']);
  });
});
