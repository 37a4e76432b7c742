/**
 * Writes data/prices.csv from the BLS average prices and the hand-made
 * mapping in src/pricing/bls-mapping.ts. Every price is converted to USD
 * per kg of the USDA food, and the source column says how.
 *
 *   npx tsx scripts/build-price-list.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Amount } from '../src/domain/types.ts';
import type { Food } from '../src/catalog/food.ts';
import { BLS_MAPPING, type BlsMapping } from '../src/pricing/bls-mapping.ts';
import { csvField, parseCsvRow } from '../src/pricing/csv-row.ts';
import {
  GRAMS_PER_UNIT,
  isMassUnit,
  isVolumeUnit,
} from '../src/units/unit-table.ts';
import { volumeGrams } from '../src/units/volume-grams.ts';
import { pieceGrams } from '../src/units/piece-grams.ts';

interface BlsRow {
  item: string;
  price: number;
  period: string;
}

const root = new URL('../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

function blsRows(): Map<string, BlsRow> {
  const rows = new Map<string, BlsRow>();
  for (const line of read('data/usda/prices-bls.csv').split(/\r?\n/).slice(1)) {
    const [id, item, , price, period] = parseCsvRow(line) ?? [];
    if (!id || !item || !price || !period) continue;
    rows.set(id, { item, price: Number(price), period });
  }
  return rows;
}

/** "Flour, white, all purpose, per lb. (453.6 gm)" → "flour, white, all purpose, per lb". */
function shortItem(item: string): string {
  return item
    .replace(/\s*\([^)]*\)\s*$/, '')
    .replace(/\.$/, '')
    .toLowerCase();
}

function purchaseGrams(purchase: Amount, food: Food) {
  const { quantity, unit } = purchase;
  const text = `${quantity} ${unit}`;
  if (isMassUnit(unit)) {
    const grams = quantity * GRAMS_PER_UNIT[unit];
    return { grams, basis: `${text} = ${grams} g` };
  }
  const found = isVolumeUnit(unit)
    ? volumeGrams(quantity, unit, food, new Set())
    : pieceGrams(food, unit);
  if (!found || found.approximate) {
    throw new Error(`cannot weigh ${text} of ${food.name} exactly`);
  }
  const grams = isVolumeUnit(unit) ? found.grams : found.grams * quantity;
  return { grams, basis: `${text} = ${+grams.toFixed(2)} g by ${found.basis}` };
}

function priceRow(map: BlsMapping, bls: BlsRow, food: Food): string {
  const { grams, basis } = purchaseGrams(map.purchase, food);
  const edible = map.edible?.fraction ?? 1;
  const usdPerKg = ((bls.price / grams) * 1000) / edible;
  const source = [
    `BLS ${map.seriesId} ${bls.period} ${shortItem(bls.item)}`,
    `$${bls.price}`,
    basis,
    map.edible?.basis,
    map.note,
  ].filter(Boolean);
  return [food.fdcId, food.name, usdPerKg.toFixed(4), source.join('; ')]
    .map(csvField)
    .join(',');
}

function main(): void {
  const foods = new Map(
    (JSON.parse(read('data/usda/ingredients.json')) as Food[]).map((f) => [
      f.fdcId,
      f,
    ]),
  );
  const bls = blsRows();
  const lines = ['fdc_id,food,usd_per_kg,source'];
  for (const map of BLS_MAPPING) {
    const row = bls.get(map.seriesId);
    const food = foods.get(map.fdcId);
    if (!row || !food)
      throw new Error(
        `unknown series or food in ${map.seriesId} → ${map.fdcId}`,
      );
    lines.push(priceRow(map, row, food));
  }
  writeFileSync(new URL('data/prices.csv', root), lines.join('\n') + '\n');
  console.log(`data/prices.csv: ${lines.length - 1} foods`);
}

main();
