/**
 * Loads the catalog into a store: the USDA foods the store lacks (by
 * fdcId), and the price list on every seed, replacing the stored one so the
 * store follows data/prices.csv.
 *
 * Foods come from the main file and its extra files (by default the sibling
 * `<name>-extra.json` when it exists), so a store seeded before a food was
 * added still gets it. Stored foods are never overwritten: a changed alias
 * of a food already in the store reaches it only through a fresh store.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Food, Price } from '../catalog/food.ts';
import type { CatalogStore } from './graph-store.ts';
import { parseCsvRecords } from './read-csv.ts';
import { StoreError } from './store-error.ts';

export interface SeedPaths {
  /** data/usda/ingredients.json */
  foodsPath: string;
  /** More food files; defaults to the sibling `<name>-extra.json`. */
  extraFoodsPaths?: readonly string[];
  /** data/prices.csv: fdc_id,food,usd_per_kg,source */
  pricesPath: string;
}

export interface SeedResult {
  foodsAdded: number;
  foodsStored: number;
  prices: number;
}

export async function seedCatalog(
  store: CatalogStore,
  { foodsPath, pricesPath, extraFoodsPaths }: SeedPaths,
): Promise<SeedResult> {
  const files = [foodsPath, ...(extraFoodsPaths ?? siblingExtra(foodsPath))];
  const foods = await readFoodFiles(files);
  const stored = new Set((await store.listFoods()).map((f) => f.fdcId));
  const missing = foods.filter((f) => !stored.has(f.fdcId));
  if (missing.length > 0) await store.upsertFoods(missing);
  const foodsAdded = missing.length;

  // Prices are seeded into an empty store only: after that the store's
  // list is the truth, changed by `brigade prices import`, so an import
  // survives a restart instead of being overwritten by the file.
  const known = new Set((await store.listFoods()).map((f) => f.fdcId));
  let prices = (await store.listPrices()).length;
  if (prices === 0) {
    const list = parsePrices(await readText(pricesPath), pricesPath, known);
    await store.replacePrices(list);
    prices = list.length;
  }

  return { foodsAdded, foodsStored: known.size, prices };
}

function siblingExtra(foodsPath: string): string[] {
  const extra = foodsPath.replace(/\.json$/, '-extra.json');
  return extra !== foodsPath && existsSync(extra) ? [extra] : [];
}

/**
 * An alias names one food: the matcher could not tell two foods sharing it
 * apart, so a duplicate across the files is refused rather than resolved.
 */
async function readFoodFiles(files: readonly string[]): Promise<Food[]> {
  const foods: Food[] = [];
  const aliasOwner = new Map<string, string>();
  const ids = new Set<number>();
  for (const file of files) {
    for (const food of parseFoods(await readText(file), file)) {
      if (ids.has(food.fdcId)) {
        throw new StoreError(
          'seed_bad_file',
          `seed: ${file}: food ${food.fdcId} is already in another file`,
        );
      }
      ids.add(food.fdcId);
      for (const alias of food.aliases ?? []) {
        const owner = aliasOwner.get(alias);
        if (owner !== undefined) {
          throw new StoreError(
            'seed_duplicate_alias',
            `seed: ${file}: alias "${alias}" of food ${food.fdcId} is already used by ${owner}`,
          );
        }
        aliasOwner.set(alias, `food ${food.fdcId} in ${file}`);
      }
      foods.push(food);
    }
  }
  return foods;
}

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    throw new StoreError('seed_file_missing', `seed: cannot read ${file}`, {
      cause: err,
    });
  }
}

function parseFoods(text: string, file: string): Food[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new StoreError('seed_bad_file', `seed: ${file} is not JSON`, {
      cause: err,
    });
  }
  if (!Array.isArray(data)) {
    throw new StoreError('seed_bad_file', `seed: ${file} is not an array`);
  }
  data.forEach((food: Partial<Food>, i) => {
    if (
      !Number.isInteger(food?.fdcId) ||
      typeof food.name !== 'string' ||
      typeof food.nutrientsPer100g !== 'object' ||
      !Array.isArray(food.portions)
    ) {
      throw new StoreError(
        'seed_bad_file',
        `seed: ${file} item ${i} lacks fdcId, name, nutrientsPer100g or portions`,
      );
    }
  });
  return data as Food[];
}

/**
 * Every row must name a food of the catalog: a price for an unknown id is
 * a typo in the list, and silently dropping it would hide a missing cost.
 */
function parsePrices(text: string, file: string, known: Set<number>) {
  const prices = new Map<number, Price>();
  parseCsvRecords(text).forEach((row, i) => {
    const where = `seed: ${file} row ${i + 2}`;
    const fdcId = /^\d+$/.test(row.fdc_id?.trim() ?? '')
      ? Number(row.fdc_id)
      : NaN;
    const usdPerKg = Number(row.usd_per_kg);
    const source = row.source?.trim() ?? '';
    if (!Number.isInteger(fdcId) || !(usdPerKg > 0) || !source) {
      throw new StoreError(
        'seed_bad_file',
        `${where}: needs an integer fdc_id, a positive usd_per_kg and a source`,
      );
    }
    if (!known.has(fdcId)) {
      throw new StoreError('seed_unknown_food', `${where}: no food ${fdcId}`);
    }
    if (prices.has(fdcId)) {
      throw new StoreError('seed_bad_file', `${where}: ${fdcId} twice`);
    }
    prices.set(fdcId, { fdcId, usdPerKg, source });
  });
  return [...prices.values()];
}
