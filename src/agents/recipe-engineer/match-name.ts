/**
 * The name given to the catalog matcher, which sees names only: what the
 * rest of the line says about the food goes into the name here. A bare
 * "pepper" is black pepper in "¼ teaspoon pepper" but a capsicum in
 * "2 peppers, sliced"; "2 teaspoons ginger" is ground ginger, "1 tsp.
 * ginger, minced" the fresh root; "2 x 400g cans chopped tomatoes" are
 * the canned food, not raw tomatoes.
 */
import type { ParsedLine } from '../../domain/types.ts';

/** Units a spice is measured in; a capsicum or a ginger root is counted. */
const SPICE_UNITS = new Set(['tsp', 'tbsp', 'pinch', 'dash']);
const BARE_PEPPER = /^(?:(?:freshly|fresh)\s+)?(?:(ground|cracked)\s+)?pepper$/;
const SALT_AND_PEPPER = /\bsalt\s*(?:and|&)\s*pepper\b/;
const BARE_GINGER = /^(?:ground\s+)?ginger$/;
/** Words that say the ginger is the fresh root. */
const FRESH_GINGER =
  /\b(?:minced|grated|sliced|peeled|chopped|root|fresh|finely|thumb|knob|inch)\b/;
const CAN_WORDS = new Set(['can', 'cans', 'tin', 'tins']);

export function matchName(line: ParsedLine): string {
  const name = line.name;
  const unit = line.amount?.unit ?? null;
  const spice = unit !== null && SPICE_UNITS.has(unit);
  const pepper = BARE_PEPPER.exec(name);
  if (pepper && (spice || pepper[1] !== undefined)) {
    return 'ground black pepper';
  }
  if (SALT_AND_PEPPER.test(name)) {
    return name.replace(SALT_AND_PEPPER, 'salt and black pepper');
  }
  if (BARE_GINGER.test(name) && spice && !freshGinger(line)) {
    return 'ground ginger';
  }
  if (canned(line) && !/\bcanned\b/.test(name)) {
    return `canned ${name.replace(/\btinned\s+/, '')}`;
  }
  return name;
}

function freshGinger(line: ParsedLine): boolean {
  return [line.input.toLowerCase(), ...line.notes].some((text) =>
    FRESH_GINGER.test(text.toLowerCase()),
  );
}

/** Sold in a can: "2 cans", "400g can", "(14 oz) can", "tinned". */
function canned(line: ParsedLine): boolean {
  if (line.amount?.unit === 'can') return true;
  if (line.notes.some((note) => CAN_WORDS.has(note.toLowerCase()))) {
    return true;
  }
  return /\btinned\b/.test(line.name);
}
