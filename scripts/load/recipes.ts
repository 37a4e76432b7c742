/**
 * Request bodies for load: the real recipes of data/recipes/recipes.json,
 * in turn, with a varying scale factor. Recipes longer than the
 * ingredient limit are cut to their first `max` ingredient lines (header
 * and note lines kept in place), as a user would have to before sending.
 */
import { readFileSync } from 'node:fs';
import { parseLine } from '../../src/agents/recipe-engineer/parse-line.ts';
import type { RecipeInput } from '../../src/domain/types.ts';

export type DataRecipe = RecipeInput & { id: string };

const RECIPES_URL = new URL('../../data/recipes/recipes.json', import.meta.url);

export function loadRecipes(): DataRecipe[] {
  return JSON.parse(readFileSync(RECIPES_URL, 'utf8')) as DataRecipe[];
}

export function ingredientCount(recipe: RecipeInput): number {
  return recipe.ingredients.filter(
    (line, i) => parseLine(line, i).kind === 'ingredient',
  ).length;
}

/** The recipe with at most `max` ingredient lines. */
export function capIngredients<R extends RecipeInput>(
  recipe: R,
  max: number,
): R {
  let count = 0;
  const kept = recipe.ingredients.filter((line, i) => {
    if (parseLine(line, i).kind !== 'ingredient') return count < max;
    return ++count <= max;
  });
  return { ...recipe, ingredients: kept };
}

const FACTORS = [1, 2, 0.5, 4, 10];

/** JSON bodies for POST /api/orchestration/run, varied, in a fixed order. */
export function requestBodies(max = 20): string[] {
  return loadRecipes().map((recipe, i) => {
    const factor = FACTORS[i % FACTORS.length] as number;
    const body = { recipe: capIngredients(recipe, max), target: { factor } };
    return JSON.stringify(body);
  });
}

/**
 * A real recipe of the data with exactly `n` ingredient lines: the
 * longest one, cut to `n`. Throws when no recipe is long enough.
 */
export function recipeWithLines(n: number): DataRecipe {
  const long = loadRecipes()
    .map((r) => ({ r, count: ingredientCount(r) }))
    .filter((x) => x.count >= n)
    .sort((a, b) => b.count - a.count)[0];
  if (!long)
    throw new Error(`no recipe with ${n} ingredient lines in the data`);
  return capIngredients(long.r, n);
}
