import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Food } from '../../src/catalog/food.ts';
import { BLS_MAPPING } from '../../src/pricing/bls-mapping.ts';

const read = (path: string) =>
  readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const foods: Food[] = JSON.parse(read('data/usda/ingredients.json'));
const blsIds = new Set(
  read('data/usda/prices-bls.csv')
    .split('\n')
    .map((l) => l.split(',')[0]),
);

describe('BLS_MAPPING', () => {
  it('names only BLS series that exist in data/usda/prices-bls.csv', () => {
    for (const m of BLS_MAPPING) expect(blsIds).toContain(m.seriesId);
  });

  it('names only catalog foods, each priced once', () => {
    const ids = new Set(foods.map((f) => f.fdcId));
    for (const m of BLS_MAPPING) expect(ids).toContain(m.fdcId);
    const mapped = BLS_MAPPING.map((m) => m.fdcId);
    expect(new Set(mapped).size).toBe(mapped.length);
  });

  it('prices the catalog foods the BLS items are', () => {
    const byFood = (fdcId: number) =>
      BLS_MAPPING.find((m) => m.fdcId === fdcId)?.seriesId;
    expect(byFood(168894)).toBe('APU0000701111'); // all-purpose flour
    expect(byFood(169655)).toBe('APU0000715211'); // granulated sugar
    expect(byFood(171287)).toBe('APU0000708111'); // egg
    expect(byFood(173430)).toBe('APU0000FS1101'); // unsalted butter
    expect(byFood(169736)).toBe('APU0000701322'); // pasta
  });

  it('keeps an edible share between 0 and 1', () => {
    for (const m of BLS_MAPPING) {
      const share = m.edible?.fraction ?? 1;
      expect(share).toBeGreaterThan(0);
      expect(share).toBeLessThanOrEqual(1);
    }
  });
});
