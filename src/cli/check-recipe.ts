/**
 * Validates a recipe read from a file against the API's RecipeSchema and
 * names the first wrong field by its path in the file, e.g.
 * "recipe.ingredients.0", so the user can find it in an editor.
 */
import type { z } from 'zod';
import { RecipeSchema } from '../http/schemas.ts';
import { CliError } from './cli-error.ts';
import { describeIssue } from './describe-issue.ts';
import type { RecipeInFile } from './read-recipe.ts';

type Recipe = z.output<typeof RecipeSchema>;

function pathText(path: PropertyKey[]): string {
  if (path.length === 0) return 'the recipe';
  return path
    .map((key, i) =>
      i === 0 && typeof key === 'number' ? `[${key}]` : String(key),
    )
    .join('.');
}

export function checkRecipe(file: string, found: RecipeInFile): Recipe {
  const parsed = RecipeSchema.safeParse(found.recipe);
  if (parsed.success) return parsed.data;

  const [first, ...rest] = parsed.error.issues;
  const problem = first
    ? describeIssue(first, found.recipe)
    : { path: [], text: 'is not a recipe' };
  const more = rest.length
    ? ` (and ${rest.length} more problem${rest.length > 1 ? 's' : ''})`
    : '';
  throw new CliError(
    'invalid_recipe',
    `invalid recipe in ${file}: ` +
      `${pathText([...found.at, ...problem.path])}: ${problem.text}${more}`,
  );
}
