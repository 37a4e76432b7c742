/**
 * Splits what follows a line's amount into the food's name and everything
 * else: parenthetical notes, equivalents given in brackets, preparation
 * after the first comma, and the "optional" / "to taste" flags.
 */
import type { Amount } from '../../domain/types.ts';
import {
  parseMeasure,
  parseMeasureList,
  parseMeasureSum,
  parseRestatedMeasure,
} from './measure.ts';
import { isMassUnit, SIZE_UNITS } from './units.ts';

export interface CleanedName {
  name: string;
  notes: string[];
  equivalents: Amount[];
  additions: Amount[];
  /** From "(6 oz / 170 grams each)". */
  packageSize: Amount | null;
  /** From "1 egg (large)". */
  size: string | null;
  optional: boolean;
  toTaste: boolean;
  /** Says what the food is for ("to serve", "for garnish", "as needed"). */
  purpose: boolean;
}

/** Words that end up before a comma without being the food. */
const LEADING_ADJECTIVES = new Set(
  ['skinless', 'boneless', 'fresh', 'ripe', 'large', 'small', 'medium']
    .concat(['cold', 'warm', 'hot', 'soft', 'firm', 'lean', 'raw', 'frozen'])
    .concat([
      'dried',
      'organic',
      'seedless',
      'pitted',
      'peeled',
      'unsalted',
      'bubbly',
    ]),
);

/**
 * A form the catalog sells a food in, written in brackets after the name:
 * "parmesan (finely grated)" is "finely grated parmesan", as it would be
 * written before the name, and grated parmesan is another food than a
 * block of it; "peas (dried green split)" are split peas, not fresh ones.
 * Cutting words ("diced", "chopped") stay notes.
 */
const FORM_WORD =
  /^(?:grated|shredded|ground|cooked|dried|toasted|roasted|smoked|crushed|powdered|whipped|split|hulled|pearled|rolled|flaked|canned|frozen)$/i;
/** Besides a form word, a colour names the variety: "(dried green split)". */
const VARIETY_WORD = /^(?:green|yellow|red|black|white|brown|golden)$/i;
const ADVERB = /^[a-z]+ly$/i;

/** Every word says the form (at least one) or the variety, or qualifies it. */
function isForm(group: string): boolean {
  const words = group.split(/\s+/);
  return (
    words.some((w) => FORM_WORD.test(w)) &&
    words.every(
      (w) => FORM_WORD.test(w) || VARIETY_WORD.test(w) || ADVERB.test(w),
    )
  );
}

/** Purposes that say what a food is for, not what it is. */
const PURPOSE =
  /\s+(?:(?:for|to)\s+(?:garnish|garnishing|serving|serve|topping|frying|drizzling|dusting|greasing|grease|season|coating|decorat\w*|brushing|sprinkling)|as needed|as desired)\b.*$/i;

/**
 * The name keeps the words that tell foods apart ("light brown sugar",
 * "ground cinnamon") and is not singularised ("eggs" stays "eggs"): a
 * plural rule would break "molasses" or "hummus", and matching against the
 * catalog tolerates plurals. "or" inside a name ("olive oil or vegetable
 * oil") stays; only an alternative with its own amount moves to the notes.
 */
export function cleanName(description: string): CleanedName {
  const out: CleanedName = {
    name: '',
    notes: [],
    equivalents: [],
    additions: [],
    packageSize: null,
    size: null,
    optional: false,
    toTaste: false,
    purpose: false,
  };

  // An alternative with its own amount: "sugar or 1/3 cup (66g) sugar".
  const { head: main, tail: alternative } = splitAlternative(description);
  const { text, groups } = extractGroups(unbracketOffers(main));
  const forms: string[] = [];
  for (const group of groups) {
    if (isForm(group) && beforeComma(main, group)) forms.push(group);
    else readGroup(group, out, text);
  }

  // Preparation after the first comma.
  const parts = text.split(/\s*,\s*/).filter(Boolean);
  let head = parts.shift() ?? '';
  while (LEADING_ADJECTIVES.has(head.toLowerCase()) && parts.length > 0) {
    head = `${head} ${parts.shift()}`;
  }
  const tail = parts.join(', ');
  if (tail) readNote(tail, out);
  if (alternative) out.notes.push(alternative);

  out.name = nameFrom([...forms, head].join(' '), out);
  return out;
}

