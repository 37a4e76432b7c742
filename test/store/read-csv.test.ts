import { describe, expect, it } from 'vitest';
import { parseCsv, parseCsvRecords } from '../../src/store/read-csv.ts';

describe('parseCsv', () => {
  it('keeps commas and doubled quotes inside quoted fields', () => {
    expect(parseCsv('a,"Flour, white","say ""hi"""\n')).toEqual([
      ['a', 'Flour, white', 'say "hi"'],
    ]);
  });

  it('reads CRLF line ends, a last line without one, and empty fields', () => {
    expect(parseCsv('a,b\r\n1,\r\n,2')).toEqual([
      ['a', 'b'],
      ['1', ''],
      ['', '2'],
    ]);
  });

  it('keeps a newline that sits inside quotes', () => {
    expect(parseCsv('"two\nlines",x\n')).toEqual([['two\nlines', 'x']]);
  });
});

describe('parseCsvRecords', () => {
  it('names cells by the header and ignores a byte-order mark', () => {
    expect(parseCsvRecords('\uFEFFfdc_id,food\n168894,flour\n')).toEqual([
      { fdc_id: '168894', food: 'flour' },
    ]);
  });

  it('gives nothing for an empty file', () => {
    expect(parseCsvRecords('')).toEqual([]);
  });
});
