/**
 * Importing a price list while Brigade runs: the file's rows replace the
 * stored prices of their foods (foods not in the file keep theirs), then
 * the cached costs of those foods are dropped in every tier, so the next
 * run costs with the new figures.
 *
 * A run that read a food's old price from the store just before the
 * replace may still write it to the cache just after the invalidation;
 * that window is one store read long and is not closed here.
 */
import type { CatalogStore } from '../store/graph-store.ts';
import { parseCsvRow } from './csv-row.ts';
import { PriceListError } from './price-list-error.ts';
import { loadPriceList } from './price-list.ts';

export interface PriceImportResult {
  /** Rows of the file now in the store. */
  imported: number;
  /** Cached `cost:` keys dropped (L1 of this process or Redis). */
  invalidated: number;
}

/** Drops cached costs of these foods; how many were cached. */
export type InvalidateCosts = (fdcIds: readonly number[]) => Promise<number>;

/**
 * Validates the whole file first (PriceListError naming the line), so a
 * bad file changes nothing.
 */
export async function importPriceCsv(
  store: CatalogStore,
  csv: string,
  invalidate?: InvalidateCosts,
): Promise<PriceImportResult> {
  const prices = loadPriceList(csv);
  await checkFoodsExist(store, csv, [...prices.keys()]);

  const merged = new Map((await store.listPrices()).map((p) => [p.fdcId, p]));
  for (const price of prices.values()) merged.set(price.fdcId, price);
  await store.replacePrices(
    [...merged.values()].sort((a, b) => a.fdcId - b.fdcId),
  );

  const invalidated = invalidate ? await invalidate([...prices.keys()]) : 0;
  return { imported: prices.size, invalidated };
}

/** A price for a food the catalog lacks is a typo in the file. */
async function checkFoodsExist(
  store: CatalogStore,
  csv: string,
  fdcIds: number[],
): Promise<void> {
  const known = new Set((await store.listFoods()).map((f) => f.fdcId));
  const unknown = fdcIds.find((id) => !known.has(id));
  if (unknown === undefined) return;
  const line = lineOf(csv, unknown);
  throw new PriceListError(
    'invalid_price_list',
    `Price list line ${line}: no catalog food has fdc_id ${unknown}`,
    line,
  );
}

function lineOf(csv: string, fdcId: number): number {
  const lines = csv.replace(/^\uFEFF/, '').split(/\r?\n/);
  const i = lines.findIndex(
    (text, n) => n > 0 && parseCsvRow(text)?.[0]?.trim() === String(fdcId),
  );
  return i + 1;
}
