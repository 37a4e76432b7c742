/**
 * Quantities written wrongly: "1/2/3", "½½", "1.5.5", "0x10", "1e3",
 * "1/0", "0". parse-ingredient reads a prefix of such a text ("1/2" of "1/2/3")
 * and leaves the rest to be read as something else ("/3 cup" as an
 * equivalent), so a line would get an amount nobody wrote. Such a line
 * gets no amount instead, and a finding that quotes the text.
 */
import { VULGAR_CHARACTERS as V } from './quantity.ts';

export interface MalformedQuantity {
  /** The quantity as written. */
  text: string;
  /** What follows it: the unit and the name. */
  rest: string;
}

/** Numbers in programmers' notations, never a kitchen amount. */
const NOTATION = /^(?:0x[\da-f]+|\d+(?:\.\d+)?e[+-]?\d+)(?![a-z\d])/i;

/** The leading run of characters that numbers are written with. */
const RUN = new RegExp(`^[\\d${V}./,]+`);

/**
 * The ways one number is written: "2", ".5", "1.5", "1,5", "1,000",
 * "1/2", "½", "1½". A trailing point or comma is punctuation ("2, eggs").
 */
const WELL_FORMED = new RegExp(
  `^(?:\\d+|\\d*\\.\\d+|\\d+,\\d{1,2}|\\d{1,3}(?:,\\d{3})+|\\d+\\/0*[1-9]\\d*|\\d*[${V}])[.,]?$`,
);

/**
 * "0 cups flour": nothing of a food is no amount to weigh, and a line that
 * counted as weighed at 0 g would hide the author's slip. "0-1 tsp" is a
 * range and stays.
 */
const ZERO = /^0*(?:[.,]0*)?$/;
/** "-1 cup": a negative amount, minus sign and all. */
const NEGATIVE = new RegExp(`^[-−][\\d${V}./,]+`);
const RANGE_NEXT = /^\s*(?:-|–|—|to\b)/;

/** A fraction right after a fraction: "½ ½", "1/2 1/2". */
const FRACTION_END = new RegExp(`(?:\\/\\d+|[${V}])$`);
const FRACTION_NEXT = new RegExp(`^\\s+(\\d+\\/\\d+|[${V}])(?=\\s|$)`);

/** The malformed quantity at the start of `text`; null when it has none. */
export function malformedQuantity(text: string): MalformedQuantity | null {
  const notation = NOTATION.exec(text);
  if (notation) return split(text, notation[0]);
  const negative = NEGATIVE.exec(text);
  if (negative) return split(text, negative[0]);
  const run = RUN.exec(text);
  if (!run) return null;
  if (!WELL_FORMED.test(run[0])) return split(text, run[0]);
  if (ZERO.test(run[0]) && !RANGE_NEXT.test(text.slice(run[0].length))) {
    return split(text, run[0]);
  }
  const next = FRACTION_END.test(run[0])
    ? FRACTION_NEXT.exec(text.slice(run[0].length))
    : null;
  return next ? split(text, run[0] + next[0]) : null;
}

function split(text: string, quantity: string): MalformedQuantity {
  return { text: quantity.trim(), rest: text.slice(quantity.length).trim() };
}
