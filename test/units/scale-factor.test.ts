import { describe, expect, it } from 'vitest';
import type { Target } from '../../src/domain/types.ts';
import { scaleFactor } from '../../src/units/scale-factor.ts';

const code = (c: string) => expect.objectContaining({ code: c });

describe('scaleFactor', () => {
  it('scales 4 servings to 10 by 10 / 4 = 2.5', () => {
    expect(scaleFactor({ servings: 10 }, 4, 900)).toBe(2.5);
  });

  it('takes a factor as given', () => {
    expect(scaleFactor({ factor: 0.5 }, null, null)).toBe(0.5);
  });

  it('scales a 1250 g recipe to a 50 kg batch by 50000 / 1250 = 40', () => {
    expect(scaleFactor({ batch: '50 kg' }, null, 1250)).toBe(40);
  });

  it.each([0, -2, Number.NaN, Number.POSITIVE_INFINITY])(
    'rejects servings %s with invalid_target',
    (servings) => {
      expect(() => scaleFactor({ servings }, 4, 900)).toThrow(
        code('invalid_target'),
      );
    },
  );

  it.each([0, -1, Number.NaN])(
    'rejects factor %s with invalid_target',
    (factor) => {
      expect(() => scaleFactor({ factor }, 4, 900)).toThrow(
        code('invalid_target'),
      );
    },
  );

  it('rejects a servings target when the recipe states no servings', () => {
    expect(() => scaleFactor({ servings: 6 }, null, 900)).toThrow(
      code('invalid_target'),
    );
    expect(() => scaleFactor({ servings: 6 }, undefined, 900)).toThrow(
      code('invalid_target'),
    );
  });

  it('rejects a batch target when the recipe has no known mass', () => {
    expect(() => scaleFactor({ batch: '5 kg' }, 4, 0)).toThrow(
      code('invalid_target'),
    );
  });

  it('passes on invalid_batch for batch text that does not parse', () => {
    expect(() => scaleFactor({ batch: 'huge' }, 4, 900)).toThrow(
      code('invalid_batch'),
    );
  });

  it('rejects a target of none of the three shapes', () => {
    expect(() => scaleFactor({} as Target, 4, 900)).toThrow(
      code('invalid_target'),
    );
    expect(() => scaleFactor(null as unknown as Target, 4, 900)).toThrow(
      code('invalid_target'),
    );
  });

  it('refuses a factor outside 0.001 to 10000, however it arises', () => {
    // 100000 servings from a recipe for 5e-324: an infinite factor.
    expect(() => scaleFactor({ servings: 100_000 }, 5e-324, 900)).toThrow(
      /by Infinity;/,
    );
    // 99 999 999 999 kg from a 900 g recipe: 1.1e11.
    expect(() => scaleFactor({ batch: '99999999999 kg' }, 4, 900)).toThrow(
      /by 111000000000;/,
    );
    // 0.0001 servings of a recipe for 4: 2.5e-5.
    expect(() => scaleFactor({ servings: 0.0001 }, 4, 900)).toThrow(
      /by 0\.000025;/,
    );
    expect(scaleFactor({ factor: 10_000 }, null, null)).toBe(10_000);
    expect(scaleFactor({ factor: 0.001 }, null, null)).toBe(0.001);
  });
});
