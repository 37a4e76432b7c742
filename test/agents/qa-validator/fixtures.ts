import { readFileSync } from 'node:fs';
import type { Food } from '../../../src/catalog/food.ts';
import type { ScaledLine, Totals } from '../../../src/domain/types.ts';

const CATALOG = new URL('../../../data/usda/ingredients.json', import.meta.url);

export const foods: Food[] = JSON.parse(readFileSync(CATALOG, 'utf8'));

export function foodByAlias(alias: string): Food {
  const food = foods.find((candidate) => candidate.aliases.includes(alias));
  if (!food) throw new Error(`no catalog food has the alias "${alias}"`);
  return food;
}

export const lookup = (fdcId: number): Food | undefined =>
  foods.find((food) => food.fdcId === fdcId);

let nextIndex = 0;

/**
 * An ingredient line matched to the catalog food with that alias. Unless
 * overridden, nothing is scaled (scaledGrams = grams), the match is sure
 * and percent is left for the test to set.
 */
export function line(
  alias: string | null,
  grams: number | null,
  overrides: Partial<ScaledLine> = {},
): ScaledLine {
  const food = alias === null ? null : foodByAlias(alias);
  return {
    index: nextIndex++,
    input: `${grams ?? ''} g ${alias ?? 'mystery'}`.trim(),
    kind: 'ingredient',
    quantity: grams,
    unit: grams === null ? null : 'g',
    food: food && {
      fdcId: food.fdcId,
      name: food.name,
      description: food.description,
    },
    confidence: food ? 1 : null,
    grams,
    gramsMethod: grams === null ? null : 'mass',
    scaledGrams: grams,
    scaledQuantity: grams,
    cost: null,
    percent: null,
    optional: false,
    findings: [],
    ...overrides,
  };
}

/** Sets each weighed line's percent from its grams, as the scaler does. */
export function withPercents(lines: ScaledLine[]): ScaledLine[] {
  const total = lines.reduce((sum, l) => sum + (l.grams ?? 0), 0);
  return lines.map((l) =>
    l.grams === null ? l : { ...l, percent: (l.grams / total) * 100 },
  );
}

export function totals(overrides: Partial<Totals> = {}): Totals {
  return {
    grams: 0,
    scaledGrams: 0,
    factor: 1,
    servings: 2,
    scaledServings: 2,
    servingUnit: null,
    cost: 0,
    costComplete: false,
    costPerServing: null,
    ...overrides,
  };
}
