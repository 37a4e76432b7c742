import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedCatalog } from '../../src/store/catalog-seed.ts';
import { SqliteStore } from '../../src/store/sqlite-store.ts';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const foodsPath = here('../../data/usda/ingredients.json');
const pricesPath = here('../fixtures/prices-sample.csv');
const realPrices = here('../../data/prices.csv');
const code = (c: string) => expect.objectContaining({ code: c });

let store: SqliteStore;
let dir: string;
beforeEach(async () => {
  store = new SqliteStore(':memory:');
  await store.init();
  dir = mkdtempSync(path.join(tmpdir(), 'brigade-seed-'));
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const csv = (text: string) => {
  const file = path.join(dir, 'prices.csv');
  writeFileSync(file, text);
  return file;
};

describe('seedCatalog', () => {
  it('loads the 405 USDA foods into an empty store', async () => {
    const mainOnly = { foodsPath, pricesPath, extraFoodsPaths: [] };
    expect(await seedCatalog(store, mainOnly)).toEqual({
      foodsAdded: 405,
      foodsStored: 405,
      prices: 3,
    });
    expect(await store.foodCount()).toBe(405);
    // SOURCE.md: butter, salted (173410) has 717 kcal and 81.11 g fat.
    const butter = await store.getFood(173410);
    expect(butter?.nutrientsPer100g.energy_kcal).toBe(717);
    expect(butter?.nutrientsPer100g.fat_g).toBe(81.11);
    const ids = (await store.listFoods()).map((f) => f.fdcId);
    expect(ids).toHaveLength(405);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
  });

  it('adds no food on a second seed', async () => {
    await seedCatalog(store, { foodsPath, pricesPath });
    const again = await seedCatalog(store, { foodsPath, pricesPath });
    expect(again.foodsAdded).toBe(0);
    // 405 foods in ingredients.json and 5 in ingredients-extra.json.
    expect(await store.foodCount()).toBe(410);
  });

  it('reads prices per kg from the price list', async () => {
    await seedCatalog(store, { foodsPath, pricesPath });
    // BLS flour 2023-11: $0.541 per lb; 0.541 / 0.4536 kg = $1.1927 per kg.
    expect(await store.getPrice(168894)).toEqual({
      fdcId: 168894,
      usdPerKg: 1.1927,
      source: 'BLS APU0000701111 2023-11',
    });
    expect(await store.getPrice(173410)).toBeUndefined();
  });

  it('keeps the stored prices on a later start, so an import survives', async () => {
    await seedCatalog(store, { foodsPath, pricesPath });
    const imported = [{ fdcId: 169655, usdPerKg: 2.5, source: 'import' }];
    await store.replacePrices(imported);
    const result = await seedCatalog(store, { foodsPath, pricesPath });
    expect(result.prices).toBe(1);
    expect(await store.listPrices()).toEqual(imported);
  });

  it('refuses a price for a food the catalog does not have', async () => {
    const unknown = csv('fdc_id,food,usd_per_kg,source\n1,nothing,2,test\n');
    await expect(
      seedCatalog(store, { foodsPath, pricesPath: unknown }),
    ).rejects.toThrow(code('seed_unknown_food'));
    expect(await store.listPrices()).toHaveLength(0);
  });

  it('refuses a row without a positive price', async () => {
    const bad = csv('fdc_id,food,usd_per_kg,source\n168894,flour,,test\n');
    await expect(
      seedCatalog(store, { foodsPath, pricesPath: bad }),
    ).rejects.toThrow(code('seed_bad_file'));
  });

  it('names a missing file', async () => {
    await expect(
      seedCatalog(store, {
        foodsPath: path.join(dir, 'none.json'),
        pricesPath,
      }),
    ).rejects.toThrow(code('seed_file_missing'));
  });

  it.runIf(existsSync(realPrices))(
    'accepts the project price list against the catalog',
    async () => {
      const result = await seedCatalog(store, {
        foodsPath,
        pricesPath: realPrices,
      });
      expect(result.prices).toBeGreaterThan(0);
    },
  );
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
