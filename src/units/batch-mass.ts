/**
 * The batch size a user asks for, as written: "50 kg", "500 g", "2.5 lb",
 * "1,5 kg". Only masses are accepted: a batch in cups would need every
 * ingredient's density before the recipe could even be scaled.
 */
import type { MassUnit } from '../domain/types.ts';
import { GRAMS_PER_UNIT } from './unit-table.ts';
import { UnitsError } from './units-error.ts';

const UNIT_WORDS: Readonly<Record<string, MassUnit>> = {
  mg: 'mg',
  milligram: 'mg',
  milligrams: 'mg',
  g: 'g',
  gr: 'g',
  gram: 'g',
  grams: 'g',
  kg: 'kg',
  kilo: 'kg',
  kilos: 'kg',
  kilogram: 'kg',
  kilograms: 'kg',
  oz: 'oz',
  ounce: 'oz',
  ounces: 'oz',
  lb: 'lb',
  lbs: 'lb',
  pound: 'lb',
  pounds: 'lb',
};

const BATCH = /^\s*(\d+(?:[.,]\d+)*)\s*([a-z]+)\.?\s*$/i;

/**
 * "1,5" is a decimal comma; "1,500" and "12,000" (groups of three digits)
 * are thousands separators, as are the commas in "1,500.5".
 */
function parseNumber(text: string): number {
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) {
    return Number(text.replaceAll(',', ''));
  }
  if (/^\d+,\d+$/.test(text)) return Number(text.replace(',', '.'));
  return /^\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
}

function invalid(text: string, why: string): UnitsError {
  return new UnitsError('invalid_batch', `Batch "${text}": ${why}`);
}

/** Grams in a batch mass as a user writes it; throws 'invalid_batch'. */
export function parseBatchMass(text: string): number {
  const match = BATCH.exec(text);
  if (!match) {
    throw invalid(text, 'write a number and a mass unit, e.g. "50 kg"');
  }
  const [, digits = '', word = ''] = match;
  const unit = UNIT_WORDS[word.toLowerCase()];
  if (!unit)
    throw invalid(text, `"${word}" is not a mass unit (g, kg, oz, lb)`);
  const quantity = parseNumber(digits);
  if (!Number.isFinite(quantity))
    throw invalid(text, `"${digits}" is not a number`);
  if (quantity <= 0) throw invalid(text, 'the mass must be above zero');
  return quantity * GRAMS_PER_UNIT[unit];
}