function nameFrom(head: string, out: CleanedName): string {
  let h = head.trim();
  const purpose = PURPOSE.exec(h);
  if (purpose) {
    out.purpose = true;
    out.notes.push(purpose[0].trim());
    h = h.slice(0, purpose.index);
  }
  if (/\s+(?:or\s+)?to taste$/i.test(h)) {
    out.toTaste = true;
    h = h.replace(/\s+(?:or\s+)?to taste$/i, '');
  }
  if (/\s+optional$/i.test(h)) {
    out.optional = true;
    h = h.replace(/\s+optional$/i, '');
  }
  if (/\s+divided$/i.test(h)) {
    out.notes.push('divided');
    h = h.replace(/\s+divided$/i, '');
  }
  const each = /^each\s+/i.exec(h);
  if (each) out.notes.push('each');
  return h
    .replace(/^(?:each|of|x|your choice of|piece of|pieces of)\s+/i, '')
    .replace(/[()]/g, '')
    .replace(/^[-–—:;.\s]+|[-–—:;,.\s]+$/g, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/**
 * "grapeseed oil (or canola oil or any other neutral flavored oil)": foods
 * offered in brackets without an amount are part of the name, as they are
 * without brackets ("olive oil or vegetable oil"), so the matcher can take
 * the first one the catalog knows. A comma in the group lists one more
 * offer ("(or vegetable oil, corn oil)"). Groups with a number or a
 * condition stay notes.
 */
function unbracketOffers(text: string): string {
  return text.replace(/\s*\((or\s+[^()\d]+)\)/gi, (whole, group: string) =>
    /\b(?:if|needed|more|combination|type)\b/i.test(group)
      ? whole
      : ` ${group.trim().replace(/\s*,\s*/g, ' or ')}`,
  );
}

/** The group comes before the first comma: it is about the name itself. */
function beforeComma(text: string, group: string): boolean {
  const at = text.indexOf(`(${group})`);
  const comma = text.indexOf(',');
  return at >= 0 && (comma < 0 || at < comma);
}

/** Everything before " or 2 …" at bracket depth 0, and the rest. */
function splitAlternative(text: string): { head: string; tail: string } {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && /^\sor\s+[\d½⅓⅔¼¾⅛.]/.test(text.slice(i, i + 6))) {
      return { head: text.slice(0, i), tail: text.slice(i + 1).trim() };
    }
  }
  return { head: text, tail: '' };
}

/** Top-level bracket groups, and the text with them taken out. */
export function extractGroups(text: string): {
  text: string;
  groups: string[];
} {
  const groups: string[] = [];
  let rest = '';
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(') {
      if (depth > 0) current += ch;
      depth++;
    } else if (ch === ')' && depth > 0) {
      depth--;
      if (depth === 0) {
        groups.push(current.trim());
        current = '';
        rest += ' ';
      } else current += ch;
    } else if (depth > 0) current += ch;
    else rest += ch;
  }
  // An unclosed bracket keeps what followed it as a note.
  if (current.trim()) groups.push(current.trim());
  return {
    text: rest.replace(/\s+/g, ' ').trim(),
    groups: groups.filter(Boolean),
  };
}

/** One bracket group: amounts become equivalents, the rest a note. */
function readGroup(group: string, out: CleanedName, name: string): void {
  // Nested brackets are prose ("to taste (optional)"), never a plain amount.
  if (/[()]/.test(group)) return readNote(group, out);
  const leftover: string[] = [];
  for (const segment of group.split(/\s*,\s*/).filter(Boolean)) {
    if (!readMeasureSegment(segment, out, name)) leftover.push(segment);
  }
  if (leftover.length > 0) readNote(leftover.join(', '), out);
}

function readMeasureSegment(
  segment: string,
  out: CleanedName,
  name: string,
): boolean {
  const lower = segment.toLowerCase();
  if (SIZE_UNITS.has(lower) && out.size === null) {
    out.size = lower;
    return true;
  }
  const plus = /^(?:plus|\+)\s+(.*)$/i.exec(segment);
  if (plus) {
    const added = parseMeasure(plus[1]!);
    if (added && added.unit !== null) out.additions.push(added);
    return added !== null && added.unit !== null;
  }
  const list = parseMeasureList(segment) ?? sumOrRestated(segment, name);
  if (!list) return false;
  if (/\beach$/i.test(segment) && out.packageSize === null) {
    out.packageSize = list.find((a) => isMassUnit(a.unit)) ?? list[0]!;
  } else {
    out.equivalents.push(...list);
  }
  return true;
}

/** "¼ cup plus 1 tablespoon", "~1 1/2 lbs. chicken": one equivalent. */
function sumOrRestated(segment: string, name: string): Amount[] | null {
  const found = parseMeasureSum(segment) ?? parseRestatedMeasure(segment, name);
  return found && [found];
}

/** A note, with the flags it carries read off it. */
function readNote(note: string, out: CleanedName): void {
  let text = note;
  if (/\boptional\b/i.test(text)) {
    out.optional = true;
    text = text.replace(/\boptional\b/gi, ' ');
  }
  if (/\bto taste\b/i.test(text)) {
    out.toTaste = true;
    text = text.replace(/\b(?:or\s+|plus\s+more\s+)?to taste\b/gi, ' ');
  }
  if (PURPOSE.test(` ${text}`)) out.purpose = true;
  text = text
    .replace(/\(\s*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/\s+,/g, ',')
    .replace(/^[,;\s]+|[,;\s]+$/g, '');
  if (text) out.notes.push(text);
}
