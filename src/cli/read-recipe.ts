/**
 * Reads the recipe a CLI user points at: a file holding one recipe
 * object, `{ "recipe": {...} }`, or an array of recipes (then `--id`
 * picks one, as in data/recipes/recipes.json).
 */
import { readFile } from 'node:fs/promises';
import { CliError } from './cli-error.ts';

function pick(data: unknown, id: string | undefined): unknown {
  if (Array.isArray(data)) {
    if (!id) {
      throw new CliError(
        `the file holds ${data.length} recipes; choose one with --id (e.g. --id ${(data[0] as { id?: string })?.id ?? '<id>'})`,
      );
    }
    const found = data.find((r) => (r as { id?: unknown })?.id === id);
    if (!found) throw new CliError(`no recipe with id "${id}" in the file`);
    return found;
  }
  if (data && typeof data === 'object' && 'recipe' in data) {
    return (data as { recipe: unknown }).recipe;
  }
  return data;
}

export async function readRecipeFile(
  path: string,
  id?: string,
): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new CliError(
      code === 'ENOENT'
        ? `no such file: ${path}`
        : `cannot read ${path}: ${code}`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new CliError(`${path} is not valid JSON: ${(err as Error).message}`);
  }
  return pick(data, id);
}
