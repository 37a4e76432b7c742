import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Food } from '../../src/catalog/food.ts';
import { pieceGrams } from '../../src/units/piece-grams.ts';
import { toGrams } from '../../src/units/to-grams.ts';
import { amount, food, line } from './fixtures.ts';

/** "Lettuce, green leaf, raw" is one of the extra USDA foods. */
const extra: Food[] = JSON.parse(
  readFileSync(
    new URL('../../data/usda/ingredients-extra.json', import.meta.url),
    'utf8',
  ),
);
const leafLettuce = extra.find((f) => f.name === 'green leaf lettuce')!;

describe('pieceGrams: a name that counts parts of the food', () => {
  it('gives "4 to 5 lettuce leaves" no weight, not 4.5 heads (1620 g)', () => {
    // USDA weighs green leaf lettuce only by the head (360 g).
    const l = line(
      '4 to 5 lettuce leaves',
      'lettuce leaves',
      amount(4, null, 5),
    );
    const r = toGrams(l, leafLettuce);
    expect(r.grams).toBeNull();
    expect(r.findings.map((f) => f.code)).toEqual([
      'range_midpoint',
      'no_portion',
    ]);
    expect(r.findings[1]!.message).toMatch(/no weight for one leaf/);
  });

  it('gives an explicit "4 leaves lettuce" no weight either', () => {
    const l = line('4 leaves lettuce', 'lettuce', amount(4, 'leaf'));
    expect(toGrams(l, leafLettuce).grams).toBeNull();
  });

  it("uses USDA's leaf when it has one: 10 basil leaves = 10 × 2.5/5 = 5 g", () => {
    // USDA 02044 "Basil, fresh": 5 leaves = 2.5 g.
    const l = line('10 basil leaves', 'basil leaves', amount(10, null));
    expect(toGrams(l, food('fresh basil')).grams).toBeCloseTo(5, 9);
  });

  it('weighs 3 parsley sprigs as 3 × 10/10 = 3 g', () => {
    // USDA 11297 "Parsley, fresh": 10 sprigs = 10 g.
    expect(pieceGrams(food('fresh parsley'), null, 'parsley sprigs')).toEqual(
      expect.objectContaining({ grams: 1 }),
    );
  });

  it('takes a food that is itself the part as one piece: "bay leaves"', () => {
    // Bay leaf has no count measure at all, so there is still no weight,
    // but not because the leaf is a part of a bay leaf.
    const l = line('2 bay leaves', 'bay leaves', amount(2, null));
    const r = toGrams(l, food('bay leaf'));
    expect(r.findings[0]!.message).not.toMatch(/overstate/);
  });

  it('no longer weighs 5 gelatine leaves as 5 envelopes (35 g)', () => {
    // USDA 19177 "Gelatins, dry powder, unsweetened": 1 envelope = 7 g; a sheet
    // of leaf gelatine is not an envelope of powder.
    const l = line('5 gelatine leaves', 'gelatine leaves', amount(5, null));
    expect(toGrams(l, food('gelatin')).grams).toBeNull();
  });
});

describe('pieceGrams: a baby vegetable and a full-size USDA piece', () => {
  it('gives "4 heads baby bok choy" no weight, not 4 × 840 = 3360 g', () => {
    // USDA 11116 "Cabbage, chinese (pak-choi), raw": 1 head = 840 g, a
    // full-size head; a baby one weighs a fraction of it.
    const l = line(
      '4 heads baby bok choy , quartered',
      'baby bok choy',
      amount(4, 'head'),
    );
    const r = toGrams(l, food('bok choy'));
    expect(r.grams).toBeNull();
    expect(r.findings).toEqual([
      expect.objectContaining({
        code: 'no_portion',
        message: expect.stringMatching(/full-size head of bok choy/),
      }),
    ]);
  });

  it('weighs "2 heads bok choy" as 2 × 840 = 1680 g', () => {
    const l = line('2 heads bok choy', 'bok choy', amount(2, 'head'));
    expect(toGrams(l, food('bok choy')).grams).toBe(1680);
  });
});

describe('pieceGrams: breast halves', () => {
  const usda: Food[] = JSON.parse(
    readFileSync(
      new URL('../../data/usda/ingredients.json', import.meta.url),
      'utf8',
    ),
  );
  const byId = (id: number): Food => usda.find((f) => f.fdcId === id)!;

  it('weighs a half where USDA weighs by the breast: 4 × 86 g = 344 g', () => {
    // USDA 171477 roasted breast: "0.5 breast, bone and skin removed" = 86 g.
    const l = line(
      '4 skinless, boneless chicken breast halves',
      'skinless boneless chicken breast halves',
      amount(4, null),
    );
    expect(toGrams(l, byId(171477)).grams).toBeCloseTo(344, 5);
  });

  it('halves a whole-breast measure: turkey breast half = 1769 / 2 g', () => {
    // USDA 171098 turkey breast: 1 breast = 1769 g.
    const got = pieceGrams(byId(171098), null, 'turkey breast half');
    expect(got?.grams).toBeCloseTo(884.5, 5);
  });

  it('keeps the USDA piece of boneless breast, which is one breast half', () => {
    // USDA 171077 boneless skinless raw breast: 1 piece = 272 g.
    const got = pieceGrams(byId(171077), null, 'chicken breast halves');
    expect(got?.grams).toBe(272);
  });
});
