/**
 * Cleans an ingredient line before it is parsed: the characters that web
 * pages leave behind, and the ways of writing numbers that parse-ingredient
 * reads wrongly ("1,5 kg" as 15 kg, "1 and 1/3 cup" as 1, "one" as nothing).
 */
import { canonicalUnit } from './units.ts';

/**
 * Format characters (Unicode category Cf): zero-width spaces and joiners,
 * the BOM, soft hyphens and the bidi controls (U+200E/F, U+202A–202E,
 * U+2066–2069) that pasted text carries. Invisible, never meant, and a
 * leading one hides the line's number from the parser.
 */
const INVISIBLE = /\p{Cf}/gu;
/**
 * Vulgar fractions are kept out of NFKC, which would turn "1½" into
 * "11⁄2" (eleven halves); the parser reads them as they are.
 */
const NOT_VULGAR = /[^\u00BC-\u00BE\u2150-\u215E]+/g;
/** "1¹⁄₂": a superscript fraction glued to a whole number is a mixed one. */
const GLUED_SUPERSCRIPT =
  /(\d)(?=[\u2070\u00B9\u00B2\u00B3\u2074-\u2079]+\u2044)/g;
/** Non-breaking and other exotic spaces count as plain spaces. */
const ODD_SPACE = /[\u00A0\u2000-\u200A\u202F\u205F\u3000\t]/g;

/**
 * NFKC folds compatibility forms into plain ones: ligatures ("ﬂour" is
 * "flour"), full-width digits, superscript fractions ("¹⁄₂" is "1⁄2").
 */
function compatibilityForms(text: string): string {
  return text
    .replace(GLUED_SUPERSCRIPT, '$1 ')
    .replace(NOT_VULGAR, (run) => run.normalize('NFKC'));
}

export function cleanCharacters(raw: string): string {
  return compatibilityForms(raw.replace(INVISIBLE, ''))
    .replace(ODD_SPACE, ' ')
    .replace(/[\u2044\u2215]/g, '/')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*/g, '')
    .replace(/\(\(([^()]*)\)\)/g, '($1)')
    .replace(/\(\s+/g, '(')
    .replace(/\s+\)/g, ')')
    .replace(/\s+,/g, ',')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};
const WORD = Object.keys(NUMBER_WORDS).join('|');

/** Rewrites numbers so that parse-ingredient reads them as meant. */
export function normalizeNumbers(text: string): string {
  return leadingWords(text)
    .replace(/(\d),(\d+)(?!\d)/g, decimalComma)
    .replace(/(^|[\s(~/])\.(\d)/g, '$10.$2')
    .replace(/(\d)\s+and\s+(\d+\/\d+|[½⅓⅔¼¾⅛⅜⅝⅞])/g, '$1 $2')
    .replace(/\bfl\.?\s*oz\b\.?|\bfluid\s+(?:ounces?|oz\b\.?)/gi, 'fl oz')
    .replace(/(\d)\s+x\s+(?=\d)/gi, '$1 ')
    .replace(/\s\+\s*(?=\d|[½⅓⅔¼¾⅛])/g, ' plus ');
}

/**
 * "1,5" is a decimal comma; "1,000" groups thousands. Three digits after
 * the comma are read as thousands, which is right for the recipes Brigade
 * sees and wrong only for a metric "1,250 kg" meaning 1.25 kg.
 */
function decimalComma(_: string, whole: string, rest: string): string {
  return rest.length === 3 ? `${whole}${rest}` : `${whole}.${rest}`;
}

/** "one and a half", "a dozen", "half a", "a pinch" at the start of a line. */
function leadingWords(text: string): string {
  const lower = text.toLowerCase();
  const andHalf = new RegExp(`^(${WORD}|a|an)\\s+and\\s+a\\s+half\\b`);
  const m = andHalf.exec(lower);
  if (m) return `${NUMBER_WORDS[m[1]!] ?? 1} 1/2${text.slice(m[0].length)}`;
  const half =
    /^(?:(?:a|an|one)\s+half(?:\s+(?:a|an|of))?|half\s+(?:a|an)|half)(?=\s)/;
  const h = half.exec(lower);
  if (h) return `1/2${text.slice(h[0].length)}`;
  const word = new RegExp(`^(${WORD})\\b(?!-)`).exec(lower);
  if (word) return `${NUMBER_WORDS[word[1]!]}${text.slice(word[0].length)}`;
  const couple = /^a\s+couple(?:\s+of)?(?=\s)/.exec(lower);
  if (couple) return `2${text.slice(couple[0].length)}`;
  const article = /^(a|an)\s+([a-z]+)/.exec(lower);
  if (article && canonicalUnit(article[2]!) !== null) {
    return `1${text.slice(article[1]!.length)}`;
  }
  return text;
}
