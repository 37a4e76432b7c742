/**
 * The ingredient cap (MAX_INGREDIENTS). Header and note lines ("FOR THE
 * PASTRY") do not count, so the lines are classified before counting.
 */
import { parseLine } from '../agents/recipe-engineer/parse-line.ts';
import type { RecipeInput } from '../domain/types.ts';

export class IngredientLimitError extends Error {
  readonly code = 'too_many_ingredients';
  readonly status = 422;

  constructor(
    readonly count: number,
    readonly limit: number,
  ) {
    super(
      `recipe has ${count} ingredient lines; the limit is ${limit} ` +
        `(header and note lines do not count)`,
    );
  }
}

export function countIngredients(recipe: RecipeInput): number {
  return recipe.ingredients.filter(
    (line, i) => parseLine(line, i).kind === 'ingredient',
  ).length;
}

export class NoIngredientsError extends Error {
  readonly code = 'no_ingredients';
  readonly status = 422;
}

export function checkIngredientLimit(recipe: RecipeInput, limit: number): void {
  const count = countIngredients(recipe);
  if (count > limit) throw new IngredientLimitError(count, limit);
  if (count === 0) {
    throw new NoIngredientsError(
      `recipe has no ingredient lines (${recipe.ingredients.length} ` +
        `lines, all blank, headers or notes)`,
    );
  }
}
