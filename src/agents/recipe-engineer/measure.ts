/**
 * Amounts written inside a line rather than at its start: the "212g" of
 * "2 cups (212g)", the "14 oz" of "1 (14 oz) can", "12 1/2 oz./390 g".
 */
import type { Amount } from '../../domain/types.ts';
import {
  NUMBER_SOURCE,
  parseNumber,
  parseQuantity,
  QUANTITY_SOURCE,
} from './quantity.ts';
import { GRAMS_PER_UNIT, ML_PER_UNIT } from '../../units/unit-table.ts';
import {
  canonicalUnit,
  isMassUnit,
  isMeasureUnit,
  isVolumeUnit,
} from './units.ts';

const APPROX = /^(?:about|approximately|approx\.?|around|roughly|~|≈)\s*/i;
const EACH = /\s+each$/i;

/** Quantity, an optional hyphen ("15-ounce"), then one or two unit words. */
const MEASURE = new RegExp(
  `^(${QUANTITY_SOURCE})\\s*-?\\s*([a-zA-Z]+\\.?(?:\\s*[a-zA-Z]+\\.?)?)?$`,
);

/**
 * Reads `text` as exactly one amount ("about 4 oz.", "1.5 fluid ounce",
 * "4-5"); null when anything else is in it. Two pounds-and-ounces parts
 * ("1 lb 10 oz") become ounces.
 */
export function parseMeasure(text: string): Amount | null {
  const t = text.trim().replace(APPROX, '').replace(EACH, '');
  const compound = leadingPoundsOunces(t);
  if (compound && !compound.rest) return compound.amount;
  const m = MEASURE.exec(t);
  if (!m) return null;
  const q = parseQuantity(m[1]!);
  if (!q) return null;
  const unit = m[2] === undefined ? null : unitOf(m[2]);
  if (unit === undefined) return null;
  return amount(q.quantity, q.max, unit);
}

const POUNDS_OUNCES = new RegExp(
  `^(\\d+)\\s*(?:lbs?|pounds?)\\.?\\s+(${NUMBER_SOURCE})\\s*(?:oz|ounces?)\\.?(?=[\\s,)]|$)`,
  'i',
);

/**
 * "1 lb 2 oz flour", "1 pound 8 ounces potatoes": one mass written in two
 * parts, as ounces (18 oz), with the text after it. Null when `text` does
 * not start with one.
 */
export function leadingPoundsOunces(
  text: string,
): { amount: Amount; rest: string } | null {
  const m = POUNDS_OUNCES.exec(text);
  const ounces = m ? parseNumber(m[2]!) : null;
  if (!m || ounces === null) return null;
  const quantity = Math.round((Number(m[1]) * 16 + ounces) * 1000) / 1000;
  return {
    amount: { quantity, unit: 'oz' },
    rest: text.slice(m[0].length).trim(),
  };
}

/** A unit word, or undefined when the word is not a unit at all. */
function unitOf(written: string): string | null | undefined {
  return canonicalUnit(written) ?? undefined;
}

export function amount(
  quantity: number,
  max: number | undefined,
  unit: string | null,
): Amount {
  return max === undefined
    ? { quantity, unit }
    : { quantity, quantityMax: max, unit };
}

/** ";", " or ", and a slash that is not inside a fraction like "1/2". */
const LIST_SEPARATOR = /\s*(?:;|(?<!\d)\/|\/(?!\d)|\bor\b)\s*/;

/**
 * Reads a list of amounts that say the same thing in other units:
 * "12 1/2 oz./390 g", "12 Tbsp; 170g", "1 fl oz/2 tbsp". Null unless every
 * part is an amount.
 */
export function parseMeasureList(text: string): Amount[] | null {
  const parts = text.split(LIST_SEPARATOR).filter(Boolean);
  if (parts.length === 0) return null;
  const out: Amount[] = [];
  for (const part of parts) {
    const a = parseMeasure(part);
    if (!a) return null;
    out.push(a);
  }
  return out;
}

const LEADING = new RegExp(
  `^(${QUANTITY_SOURCE})\\s*-?\\s*([a-zA-Z]+\\.?(?:\\s+[a-zA-Z]+\\.?)?)(?=[\\s,)]|$)`,
);

/**
 * A mass or volume at the start of `text` ("15-ounce can beans",
 * "12 oz. bottle of beer"), with the text after it.
 */
export function leadingMeasure(
  text: string,
): { amount: Amount; rest: string } | null {
  const m = LEADING.exec(text);
  if (!m) return null;
  const q = parseQuantity(m[1]!);
  if (!q) return null;
  // Two words are tried first for "fl oz", then the first word alone.
  const words = m[2]!;
  for (const candidate of [words, words.split(/\s+/)[0]!]) {
    const unit = canonicalUnit(candidate);
    if (unit !== null && isMeasureUnit(unit)) {
      const consumed =
        m[1]!.length +
        m[0].slice(m[1]!.length).indexOf(candidate) +
        candidate.length;
      return {
        amount: amount(q.quantity, q.max, unit),
        rest: text.slice(consumed).trim(),
      };
    }
  }
  return null;
}

/** Size of one unit in a common base, so that two parts can be added. */
function baseSize(unit: string | null): { kind: string; size: number } | null {
  if (isMassUnit(unit)) return { kind: 'mass', size: GRAMS_PER_UNIT[unit] };
  if (isVolumeUnit(unit)) return { kind: 'volume', size: ML_PER_UNIT[unit] };
  return null;
}

/**
 * "¼ cup plus 1 tablespoon": two amounts of one kind, as a single amount
 * in the smaller unit (5 tbsp), so that it reads as the author meant.
 * Null unless both parts are amounts of the same kind.
 */
export function parseMeasureSum(text: string): Amount | null {
  const parts = text.split(/\s+(?:plus|\+)\s+/i);
  if (parts.length !== 2) return null;
  const [a, b] = parts.map((p) => parseMeasure(p));
  if (!a || !b || a.quantityMax !== undefined || b.quantityMax !== undefined)
    return null;
  const sa = baseSize(a.unit);
  const sb = baseSize(b.unit);
  if (!sa || !sb || sa.kind !== sb.kind) return null;
  const [big, small] = sa.size >= sb.size ? [a, b] : [b, a];
  const ratio = Math.max(sa.size, sb.size) / Math.min(sa.size, sb.size);
  const quantity = Math.round((big.quantity * ratio + small.quantity) * 1000);
  return { quantity: quantity / 1000, unit: small.unit };
}

/**
 * "~1 1/2 lbs. chicken" inside "3 cups shredded chicken (…)": an amount
 * followed by words that only repeat the food's name is that food's
 * amount. `name` is the line's text outside brackets.
 */
export function parseRestatedMeasure(
  text: string,
  name: string,
): Amount | null {
  const found = leadingMeasure(text.trim().replace(APPROX, ''));
  if (!found || !found.rest) return null;
  const said = new Set(name.toLowerCase().match(/[a-z]+/g) ?? []);
  const words = found.rest.toLowerCase().split(/\s+/);
  const repeats = words.every((w) => /^[a-z]+$/.test(w) && said.has(w));
  return repeats ? found.amount : null;
}
