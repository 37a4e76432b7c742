/**
 * Reads the recipe a CLI user points at: a file holding one recipe
 * object, `{ "recipe": {...} }`, or an array of recipes (then `--id`
 * picks one, as in data/recipes/recipes.json).
 */
import { open, stat } from 'node:fs/promises';
import { CliError } from './cli-error.ts';

/**
 * data/recipes/recipes.json holds 45 recipes in 38 KB; a file a hundred
 * times larger is not a recipe collection, and reading it all first (say
 * /dev/zero, or a video named .json) would exhaust memory.
 */
export const MAX_RECIPE_FILE_BYTES = 5 * 1024 * 1024;

/** A recipe and where it sits in its file, to name fields as written. */
export interface RecipeInFile {
  recipe: unknown;
  /** Path of the recipe inside the file: [] for a bare recipe object. */
  at: PropertyKey[];
}

const WHY: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a part of the path is not a directory',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'the name is too long',
};

function unreadable(path: string, err: unknown): CliError {
  const e = err as NodeJS.ErrnoException;
  if (e?.code === 'ENOENT') {
    return new CliError('file_unreadable', `no such file: ${path}`);
  }
  const why = (e?.code && WHY[e.code]) || e?.message || String(err);
  return new CliError('file_unreadable', `cannot read ${path}: ${why}`);
}

const megabytes = (bytes: number) =>
  `${Math.ceil((bytes / 1024 / 1024) * 10) / 10} MB`;

function tooLarge(path: string, size: number): CliError {
  return new CliError(
    'file_too_large',
    `${path} is ${megabytes(size)}; the limit is ${megabytes(MAX_RECIPE_FILE_BYTES)}`,
  );
}

/**
 * Refuses what is not a regular file before opening it (a FIFO would
 * block the open), then reads at most one byte past the limit, so a file
 * that grows after the check still cannot be read whole.
 */
export async function readText(path: string): Promise<string> {
  const info = await stat(path).catch((err: unknown) => {
    throw unreadable(path, err);
  });
  if (info.isDirectory()) {
    throw new CliError('not_a_file', `${path} is a directory`);
  }
  if (!info.isFile()) {
    throw new CliError('not_a_file', `${path} is not a regular file`);
  }
  if (info.size > MAX_RECIPE_FILE_BYTES) throw tooLarge(path, info.size);

  try {
    const file = await open(path, 'r');
    try {
      const buffer = Buffer.alloc(MAX_RECIPE_FILE_BYTES + 1);
      const { bytesRead } = await file.read(buffer, 0, buffer.length, 0);
      if (bytesRead > MAX_RECIPE_FILE_BYTES) throw tooLarge(path, bytesRead);
      return buffer.toString('utf8', 0, bytesRead);
    } finally {
      await file.close();
    }
  } catch (err) {
    throw err instanceof CliError ? err : unreadable(path, err);
  }
}

function pick(data: unknown, id: string | undefined): RecipeInFile {
  if (Array.isArray(data)) {
    if (data.length === 0) {
      throw new CliError('no_recipe', 'the file holds no recipes');
    }
    if (!id) {
      const first = (data[0] as { id?: unknown })?.id;
      const example = typeof first === 'string' ? first : '<id>';
      throw new CliError(
        'no_recipe',
        `the file holds ${data.length} recipes; choose one with --id (e.g. --id ${example})`,
      );
    }
    const index = data.findIndex((r) => (r as { id?: unknown })?.id === id);
    if (index < 0) {
      throw new CliError('no_recipe', `no recipe with id "${id}" in the file`);
    }
    return { recipe: data[index], at: [index] };
  }
  const wrapped = data && typeof data === 'object' && 'recipe' in data;
  const found: RecipeInFile = wrapped
    ? { recipe: (data as { recipe: unknown }).recipe, at: ['recipe'] }
    : { recipe: data, at: [] };
  // --id on a file of one recipe must still name that recipe; a silent
  // mismatch would run a recipe the user did not ask for.
  if (id !== undefined && (found.recipe as { id?: unknown })?.id !== id) {
    throw new CliError('no_recipe', `no recipe with id "${id}" in the file`);
  }
  return found;
}

export async function readRecipeFile(
  path: string,
  id?: string,
): Promise<RecipeInFile> {
  // Editors on Windows save UTF-8 with a byte-order mark; JSON.parse
  // rejects it, and the HTTP API accepts it, so the CLI strips it.
  const text = (await readText(path)).replace(/^\uFEFF/, '');
  if (text.trim() === '') {
    throw new CliError('invalid_json', `${path} is empty`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new CliError(
      'invalid_json',
      `${path} is not valid JSON: ${(err as Error).message}`,
    );
  }
  return pick(data, id);
}
