import { describe, expect, it } from 'vitest';
import { kitchenRound } from '../../src/units/kitchen-round.ts';

describe('kitchenRound: US measures', () => {
  it('keeps 1/3 cup a third, written to three decimals', () => {
    expect(kitchenRound(1 / 3, 'cup')).toBe(0.333);
  });

  it('removes float noise: 1.0000000000000049 cup is 1', () => {
    expect(kitchenRound(1.0000000000000049, 'cup')).toBe(1);
  });

  it('rounds 1/3 cup scaled by 3 (0.1 + 0.2 style noise) to 1', () => {
    expect(kitchenRound((1 / 3) * 3.0000000001, 'cup')).toBe(1);
  });

  it('snaps to the nearest eighth or third: 2.4 tsp → 2 3/8, 0.3 cup → 1/3', () => {
    // |2.4 − 2.375| = 0.025 < |2.4 − 2.333| = 0.067
    expect(kitchenRound(2.4, 'tsp')).toBe(2.375);
    // |0.3 − 0.333| = 0.033 < |0.3 − 0.25| = 0.05
    expect(kitchenRound(0.3, 'cup')).toBe(0.333);
  });

  it('keeps two significant figures below 1/8 instead of rounding to 0', () => {
    expect(kitchenRound(0.0312345, 'tsp')).toBe(0.031);
  });

  it('rounds 10 to 100 cups to the half, above 100 to whole cups', () => {
    expect(kitchenRound(37.3, 'cup')).toBe(37.5);
    expect(kitchenRound(123.4, 'cup')).toBe(123);
  });
});

describe('kitchenRound: grams and millilitres', () => {
  it('rounds below 10 g to 0.1 g', () => {
    expect(kitchenRound(3.14159, 'g')).toBe(3.1);
  });

  it('rounds below 1000 g to whole grams', () => {
    expect(kitchenRound(396.893, 'g')).toBe(397);
  });

  it('rounds above 1000 g to the nearest 5 g', () => {
    expect(kitchenRound(1233.4, 'g')).toBe(1235);
    expect(kitchenRound(12342.4, 'g')).toBe(12340);
  });

  it('rounds kg as the grams they hold: 1.2334 kg → 1235 g → 1.235', () => {
    expect(kitchenRound(1.2334, 'kg')).toBe(1.235);
  });

  it('keeps two significant figures below 1 g: 0.0437 g saffron', () => {
    expect(kitchenRound(0.0437, 'g')).toBe(0.044);
  });

  it('rounds ml like grams', () => {
    expect(kitchenRound(473.176, 'ml')).toBe(473);
  });
});

describe('kitchenRound: counts and weights', () => {
  it('rounds pieces to the half: 2.3 cloves → 2.5', () => {
    expect(kitchenRound(2.3, 'clove')).toBe(2.5);
    expect(kitchenRound(1.2, null)).toBe(1);
  });

  it('rounds less than one piece to a quarter, never 0', () => {
    expect(kitchenRound(0.1, 'clove')).toBe(0.25);
    expect(kitchenRound(0.6, 'can')).toBe(0.5);
  });

  it('rounds whole-only foods (eggs) to whole pieces, at least one', () => {
    expect(kitchenRound(2.5, 'large', { whole: true })).toBe(3);
    expect(kitchenRound(0.3, 'large', { whole: true })).toBe(1);
  });

  it('rounds oz and lb to the quarter', () => {
    expect(kitchenRound(14.1, 'oz')).toBe(14);
    expect(kitchenRound(2.6, 'lb')).toBe(2.5);
  });

  it('returns 0 for zero or negative values', () => {
    expect(kitchenRound(0, 'cup')).toBe(0);
    expect(kitchenRound(-1, 'g')).toBe(0);
  });
});
