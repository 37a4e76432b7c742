import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedCatalog } from '../../src/store/catalog-seed.ts';
import { SqliteStore } from '../../src/store/sqlite-store.ts';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const foodsPath = here('../../data/usda/ingredients.json');
const pricesPath = here('../fixtures/prices-sample.csv');
const code = (c: string) => expect.objectContaining({ code: c });

let store: SqliteStore;
let dir: string;
beforeEach(async () => {
  store = new SqliteStore(':memory:');
  await store.init();
  dir = mkdtempSync(path.join(tmpdir(), 'brigade-seed-extra-'));
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const json = (name: string, value: unknown) => {
  const file = path.join(dir, name);
  writeFileSync(file, JSON.stringify(value));
  return file;
};
const food = (fdcId: number, aliases: string[]) => ({
  fdcId,
  ndb: String(fdcId),
  name: aliases[0],
  description: `food ${fdcId}`,
  category: 'Test',
  nutrientsPer100g: { energy_kcal: 1 },
  portions: [],
  aliases,
});

describe('seedCatalog with extra food files', () => {
  it('adds the foods of the sibling ingredients-extra.json', async () => {
    const result = await seedCatalog(store, { foodsPath, pricesPath });
    // ingredients.json holds 405 foods, ingredients-extra.json 5.
    expect(result.foodsAdded).toBe(410);
    // SR28 ABBREV 11141 "CELERIAC,RAW": 42 kcal, 9.20 g carbohydrate.
    const celeriac = await store.getFood(170400);
    expect(celeriac?.nutrientsPer100g.energy_kcal).toBe(42);
    expect(celeriac?.nutrientsPer100g.carbohydrate_g).toBe(9.2);
  });

  it('adds nothing on a second seed', async () => {
    await seedCatalog(store, { foodsPath, pricesPath });
    const again = await seedCatalog(store, { foodsPath, pricesPath });
    expect(again).toMatchObject({ foodsAdded: 0, foodsStored: 410 });
  });

  it('adds to a store seeded before the extra foods existed', async () => {
    await seedCatalog(store, { foodsPath, pricesPath, extraFoodsPaths: [] });
    expect(await store.foodCount()).toBe(405);
    const later = await seedCatalog(store, { foodsPath, pricesPath });
    expect(later.foodsAdded).toBe(5);
    expect(await store.getFood(173176)).toBeDefined();
  });

  it('refuses an alias used by a food of another file', async () => {
    const extra = json('extra.json', [food(1, ['celeriac', 'butter'])]);
    await expect(
      seedCatalog(store, { foodsPath, pricesPath, extraFoodsPaths: [extra] }),
    ).rejects.toThrow(code('seed_duplicate_alias'));
    await expect(
      seedCatalog(store, { foodsPath, pricesPath, extraFoodsPaths: [extra] }),
    ).rejects.toThrow(/alias "butter" of food 1 .* food 173410/);
    expect(await store.foodCount()).toBe(0);
  });

  it('refuses a food that is already in another file', async () => {
    const extra = json('extra.json', [food(173410, ['salted butter 2'])]);
    await expect(
      seedCatalog(store, { foodsPath, pricesPath, extraFoodsPaths: [extra] }),
    ).rejects.toThrow(code('seed_bad_file'));
  });
});
