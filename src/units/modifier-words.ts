/**
 * USDA qualifies many measures ("1 cup, packed", "1 cup, sifted"). A
 * qualified measure is only trusted when the recipe line says the same
 * words, so both sides are reduced to bags of words and compared.
 */
import type { ParsedLine } from '../domain/types.ts';
import type { Portion } from '../catalog/food.ts';

/**
 * Words that say nothing about the state of the food: connectives, units
 * and sizes written inside USDA labels such as "(8 fl oz)" or "(2" dia)".
 */
const NEUTRAL = new Set([
  'and',
  'the',
  'for',
  'about',
  'approx',
  'cup',
  'cups',
  'tbsp',
  'tsp',
  'dia',
  'long',
  'inch',
]);

function words(text: string): string[] {
  return text.toLowerCase().match(/[a-z]{2,}/g) ?? [];
}

/** The words of a USDA modifier that describe the food's state. */
export function modifierWords(portion: Portion): string[] {
  return words(portion.modifier).filter((w) => w.length > 2 && !NEUTRAL.has(w));
}

/** A measure whose modifier only restates a size counts as plain. */
export function isPlain(portion: Portion): boolean {
  return modifierWords(portion).length === 0;
}

/** Every word of the line: its text as written, its name and its notes. */
export function lineWords(line: ParsedLine): Set<string> {
  return new Set(words([line.input, line.name, ...line.notes].join(' ')));
}

/**
 * How many of the portion's modifier words the line says. "not packed"
 * beats "packed" on a line that says "not packed", because it matches two
 * words rather than one.
 */
export function matchScore(portion: Portion, said: Set<string>): number {
  return modifierWords(portion).filter((w) => said.has(w)).length;
}

/** The portion whose modifier the line says most fully; null if none. */
export function bestMatch(
  portions: readonly Portion[],
  said: Set<string>,
): Portion | null {
  let best: Portion | null = null;
  let bestScore = 0;
  for (const portion of portions) {
    const score = matchScore(portion, said);
    if (score > bestScore) [best, bestScore] = [portion, score];
  }
  return best;
}
