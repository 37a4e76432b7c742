import { describe, expect, it } from 'vitest';
import { toGrams } from '../../src/units/to-grams.ts';
import { statedVolume } from '../../src/units/stated-volume.ts';
import type { Portion } from '../../src/catalog/food.ts';
import { amount, food, line } from './fixtures.ts';

const CUP_ML = 236.5882365; // US cup: 8 × 29.5735295625 ml

function portion(unit: string, modifier: string, grams: number): Portion {
  return {
    amount: 1,
    unit,
    unitKind: 'count',
    modifier,
    grams,
    label: `${unit} ${modifier}`,
    source: 'SR28',
  };
}

describe('statedVolume: a serving whose label states its volume', () => {
  it('reads "serving 1/2 cup" = 132 g as half a cup', () => {
    const p = statedVolume(portion('serving', '1/2 cup', 132));
    expect(p).toMatchObject({ amount: 0.5, unit: 'cup', grams: 132 });
  });

  it('reads "jigger (1.5 fl oz)" and "serving (5 fl oz)" in fluid ounces', () => {
    expect(statedVolume(portion('jigger', '(1.5 fl oz)', 42))).toMatchObject({
      amount: 1.5,
      unit: 'fl oz',
    });
    expect(statedVolume(portion('serving', '(5 fl oz)', 147))).toMatchObject({
      amount: 5,
      unit: 'fl oz',
    });
  });

  it('ignores modifiers that state no volume ("1 cube", "packet", "")', () => {
    expect(statedVolume(portion('serving', '1 cube', 2.3))).toBeNull();
    expect(statedVolume(portion('serving', 'packet', 2.8))).toBeNull();
    expect(statedVolume(portion('nlea serving', '', 67))).toBeNull();
  });
});

describe('toGrams: a jar of sauce weighed through a stated serving', () => {
  it('weighs "one 750 millilitre jar of 4 cheese spaghetti sauce" as 836.9 g', () => {
    // USDA 06931 marinara: 1 serving (1/2 cup) = 132 g, the only measure.
    // 750 ml / (0.5 × 236.588 ml) × 132 g = 6.3401 × 132 = 836.90 g.
    const l = line(
      'one 750 millilitre jar  of 4 cheese spaghetti sauce',
      '4 cheese spaghetti sauce',
      amount(1, 'jar'),
      { packageSize: amount(750, 'ml') },
    );
    const r = toGrams(l, food('marinara sauce'));
    expect(r.method).toBe('package');
    expect(r.grams).toBeCloseTo((750 / (0.5 * CUP_ML)) * 132, 6);
    expect(r.grams).toBeCloseTo(836.9, 1);
  });

  it('flags it approximate: a label volume is a rounded household measure', () => {
    const l = line('1 cup marinara sauce', 'marinara sauce', amount(1, 'cup'));
    const r = toGrams(l, food('marinara sauce'));
    expect(r.grams).toBe(264); // 2 × 132 g, same unit scaled directly
    expect(r.findings.map((f) => f.code)).toEqual(['approximate_grams']);
    expect(r.findings[0]!.message).toContain('serving 1/2 cup');
  });

  it('keeps a plain USDA measure first: 5 fl oz red wine is 5 × 29.4 g', () => {
    const l = line('5 fl oz red wine', 'red wine', amount(5, 'fl oz'));
    const r = toGrams(l, food('red wine'));
    expect(r.grams).toBeCloseTo(147, 9);
    expect(r.findings).toEqual([]);
  });
});
