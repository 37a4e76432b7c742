/**
 * The amount at the start of a line, read by parse-ingredient and then
 * corrected where it stops short: package sizes ("1 (14 oz) can",
 * "2 x 400 g cans", "1 15-ounce can"), equivalents right after the amount
 * ("2 cups (212g)", "7 1/2 cups / 1.75 liters") and "plus" additions.
 */
import { parseIngredient } from 'parse-ingredient';
import type { Amount, Unit } from '../../domain/types.ts';
import {
  amount,
  leadingMeasure,
  leadingPoundsOunces,
  parseMeasureList,
} from './measure.ts';
import {
  canonicalUnit,
  EXTRA_LIBRARY_UNITS,
  isMassUnit,
  isMeasureUnit,
  SIZE_UNITS,
} from './units.ts';

export interface ReadAmount {
  amount: Amount | null;
  packageSize: Amount | null;
  equivalents: Amount[];
  additions: Amount[];
  notes: string[];
  /** What follows the amount: the name and its notes. */
  rest: string;
}

const OPTIONS = { additionalUOMs: EXTRA_LIBRARY_UNITS };

/** Containers that, after a mass ("400g can tomatoes"), say only how it is sold. */
const CONTAINERS = new Set(['can', 'jar', 'bottle', 'package', 'bag', 'box']);

export function readAmount(text: string): ReadAmount {
  // The library reads "1 lb 2 oz flour" as 1 lb of "2 oz flour".
  const compound = leadingPoundsOunces(text);
  if (compound) return { ...empty(compound.rest), amount: compound.amount };
  const [lib] = parseIngredient(text, OPTIONS);
  let quantity = lib?.quantity ?? null;
  let max = lib?.quantity2 ?? undefined;
  let unit: Unit | null = lib?.unitOfMeasure
    ? (canonicalUnit(lib.unitOfMeasure) ?? lib.unitOfMeasureID)
    : null;
  // "2 dozen eggs" is 24 eggs: a dozen is a number, not a unit of the food.
  if (unit === 'dozen') {
    quantity = quantity === null ? 12 : quantity * 12;
    max = max === undefined ? undefined : max * 12;
    unit = null;
  }
  // "pinch Salt", "Dash of nutmeg": a unit with no number is one of it.
  if (quantity === null && unit !== null) quantity = 1;

  const out: ReadAmount = {
    ...empty(lib?.description ?? text),
    amount: quantity === null ? null : amount(quantity, max, unit),
  };
  if (out.amount) readAfterAmount(out, out.amount);
  return out;
}

function empty(rest: string): ReadAmount {
  return {
    amount: null,
    packageSize: null,
    equivalents: [],
    additions: [],
    notes: [],
    rest,
  };
}

function readAfterAmount(out: ReadAmount, main: Amount): void {
  const countable = !isMeasureUnit(main.unit);
  for (let guard = 0; guard < 8; guard++) {
    const before = out.rest;
    out.rest = out.rest.trim();
    readLeadingBracket(out, main);
    readLeadingSlashOrPlus(out);
    out.rest = out.rest.replace(/^(?:[-–—]\s+|x\s+(?=\d))/i, '');
    if (countable && !out.packageSize) readBarePackage(out);
    if (main.unit === null && out.packageSize) readCountWord(out, main);
    if (out.rest === before) break;
  }
  const container = /^([a-z]+)\s+(?=\S)/i.exec(out.rest);
  if (
    !countable &&
    container &&
    CONTAINERS.has(canonicalUnit(container[1]!) ?? '')
  ) {
    out.notes.push(container[1]!.toLowerCase());
    out.rest = out.rest.slice(container[0].length);
  }
}

/**
 * "(14 oz)" right after the number is the size of one package ("1 (14 oz)
 * can", "2 (32 oz) broth"); after a unit it restates the whole amount
 * ("1½ sticks (¾ cup)", "2 cups (212g)") and is an equivalent.
 */
function readLeadingBracket(out: ReadAmount, main: Amount): void {
  const m = /^\(([^()]*)\)\s*/.exec(out.rest);
  if (!m) return;
  const list = parseMeasureList(m[1]!);
  if (!list) return;
  const measures = list.filter((a) => isMeasureUnit(a.unit));
  if (main.unit === null && measures.length > 0 && !out.packageSize) {
    out.packageSize = measures.find((a) => isMassUnit(a.unit)) ?? measures[0]!;
  } else {
    out.equivalents.push(...list);
  }
  out.rest = out.rest.slice(m[0].length);
}

function readLeadingSlashOrPlus(out: ReadAmount): void {
  const m = /^(\/|plus\s+|\+\s*)/i.exec(out.rest);
  if (!m) return;
  const found = leadingMeasure(out.rest.slice(m[0].length).trim());
  if (!found) return;
  if (m[1] === '/') out.equivalents.push(found.amount);
  else out.additions.push(found.amount);
  out.rest = found.rest;
}

/** "1 15-ounce can", "1 3 lb pork shoulder", "1 boneless 2-3 pound roast". */
function readBarePackage(out: ReadAmount): void {
  const word = /^([a-z]+)\s+(?=[\d½⅓⅔¼¾⅛])/i.exec(out.rest);
  const skip = word && canonicalUnit(word[1]!) === null ? word[0] : '';
  const found = leadingMeasure(out.rest.slice(skip.length));
  if (!found) return;
  out.packageSize = found.amount;
  out.rest = `${skip}${found.rest}`;
}

/** After a package size, a count word is the unit: "(14 oz) can", "jigger". */
function readCountWord(out: ReadAmount, main: Amount): void {
  const m = /^([a-z]+)\b\s*(?:of\s+)?/i.exec(out.rest);
  const unit = m ? canonicalUnit(m[1]!) : null;
  if (!m || unit === null || isMeasureUnit(unit) || SIZE_UNITS.has(unit))
    return;
  main.unit = unit;
  out.rest = out.rest.slice(m[0].length);
}
