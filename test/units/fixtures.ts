/** Hand-built parser output and real catalog foods for the units tests. */
import { readFileSync } from 'node:fs';
import type { Amount, ParsedLine } from '../../src/domain/types.ts';
import type { Food } from '../../src/catalog/food.ts';

const foods: Food[] = JSON.parse(
  readFileSync(
    new URL('../../data/usda/ingredients.json', import.meta.url),
    'utf8',
  ),
);

/** A catalog food by its kitchen name; throws if the catalog lacks it. */
export function food(name: string): Food {
  const found = foods.find((f) => f.name === name);
  if (!found) throw new Error(`no catalog food named ${name}`);
  return found;
}

export function amount(
  quantity: number,
  unit: string | null,
  quantityMax?: number,
): Amount {
  return quantityMax === undefined
    ? { quantity, unit }
    : { quantity, quantityMax, unit };
}

/** A parsed ingredient line; only the fields a test sets differ. */
export function line(
  input: string,
  name: string,
  main: Amount | null,
  extra: Partial<ParsedLine> = {},
): ParsedLine {
  return {
    index: 0,
    input,
    kind: 'ingredient',
    amount: main,
    additions: [],
    equivalents: [],
    packageSize: null,
    name,
    notes: [],
    optional: false,
    toTaste: false,
    findings: [],
    ...extra,
  };
}
