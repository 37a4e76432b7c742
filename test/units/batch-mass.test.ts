import { describe, expect, it } from 'vitest';
import { parseBatchMass } from '../../src/units/batch-mass.ts';
import { UnitsError } from '../../src/units/units-error.ts';

describe('parseBatchMass', () => {
  it.each([
    ['50 kg', 50_000],
    ['500 g', 500],
    ['500g', 500],
    ['1,5 kg', 1500], // decimal comma: 1.5 × 1000
    ['1,500 g', 1500], // thousands separator
    ['2 kilograms', 2000],
    ['250 mg', 0.25],
  ])('reads "%s" as %d g', (text, grams) => {
    expect(parseBatchMass(text)).toBe(grams);
  });

  it('reads "2.5 lb" as 2.5 × 453.59237 = 1133.980925 g', () => {
    expect(parseBatchMass('2.5 lb')).toBeCloseTo(1133.980925, 9);
  });

  it('reads "16 oz" as 16 × 28.349523125 = 453.59237 g', () => {
    expect(parseBatchMass('16 oz')).toBeCloseTo(453.59237, 9);
  });

  it.each(['', 'lots', '50', '2 cups', '0 kg', '-5 kg', '1.2.3 kg', 'kg 50'])(
    'rejects "%s" with code invalid_batch',
    (text) => {
      expect(() => parseBatchMass(text)).toThrow(
        expect.objectContaining({ code: 'invalid_batch' }),
      );
      expect(() => parseBatchMass(text)).toThrow(UnitsError);
    },
  );
});
