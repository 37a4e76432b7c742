/**
 * RecipeEngineer's first step: one ingredient line, as a person wrote it,
 * into a ParsedLine (amount, package size, equivalents, name, notes, flags).
 * parse-ingredient reads the amount; the modules beside this one prepare
 * the text for it and correct what it leaves.
 */
import type {
  Finding,
  IngredientInput,
  ParsedLine,
  StructuredIngredient,
} from '../../domain/types.ts';
import { cleanName, type CleanedName } from './clean-name.ts';
import { isHeader, isNote, stripPrefixes } from './line-kind.ts';
import { cleanCharacters, normalizeNumbers } from './normalize-text.ts';
import { readCanNumber } from './can-number.ts';
import { malformedQuantity } from './malformed-quantity.ts';
import { readAmount, type ReadAmount } from './read-amount.ts';
import { canonicalUnit, SIZE_UNITS } from './units.ts';

export function parseLine(input: IngredientInput, index: number): ParsedLine {
  if (typeof input !== 'string') return parseStructured(input, index);
  const line = blank(index, input);
  const parts = input.split(LINE_BREAK).map(cleanCharacters).filter(Boolean);
  if (parts.length > 1) return asSeveralLines(line, parts);
  const text = parts[0] ?? '';

  // Lines that are not ingredients.
  if (!text) return asNote(line, 'The line is empty.');
  if (isHeader(text)) {
    return { ...line, kind: 'header', name: text.replace(/:$/, '').trim() };
  }
  const prefixes = stripPrefixes(text);
  if (isNote(prefixes.text)) {
    return asNote(
      { ...line, optional: prefixes.optional },
      'The line is a note, not an ingredient.',
    );
  }

  // Amount, then name. A malformed quantity is set aside so that the
  // unit and the name are still read, and the line gets no amount.
  const citrus = citrusPart(prefixes.text);
  const can = readCanNumber(citrus ? citrus.rest : prefixes.text);
  const amountText = can?.text ?? citrus?.rest ?? prefixes.text;
  const malformed = malformedQuantity(amountText);
  const read = readAmount(normalizeNumbers(malformed?.rest ?? amountText));
  const cleaned = cleanName(read.rest);
  const parsed = assemble(line, read, cleaned, prefixes.notes);
  parsed.optional ||= prefixes.optional;
  if (citrus) applyCitrus(parsed, citrus.part);
  fixPieceWords(parsed);
  if (malformed) {
    parsed.amount = null;
    parsed.additions = [];
  }
  if (can?.size) parsed.packageSize ??= can.size;
  const result = withFindings(parsed, malformed?.text);
  if (can) result.findings.push({ ...can.finding, line: index });
  return result;
}

function blank(index: number, input: string): ParsedLine {
  return {
    index,
    input,
    kind: 'ingredient',
    amount: null,
    additions: [],
    equivalents: [],
    packageSize: null,
    name: '',
    notes: [],
    optional: false,
    toTaste: false,
    findings: [],
  };
}

/**
 * Line and paragraph separators (U+2028, U+2029) and newlines inside one
 * line. Cleaning them as spaces would join "2 eggs" to the next line's
 * name, so a line with text on both sides of one is not read at all and
 * says why; a trailing one ("2 eggs\n") is only dropped.
 */
const LINE_BREAK = /[\r\n\u2028\u2029]+/;

function asSeveralLines(line: ParsedLine, parts: string[]): ParsedLine {
  const quoted = parts.map((part) => `"${part}"`).join(', ');
  const finding: Finding = {
    code: 'multiple_lines',
    severity: 'warning',
    message:
      `The line holds several lines (${quoted}); each ingredient must be ` +
      `sent as its own line, so none is read.`,
    line: line.index,
  };
  return { ...line, findings: [finding] };
}

function asNote(line: ParsedLine, message: string): ParsedLine {
  const finding: Finding = {
    code: 'not_an_ingredient',
    severity: 'info',
    message,
    line: line.index,
  };
  return { ...line, kind: 'note', findings: [finding] };
}

function assemble(
  line: ParsedLine,
  read: ReadAmount,
  cleaned: CleanedName,
  prefixNotes: string[],
): ParsedLine {
  const amount = read.amount;
  // "1 egg (large)": a size in brackets is the unit the count lacked.
  if (amount && amount.unit === null && cleaned.size)
    amount.unit = cleaned.size;
  let name = cleaned.name;
  const size = /^(large|medium|small)\s+(.+)$/.exec(name);
  if (amount && amount.unit === null && size) {
    amount.unit = size[1]!;
    name = size[2]!;
  }
  return {
    ...line,
    amount,
    additions: [...read.additions, ...cleaned.additions],
    equivalents: [...read.equivalents, ...cleaned.equivalents],
    packageSize: read.packageSize ?? cleaned.packageSize,
    name,
    notes: [...prefixNotes, ...read.notes, ...cleaned.notes],
    optional: cleaned.optional,
    toTaste: cleaned.toTaste || leftToCook(amount === null, name, cleaned),
  };
}

