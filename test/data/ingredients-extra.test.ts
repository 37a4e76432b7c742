import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Food } from '../../src/catalog/food.ts';

const read = (p: string): Food[] =>
  JSON.parse(readFileSync(new URL(p, import.meta.url), 'utf8'));
const main = read('../../data/usda/ingredients.json');
const extra = read('../../data/usda/ingredients-extra.json');
const byId = new Map(extra.map((f) => [f.fdcId, f]));

describe('data/usda/ingredients-extra.json', () => {
  it('gives every food an fdcId, an NDB number and its energy', () => {
    for (const food of extra) {
      expect(Number.isInteger(food.fdcId)).toBe(true);
      expect(food.ndb).toMatch(/^\d{5}$/);
      expect(typeof food.nutrientsPer100g.energy_kcal).toBe('number');
    }
  });

  it('adds only foods the main file lacks', () => {
    const mainIds = new Set(main.map((f) => f.fdcId));
    expect(extra.filter((f) => mainIds.has(f.fdcId))).toEqual([]);
  });

  it('uses lower-case aliases that are unique across both files', () => {
    const aliases = [...main, ...extra].flatMap((f) => f.aliases);
    expect(aliases.filter((a) => a !== a.toLowerCase())).toEqual([]);
    expect(aliases.length).toBe(new Set(aliases).size);
  });

  // Figures checked by hand against SR28 ABBREV.txt (itgma/maxprotein,
  // commit 28de9da7), columns Water^Energ_Kcal^Protein^Lipid_Tot^Ash^
  // Carbohydrt^Fiber_TD^Sugar_Tot^Calcium^Iron^Magnesium^Phosphorus^
  // Potassium^Sodium …, and GmWt_1^GmWt_Desc1 at the end of the row.
  it('holds celeriac as USDA gives it', () => {
    // ~11141~^~CELERIAC,RAW~^88.00^42^1.50^0.30^1.00^9.20^1.8^1.60^43^0.70^
    // 20^115^300^100^ … ^156^~1 cup~^^~~^14
    const celeriac = byId.get(170400);
    expect(celeriac?.ndb).toBe('11141');
    expect(celeriac?.nutrientsPer100g).toMatchObject({
      water_g: 88,
      energy_kcal: 42,
      protein_g: 1.5,
      carbohydrate_g: 9.2,
      fiber_g: 1.8,
      potassium_mg: 300,
      sodium_mg: 100,
    });
    expect(celeriac?.portions[0]).toMatchObject({ unit: 'cup', grams: 156 });
    // 156 g / 236.588 ml = 0.6594 g/ml.
    expect(celeriac?.derived?.gPerMl).toBe(0.6594);
  });

  it('holds the sweet dessert wine (marsala) as USDA gives it', () => {
    // ~14057~^~ALCOHOLIC BEV,WINE,DSSRT,SWT~^70.51^160^0.20^0.00^0.30^
    // 13.69^0.0^7.78^8^0.24^9^9^92^9^ … ^29.5^~1 fl oz~^103^
    // ~1 glass,  (3.5 fl oz)~^0
    const wine = byId.get(173176);
    expect(wine?.aliases).toContain('marsala wine');
    expect(wine?.nutrientsPer100g).toMatchObject({
      energy_kcal: 160,
      carbohydrate_g: 13.69,
      sugars_g: 7.78,
      potassium_mg: 92,
      sodium_mg: 9,
    });
    expect(wine?.portions.map((p) => p.grams)).toEqual([29.5, 103]);
  });

  it('holds the chicken bouillon cube as USDA gives it', () => {
    // ~06081~^~SOUP,CHICK BROTH CUBES,DRY~^2.50^198^14.60^4.70^54.70^23.50^
    // 0.0^0.00^190^1.87^56^191^374^24000^ … ^13^4.8^~1 cube~^^~~^0
    const cube = byId.get(171563);
    expect(cube?.nutrientsPer100g).toMatchObject({
      energy_kcal: 198,
      fat_g: 4.7,
      sodium_mg: 24000,
      cholesterol_mg: 13,
    });
    expect(cube?.portions).toEqual([
      expect.objectContaining({ unit: 'cube', unitKind: 'count', grams: 4.8 }),
    ]);
  });

  it('leaves null, never 0, for the nutrients its source does not carry', () => {
    // ABBREV.txt has no column for kJ, trans fat, alcohol or caffeine.
    for (const food of extra) {
      expect(food.nutrientsPer100g).toMatchObject({
        energy_kj: null,
        trans_fat_g: null,
        alcohol_g: null,
        caffeine_mg: null,
      });
    }
  });
});
