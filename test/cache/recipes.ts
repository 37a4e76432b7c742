/**
 * The real recipes of data/recipes/recipes.json that fit the default
 * ingredient limit (20), cycled to `count` runs.
 */
import { readFileSync } from 'node:fs';
import type { RecipeInput } from '../../src/domain/types.ts';

export function recipeRuns(count: number, maxLines = 20): RecipeInput[] {
  const all: RecipeInput[] = JSON.parse(
    readFileSync('data/recipes/recipes.json', 'utf8'),
  );
  const fit = all.filter((r) => r.ingredients.length <= maxLines);
  return Array.from({ length: count }, (_, i) => fit[i % fit.length]!);
}
