import { describe, expect, it } from 'vitest';
import { cleanCharacters } from '../../../src/agents/recipe-engineer/normalize-text.ts';
import { parseLine } from '../../../src/agents/recipe-engineer/parse-line.ts';

/** Bidi and other format characters (Unicode category Cf). */
const BIDI: Array<[string, string]> = [
  ['U+202E right-to-left override', '\u202E'],
  ['U+202D left-to-right override', '\u202D'],
  ['U+2066 left-to-right isolate', '\u2066'],
  ['U+2067 right-to-left isolate', '\u2067'],
  ['U+2068 first strong isolate', '\u2068'],
  ['U+200E left-to-right mark', '\u200E'],
  ['U+200F right-to-left mark', '\u200F'],
];

describe('cleanCharacters: format characters', () => {
  it.each(BIDI)('strips a leading %s so the line is read', (_, mark) => {
    const got = parseLine(`${mark}2 cups flour`, 0);
    expect(got.amount).toEqual({ quantity: 2, unit: 'cup' });
    expect(got.name).toBe('flour');
    expect(got.findings).toEqual([]);
  });

  it('strips an isolate that wraps the line (U+2066 … U+2069)', () => {
    expect(cleanCharacters('\u20661 tsp salt\u2069')).toBe('1 tsp salt');
  });
});

describe('cleanCharacters: compatibility forms (NFKC)', () => {
  it('unfolds the ligatures of "ﬂour" and "ﬁne"', () => {
    expect(parseLine('1 cup \uFB02our', 0).name).toBe('flour');
    expect(parseLine('1 tsp \uFB01ne salt', 0).name).toBe('fine salt');
  });

  it('reads full-width digits: "１ cup milk" is 1 cup', () => {
    expect(parseLine('\uFF11 cup milk', 0).amount).toEqual({
      quantity: 1,
      unit: 'cup',
    });
  });

  it.each([
    // ½ = 0.5; 1½ = 1.5; ¾ = 0.75: NFKC would make "1½" into "11⁄2"
    ['½ cup milk', 0.5],
    ['1½ cups milk', 1.5],
    ['2 ¾ cups milk', 2.75],
    // U+2044 FRACTION SLASH between plain and super/subscript digits
    ['1\u20442 cup milk', 0.5],
    ['\u00B9\u2044\u2082 cup milk', 0.5],
    ['1\u00B9\u2044\u2082 cups milk', 1.5],
  ])('keeps the fraction of %j usable (%d cups)', (line, cups) => {
    expect(parseLine(line, 0).amount).toEqual({ quantity: cups, unit: 'cup' });
  });
});
