/**
 * Numbers as recipes write them: "2", "1.5", "1/2", "1 1/2", "1½", "½",
 * and ranges between two of them ("2-3", "2 to 3", "1- to 2").
 */

const VULGAR: Record<string, number> = {
  '½': 1 / 2,
  '⅓': 1 / 3,
  '⅔': 2 / 3,
  '¼': 1 / 4,
  '¾': 3 / 4,
  '⅕': 1 / 5,
  '⅖': 2 / 5,
  '⅗': 3 / 5,
  '⅘': 4 / 5,
  '⅙': 1 / 6,
  '⅚': 5 / 6,
  '⅛': 1 / 8,
  '⅜': 3 / 8,
  '⅝': 5 / 8,
  '⅞': 7 / 8,
};

/** The vulgar fraction characters, for character classes. */
export const VULGAR_CHARACTERS = Object.keys(VULGAR).join('');
const V = VULGAR_CHARACTERS;

// Longer forms come first: the alternation takes the first that matches.
const NUMBER_FORMS = [
  `\\d+\\s*[${V}]`,
  '\\d+\\s+\\d+\\/\\d+',
  '\\d+\\/\\d+',
  '\\d*\\.\\d+',
  '\\d+',
  `[${V}]`,
];

/** One number, without capture groups so it can be embedded anywhere. */
export const NUMBER_SOURCE = `(?:${NUMBER_FORMS.join('|')})`;

/** A number or a range of two; the separator may follow a hyphen. */
export const QUANTITY_SOURCE =
  NUMBER_SOURCE + `(?:\\s*-?\\s*(?:-|–|—|to|up to)\\s*${NUMBER_SOURCE})?`;

const RANGE = new RegExp(
  `^(${NUMBER_SOURCE})\\s*-?\\s*(?:-|–|—|to|up to)\\s*(${NUMBER_SOURCE})$`,
);

/** Three decimals are enough for any kitchen amount and hide float noise. */
const round3 = (n: number): number => Math.round(n * 1000) / 1000;

/** Reads one number as written; `null` when `text` is not exactly one. */
export function parseNumber(text: string): number | null {
  const t = text.trim();
  const glued = /^(\d+)\s*([^\d\s./])$/.exec(t);
  if (glued) {
    const frac = VULGAR[glued[2]!];
    return frac === undefined ? null : round3(Number(glued[1]) + frac);
  }
  if (t in VULGAR) return round3(VULGAR[t]!);
  const mixed = /^(\d+)\s+(\d+)\/(\d+)$/.exec(t);
  if (mixed) return fraction(Number(mixed[2]), Number(mixed[3]), mixed[1]!);
  const simple = /^(\d+)\/(\d+)$/.exec(t);
  if (simple) return fraction(Number(simple[1]), Number(simple[2]), '0');
  return /^(\d+|\d*\.\d+)$/.test(t) ? round3(Number(t)) : null;
}

function fraction(num: number, den: number, whole: string): number | null {
  return den === 0 ? null : round3(Number(whole) + num / den);
}

/** Reads a number or a range; `max` is set only for a real range. */
export function parseQuantity(
  text: string,
): { quantity: number; max?: number } | null {
  const t = text.trim();
  const range = RANGE.exec(t);
  if (range) {
    const low = parseNumber(range[1]!);
    const high = parseNumber(range[2]!);
    if (low === null || high === null) return null;
    return high > low ? { quantity: low, max: high } : { quantity: low };
  }
  const single = parseNumber(t);
  return single === null ? null : { quantity: single };
}
