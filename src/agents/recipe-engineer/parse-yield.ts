/**
 * A recipe's yield as written ("Serves 4-6", "Makes about 3 dozen",
 * "28-32 cookies") into a number of servings and what they are.
 */
import { parseQuantity, QUANTITY_SOURCE } from './quantity.ts';

export interface ParsedYield {
  servings: number | null;
  servingsMax: number | null;
  unit: string | null;
}

const NOTHING: ParsedYield = { servings: null, servingsMax: null, unit: null };

const LEAD =
  /^(?:(?:makes|yields?|serves|servings?|portions?)\s*:?\s*)?(?:about|approximately|approx\.?|around|up to|~)?\s*/i;
const AMOUNT = new RegExp(`^(${QUANTITY_SOURCE})\\s*(dozen\\b)?\\s*`, 'i');

/**
 * A range counts as its low end for `servings` ("Serves 4-6" is 4, with
 * `servingsMax` 6): dividing the recipe by fewer servings gives the larger
 * portion, so a per-serving label never understates what is eaten.
 */
export function parseYield(text: string | undefined): ParsedYield {
  if (!text) return NOTHING;
  const clean = text.replace(/[\u00A0\s]+/g, ' ').trim();
  const lead = LEAD.exec(clean)![0];
  const m = AMOUNT.exec(clean.slice(lead.length));
  if (!m) return NOTHING;
  const q = parseQuantity(m[1]!);
  if (!q || q.quantity <= 0) return NOTHING;

  const factor = m[2] ? 12 : 1;
  const rest = clean.slice(lead.length + m[0].length);
  const servingWord = /^(?:serves|servings?)\b/i.test(clean);
  return {
    servings: q.quantity * factor,
    servingsMax: q.max === undefined ? null : q.max * factor,
    unit: unitOf(rest) ?? (servingWord ? 'servings' : null),
  };
}

/** The word after the number: "cookies", "servings"; none for "(5 cups)". */
function unitOf(rest: string): string | null {
  const word = /^([a-z][a-z-]*)(\(s\))?/i.exec(rest);
  if (!word) return null;
  const unit = word[1]!.toLowerCase();
  return word[2] ? `${unit}s` : unit;
}
