import { describe, expect, it } from 'vitest';
import { csvField, parseCsvRow } from '../../src/pricing/csv-row.ts';

describe('parseCsvRow', () => {
  it('splits plain fields', () => {
    expect(parseCsvRow('1,flour,1.19,BLS')).toEqual([
      '1',
      'flour',
      '1.19',
      'BLS',
    ]);
  });

  it('keeps commas and doubled quotes inside quoted fields', () => {
    expect(parseCsvRow('a,"b, c","say ""hi"""')).toEqual([
      'a',
      'b, c',
      'say "hi"',
    ]);
  });

  it('returns null for an unclosed quote', () => {
    expect(parseCsvRow('a,"b')).toBeNull();
  });
});

describe('csvField', () => {
  it('quotes only fields that need it, and reads back the same', () => {
    expect(csvField('flour')).toBe('flour');
    const tricky = 'flour, "white"';
    expect(parseCsvRow(csvField(tricky))).toEqual([tricky]);
  });
});
