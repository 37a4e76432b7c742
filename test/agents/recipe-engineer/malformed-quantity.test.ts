import { describe, expect, it } from 'vitest';
import { malformedQuantity } from '../../../src/agents/recipe-engineer/malformed-quantity.ts';
import { parseLine } from '../../../src/agents/recipe-engineer/parse-line.ts';

/** [line, the quantity text the finding must quote, the name still read] */
const MALFORMED: Array<[string, string, string]> = [
  // several slashes: parse-ingredient read 0.5 and "/3 cup" as 3 cups
  ['1/2/3 cup milk', '1/2/3', 'milk'],
  // a doubled vulgar fraction, glued or spaced
  ['½½ cup sugar', '½½', 'sugar'],
  ['½ ½ cup sugar', '½ ½', 'sugar'],
  ['1/2 1/2 cup sugar', '1/2 1/2', 'sugar'],
  // several decimal points or decimal commas
  ['1.5.5 cups flour', '1.5.5', 'flour'],
  ['1,5,5 kg flour', '1,5,5', 'flour'],
  // programmers' notations
  ['0x10 g salt', '0x10', 'salt'],
  ['1e3 g flour', '1e3', 'flour'],
  // division by zero
  ['1/0 cup milk', '1/0', 'milk'],
];

describe('parseLine: a malformed quantity gives no amount', () => {
  it.each(MALFORMED)('%j has no amount', (line, text, name) => {
    const got = parseLine(line, 4);
    expect(got.amount).toBeNull();
    expect(got.name).toBe(name);
    expect(got.findings).toEqual([
      {
        code: 'unparsed_quantity',
        severity: 'warning',
        message: expect.stringContaining(`"${text}"`),
        line: 4,
      },
    ]);
  });

  it('keeps a mass the author wrote beside it: "1/2/3 cup (120 g) milk"', () => {
    const got = parseLine('1/2/3 cup (120 g) milk', 0);
    expect(got.amount).toBeNull();
    expect(got.equivalents).toEqual([{ quantity: 120, unit: 'g' }]);
  });

  it('looks past a qualifier: "about 1.5.5 cups flour"', () => {
    expect(parseLine('about 1.5.5 cups flour', 0).amount).toBeNull();
  });
});

describe('parseLine: well-formed quantities still read', () => {
  it.each([
    ['1 1/2 cups milk', { quantity: 1.5, unit: 'cup' }],
    ['1½ cups milk', { quantity: 1.5, unit: 'cup' }],
    ['1-2 cups milk', { quantity: 1, quantityMax: 2, unit: 'cup' }],
    ['1 to 2 cups milk', { quantity: 1, quantityMax: 2, unit: 'cup' }],
    ['.5 cup milk', { quantity: 0.5, unit: 'cup' }],
    ['1,5 kg flour', { quantity: 1.5, unit: 'kg' }],
    ['1,000 g flour', { quantity: 1000, unit: 'g' }],
    ['1/2-3/4 cup milk', { quantity: 0.5, quantityMax: 0.75, unit: 'cup' }],
  ])('%j', (line, amount) => {
    const got = parseLine(line, 0);
    expect(got.amount).toEqual(amount);
    expect(got.findings).toEqual([]);
  });
});

describe('malformedQuantity', () => {
  it('returns the quantity text and what follows it', () => {
    expect(malformedQuantity('1/2/3 cup milk')).toEqual({
      text: '1/2/3',
      rest: 'cup milk',
    });
  });

  it('leaves a line without a leading number alone', () => {
    expect(malformedQuantity('salt to taste')).toBeNull();
    expect(malformedQuantity('2 eggs')).toBeNull();
  });
});
