import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { costOf, loadPriceList } from '../../src/pricing/price-list.ts';

const committed = readFileSync(
  new URL('../../data/prices.csv', import.meta.url),
  'utf8',
);
const HEADER = 'fdc_id,food,usd_per_kg,source';
const LB_KG = 0.45359237;

describe('the committed price list (data/prices.csv)', () => {
  const prices = loadPriceList(committed);

  it('prices all-purpose flour from BLS $0.541/lb: 0.541 / 0.45359237 = $1.1927/kg', () => {
    const flour = prices.get(168894);
    expect(flour?.usdPerKg).toBeCloseTo(0.541 / LB_KG, 4);
    expect(flour?.source).toContain('APU0000701111');
    expect(costOf(1000, flour ?? null)).toBeCloseTo(1.1927, 4);
  });

  it('prices eggs by the dozen of USDA large eggs: $2.138 / (12 × 50 g)', () => {
    expect(prices.get(171287)?.usdPerKg).toBeCloseTo(2.138 / 0.6, 4); // 3.5633
  });

  it('prices whole milk by the gallon of 16 USDA cups of 244 g: $3.997 / 3.904 kg', () => {
    expect(prices.get(171265)?.usdPerKg).toBeCloseTo(3.997 / 3.904, 4);
  });

  it('prices beer by 16 fl oz of USDA 29.7 g: $1.745 / 0.4752 kg', () => {
    expect(prices.get(168746)?.usdPerKg).toBeCloseTo(1.745 / 0.4752, 4);
  });

  it('prices whole chicken by its USDA meat yield: 1 lb bought gives 276 g', () => {
    expect(prices.get(171447)?.usdPerKg).toBeCloseTo(1.976 / 0.276, 4);
  });

  it('gives salted and unsalted butter the BLS stick-butter price', () => {
    const perKg = 4.52 / LB_KG;
    expect(prices.get(173410)?.usdPerKg).toBeCloseTo(perKg, 4);
    expect(prices.get(173430)?.usdPerKg).toBeCloseTo(perKg, 4);
  });

  it('names a BLS series and month as the source of every row', () => {
    for (const price of prices.values()) {
      expect(price.source).toMatch(/^BLS APU0000\w{6} 2023-11 /);
    }
  });
});

describe('loadPriceList validation', () => {
  const load =
    (...rows: string[]) =>
    () =>
      loadPriceList([HEADER, ...rows].join('\n'));
  const refused = (line: number) =>
    expect.objectContaining({
      code: 'invalid_price_list',
      line,
      message: expect.stringContaining(`line ${line}`),
    });

  it('reads quoted sources with commas, CRLF endings and blank lines', () => {
    const text = `${HEADER}\r\n1,flour,1.5,"BLS x, per lb"\r\n\r\n`;
    expect(loadPriceList(text).get(1)).toEqual({
      fdcId: 1,
      usdPerKg: 1.5,
      source: 'BLS x, per lb',
    });
  });

  it('refuses a wrong header', () => {
    expect(() => loadPriceList('id,price\n1,2')).toThrow(refused(1));
  });

  it('refuses a fdc_id that is not a positive whole number', () => {
    expect(load('1,flour,1,src', 'abc,flour,1,src')).toThrow(refused(3));
    expect(load('1.5,flour,1,src')).toThrow(refused(2));
  });

  it('refuses a zero, negative or missing price', () => {
    expect(load('1,flour,0,src')).toThrow(refused(2));
    expect(load('1,flour,-2,src')).toThrow(refused(2));
    expect(load('1,flour,,src')).toThrow(refused(2));
  });

  it('refuses a row without a source', () => {
    expect(load('1,flour,1,')).toThrow(refused(2));
  });

  it('refuses a wrong number of fields and an unclosed quote', () => {
    expect(load('1,flour,1')).toThrow(refused(2));
    expect(load('1,flour,1,"open')).toThrow(refused(2));
  });

  it('refuses a food priced twice', () => {
    expect(load('1,flour,1,a', '1,flour,2,b')).toThrow(refused(3));
  });
});

describe('costOf', () => {
  const price = { fdcId: 1, usdPerKg: 2.5, source: 'test' };

  it('charges grams / 1000 × USD per kg, unrounded: 333 g at $2.50/kg = $0.8325', () => {
    expect(costOf(333, price)).toBeCloseTo(0.8325, 10);
  });

  it('is null when the weight or the price is unknown', () => {
    expect(costOf(null, price)).toBeNull();
    expect(costOf(100, undefined)).toBeNull();
  });

  it('refuses a price above any food (1.7e308 $/kg from an import)', () => {
    const csv = 'fdc_id,food,usd_per_kg,source\n168894,flour,1.7e308,x\n';
    expect(() => loadPriceList(csv)).toThrow(/line 2.*above 100000/);
  });

  it('refuses a file with a header and no prices', () => {
    expect(() => loadPriceList('fdc_id,food,usd_per_kg,source\n\n')).toThrow(
      /no prices/,
    );
  });
});
