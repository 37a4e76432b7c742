/**
 * The price list: USD per kg of catalog foods, read from a CSV users may
 * replace (data/prices.csv, columns fdc_id,food,usd_per_kg,source). A
 * list with one bad row is refused whole: silently dropping a price would
 * make a recipe look cheaper than it is.
 */
import type { Price } from '../catalog/food.ts';
import { parseCsvRow } from './csv-row.ts';
import { PriceListError } from './price-list-error.ts';

const HEADER = ['fdc_id', 'food', 'usd_per_kg', 'source'];
/**
 * Saffron, the dearest spice, retails near $10,000/kg; ten times that is
 * a typo (or a test of the import), not a price.
 */
export const MAX_USD_PER_KG = 100_000;

function fault(line: number, why: string): PriceListError {
  return new PriceListError(
    'invalid_price_list',
    `Price list line ${line}: ${why}`,
    line,
  );
}

function checkHeader(first: string | undefined): void {
  const fields = parseCsvRow(first ?? '')?.map((f) => f.trim());
  if (fields?.join(',') !== HEADER.join(',')) {
    throw fault(1, `the header must be "${HEADER.join(',')}"`);
  }
}

function parseRow(text: string, line: number): Price {
  const fields = parseCsvRow(text);
  if (!fields) throw fault(line, 'a quoted field is not closed');
  if (fields.length !== HEADER.length) {
    throw fault(line, `expected 4 fields, found ${fields.length}`);
  }
  const [id = '', , perKg = '', source = ''] = fields.map((f) => f.trim());
  const fdcId = Number(id);
  if (!/^\d+$/.test(id) || !Number.isSafeInteger(fdcId) || fdcId <= 0) {
    throw fault(line, `fdc_id "${id}" is not a positive whole number`);
  }
  const usdPerKg = Number(perKg);
  if (perKg === '' || !Number.isFinite(usdPerKg) || usdPerKg <= 0) {
    throw fault(line, `usd_per_kg "${perKg}" is not a price above zero`);
  }
  if (usdPerKg > MAX_USD_PER_KG) {
    throw fault(
      line,
      `usd_per_kg "${perKg}" is above ${MAX_USD_PER_KG}, more than any food costs`,
    );
  }
  if (source === '')
    throw fault(line, 'source is empty; say where the price comes from');
  return { fdcId, usdPerKg, source };
}

/** fdcId → price. Throws 'invalid_price_list' naming the first bad line. */
export function loadPriceList(csvText: string): Map<number, Price> {
  const lines = csvText.replace(/^\uFEFF/, '').split(/\r?\n/);
  checkHeader(lines[0]);
  const prices = new Map<number, Price>();
  lines.forEach((text, i) => {
    if (i === 0 || text.trim() === '') return;
    const price = parseRow(text, i + 1);
    if (prices.has(price.fdcId)) {
      throw fault(i + 1, `fdc_id ${price.fdcId} is listed twice`);
    }
    prices.set(price.fdcId, price);
  });
  if (prices.size === 0) {
    throw fault(1, 'the file has a header but no prices');
  }
  return prices;
}

/**
 * USD for `grams` of a food at `price`, unrounded: sums of many lines are
 * rounded once, to cents, when shown. Null when either is unknown.
 */
export function costOf(
  grams: number | null,
  price: Price | null | undefined,
): number | null {
  if (grams === null || !price) return null;
  return (grams / 1000) * price.usdPerKg;
}
