import { describe, expect, it } from 'vitest';
import {
  parseMeasureSum,
  parseRestatedMeasure,
} from '../../../src/agents/recipe-engineer/measure.ts';

describe('parseMeasureSum', () => {
  it('adds two volumes in the smaller unit: ¼ cup plus 1 tablespoon = 5 tbsp', () => {
    expect(parseMeasureSum('¼ cup plus 1 tablespoon')).toEqual({
      quantity: 5,
      unit: 'tbsp',
    });
  });

  it('adds two masses: 1 lb + 2 oz = 18 oz (a pound is 16 oz)', () => {
    expect(parseMeasureSum('1 lb + 2 oz')).toEqual({
      quantity: 18,
      unit: 'oz',
    });
  });

  it('refuses to add a mass to a volume, or a count', () => {
    expect(parseMeasureSum('1 cup plus 2 oz')).toBeNull();
    expect(parseMeasureSum('1 cup plus 2 eggs')).toBeNull();
    expect(parseMeasureSum('1 cup')).toBeNull();
  });
});

describe('parseRestatedMeasure', () => {
  it('accepts an amount followed by words of the name', () => {
    expect(
      parseRestatedMeasure('~1 1/2 lbs. chicken', 'shredded chicken'),
    ).toEqual({ quantity: 1.5, unit: 'lb' });
  });

  it('refuses words the name does not say', () => {
    expect(parseRestatedMeasure('2 cups water', 'shredded chicken')).toBeNull();
    expect(parseRestatedMeasure('2 peppers', 'chipotle peppers')).toBeNull();
  });
});