/**
 * `toTaste` means the author leaves the amount to the cook. Besides "to
 * taste" that covers unquantified salt and pepper ("Salt and pepper") and
 * unquantified lines for serving, greasing or garnish ("Vegetable oil, to
 * grease", "lime wedges for serving", "Water (as needed)").
 */
function leftToCook(
  noAmount: boolean,
  name: string,
  cleaned: CleanedName,
): boolean {
  if (!noAmount) return false;
  if (cleaned.purpose) return true;
  return /^(?:[a-z ]*salt|[a-z ]*pepper)(?:\s*(?:and|&)\s*[a-z ]*(?:salt|pepper))?$/.test(
    name,
  );
}

const CITRUS =
  /^(?:the\s+)?((?:finely\s+)?(?:grated\s+)?(?:juice|zest|rind|peel))\s+(?:of|from)\s+(?:(?:a|an|one)\s+)?(.+)$/i;

/**
 * "juice of 1 lemon", "Zest from 1 lime": the food is the juice or zest,
 * counted in whole fruits ({1, 'whole'}) so that scaling can use a fruit's
 * USDA piece weight or juice yield. A size replaces 'whole' ("Juice from
 * 1/2 large lemon" is {0.5, 'large'}).
 */
function citrusPart(text: string): { part: string; rest: string } | null {
  const m = CITRUS.exec(text);
  if (!m) return null;
  const rest = /^[\d½⅓⅔¼¾⅛.]/.test(m[2]!) ? m[2]! : `1 ${m[2]}`;
  return { part: m[1]!.toLowerCase().replace(/^.*\s/, ''), rest };
}

function applyCitrus(line: ParsedLine, part: string): void {
  if (line.amount && line.amount.unit === null) line.amount.unit = 'whole';
  line.name = `${line.name} ${part}`.trim();
}

/** "3 garlic cloves" counts cloves of garlic; celery is counted in stalks. */
const PIECE_WORDS: Array<[RegExp, string]> = [
  [/^(garlic)\s+cloves?$/, 'clove'],
  [/^(celery)\s+(?:sticks?|ribs?|stalks?)$/, 'stalk'],
];

function fixPieceWords(line: ParsedLine): void {
  const amount = line.amount;
  if (!amount) return;
  for (const [pattern, unit] of PIECE_WORDS) {
    const m = pattern.exec(line.name);
    if (m && (amount.unit === null || SIZE_UNITS.has(amount.unit))) {
      if (amount.unit !== null) line.notes.unshift(amount.unit);
      amount.unit = unit;
      line.name = m[1]!;
    }
  }
  if (
    line.name === 'celery' &&
    (amount.unit === 'rib' || amount.unit === 'stick')
  ) {
    amount.unit = 'stalk';
  }
}

/** `malformed` is a quantity written wrongly, quoted in the finding. */
function withFindings(line: ParsedLine, malformed?: string): ParsedLine {
  const findings: Finding[] = [];
  if (malformed !== undefined) {
    findings.push({
      code: 'unparsed_quantity',
      severity: 'warning',
      message:
        `The quantity "${malformed}" is not a number Brigade can read, so ` +
        `the line has no amount.`,
      line: line.index,
    });
  } else if (line.amount === null && !line.toTaste && !line.optional) {
    findings.push({
      code: 'unparsed_quantity',
      severity: 'warning',
      message: `No amount could be read from "${line.input}".`,
      line: line.index,
    });
  }
  if (!line.name) {
    findings.push({
      code: 'missing_name',
      severity: 'warning',
      message: `No food name could be read from "${line.input}".`,
      line: line.index,
    });
  }
  return { ...line, findings };
}

/** `{name, quantity, unit}` given as data: the same shape, unit canonical. */
function parseStructured(
  input: StructuredIngredient,
  index: number,
): ParsedLine {
  const text = [input.quantity, input.unit, input.name]
    .filter((part) => part !== undefined && part !== '')
    .join(' ');
  const line = blank(index, text);
  const cleaned = cleanName(cleanCharacters(String(input.name ?? '')));
  const findings: Finding[] = [];

  const written = input.unit?.trim() ?? '';
  let unit = written ? canonicalUnit(written) : null;
  if (written && unit === null) {
    unit = written.toLowerCase();
    findings.push({
      code: 'unknown_unit',
      severity: 'info',
      message: `The unit "${written}" is not one Brigade knows; it is kept as a count word.`,
      line: index,
    });
  }
  let quantity = input.quantity;
  if (quantity !== undefined && !(Number.isFinite(quantity) && quantity > 0)) {
    findings.push({
      code: 'invalid_quantity',
      severity: 'warning',
      message: `The quantity ${String(quantity)} is not a usable amount.`,
      line: index,
    });
    quantity = undefined;
  }
  if (unit === 'dozen') {
    quantity = (quantity ?? 1) * 12;
    unit = null;
  }
  const parsed = withFindings({
    ...line,
    amount: quantity === undefined ? null : { quantity, unit },
    equivalents: cleaned.equivalents,
    additions: cleaned.additions,
    packageSize: cleaned.packageSize,
    name: cleaned.name,
    notes: cleaned.notes,
    optional: cleaned.optional,
    toTaste: cleaned.toTaste,
  });
  return { ...parsed, findings: [...findings, ...parsed.findings] };
}
