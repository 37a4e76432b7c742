/**
 * Lines that are not ingredients: group headers ("FOR THE PASTRY",
 * "For the sauce:", "Frosting") and notes written among the ingredients.
 */
import { extractGroups } from './clean-name.ts';

/**
 * Names of recipe parts that, standing alone on a line, head a group. A
 * food of the same name ("Sauce" meaning a bought sauce) would need an
 * amount to be read as an ingredient.
 */
const SECTION_WORDS = new Set(
  ['frosting', 'icing', 'glaze', 'filling', 'crust', 'topping', 'toppings']
    .concat(['dough', 'dressing', 'marinade', 'garnish', 'garnishes'])
    .concat(['streusel', 'batter', 'assembly', 'pastry', 'sauce', 'base'])
    .concat(['crumble', 'ganache', 'vinaigrette', 'cake', 'to serve']),
);

export function isHeader(text: string): boolean {
  if (/\d/.test(text)) return false;
  if (text.endsWith(':')) return true;
  const words = text.toLowerCase().replace(/^(?:for\s+)?(?:the\s+)?/, '');
  if (SECTION_WORDS.has(words.trim())) return true;
  if (/^for\s+the\s/i.test(text)) return true;
  const letters = text.replace(/[^a-zA-Z]/g, '');
  return letters.length >= 3 && letters === letters.toUpperCase();
}

/** Sentences addressed to the cook, outside any brackets. */
const NOTE_CUE =
  /\b(?:instead of|you can|you could|if you|you'll|you will|see notes?|feel free)\b|^note\b/i;

export function isNote(text: string): boolean {
  if (/^[\d½⅓⅔¼¾⅛.]/.test(text)) return false;
  return NOTE_CUE.test(extractGroups(text).text);
}

export interface Prefixes {
  text: string;
  optional: boolean;
  notes: string[];
}

const OPTIONAL = /^(?:\(optional\)\s*|optional\s*:\s*|optional\s+)/i;
const GARNISH =
  /^(garnish|to garnish|for garnish|to serve|for serving|serving|topping|to finish)\s*:\s*/i;
const LABEL = /^([a-z][a-z ]{0,24}):\s+(?=\S)/i;
const QUALIFIER =
  /^(scant|heaping|heaped|generous|rounded|level|about|approximately|approx\.?|around|roughly|~)\s*(?=[\d.½⅓⅔¼¾⅛])/i;

/**
 * "Optional: 2 tablespoons parsley", "(Optional) 1 Jalapeño", "Garnish:
 * green onions", "Scant 2 cups": the prefix goes, its meaning stays. A
 * label before a colon becomes a note, and the line stays an ingredient
 * because it names foods: "optional sweetener: simple syrup or maple syrup"
 * is an optional "simple syrup or maple syrup" with the note "sweetener".
 */
export function stripPrefixes(line: string): Prefixes {
  const out: Prefixes = { text: line, optional: false, notes: [] };
  for (let changed = true; changed;) {
    changed = false;
    const t = out.text;
    let m: RegExpExecArray | null;
    if ((m = OPTIONAL.exec(t))) {
      out.optional = true;
    } else if ((m = GARNISH.exec(t))) {
      out.optional = true;
      out.notes.push(m[1]!.toLowerCase());
    } else if ((m = QUALIFIER.exec(t)) || (m = LABEL.exec(t))) {
      out.notes.push(m[1]!.toLowerCase());
    }
    if (m) {
      out.text = t.slice(m[0].length).trim();
      changed = true;
    }
  }
  return out;
}
