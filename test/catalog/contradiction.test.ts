import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FoodMatcher } from '../../src/catalog/food-matcher.ts';
import type { Food } from '../../src/catalog/food.ts';

const read = (file: string) =>
  JSON.parse(
    readFileSync(new URL(`../../data/usda/${file}`, import.meta.url), 'utf8'),
  ) as Food[];
const foods = [...read('ingredients.json'), ...read('ingredients-extra.json')];
const matcher = new FoodMatcher(foods);
const byAlias = (alias: string) =>
  foods.find((f) => f.aliases.includes(alias))!;

describe('FoodMatcher: a name word that contradicts the USDA description', () => {
  // From "750g (1 lb 10 oz) skinless, boneless chicken (thighs and
  // breast)": the alias "chicken" is USDA 05006 "Chicken, broilers or
  // fryers, meat and skin, raw", which the line rules out.
  const m = matcher.match('skinless boneless chicken')!;

  it('does not match skinless chicken to a food of meat and skin', () => {
    expect(m.description).not.toMatch(/meat and skin/);
    expect(m.description).toMatch(/meat only/);
  });

  it('reports the choice as weak, since breast and thigh tie', () => {
    // Breast and thigh explain the name equally and the line names no
    // cut: a tie, so the confidence is capped at 0.45 + 2 × 0 and the
    // other cut is offered beside it.
    expect(m.confidence).toBeLessThan(0.6);
    const offered = [m.fdcId, ...m.alternatives.map((a) => a.fdcId)];
    expect(offered).toEqual(
      expect.arrayContaining([
        byAlias('chicken breast').fdcId,
        byAlias('chicken thighs').fdcId,
      ]),
    );
  });

  it('keeps plain "chicken" on the whole chicken, with skin', () => {
    expect(matcher.match('chicken')?.fdcId).toBe(byAlias('chicken').fdcId);
  });

  it('does not take "unsalted peanuts" for a food "with salt"', () => {
    const peanuts = matcher.match('unsalted roasted peanuts')!;
    expect(peanuts.description).not.toMatch(/with salt/);
  });
});
