/**
 * Runs every recipe of data/recipes/recipes.json through the pipeline and
 * prints, per recipe and in total, the share of ingredient lines parsed
 * and matched to a food, and the share converted to grams. Recipes over
 * the ingredient limit are run on their first MAX_INGREDIENTS ingredient
 * lines (and say so), so every line of the data is exercised somewhere.
 *
 *   npm run coverage:recipes [-- --min-matched 95 --min-grams 90]
 *
 * Exits non-zero when a recipe gets a server error or a total is under
 * its floor.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseLine } from '../src/agents/recipe-engineer/parse-line.ts';
import { createBrigade } from '../src/brigade.ts';
import { loadConfig } from '../src/config.ts';
import type { RecipeInput } from '../src/domain/types.ts';

const { values } = parseArgs({
  options: {
    'min-matched': { type: 'string', default: '95' },
    'min-grams': { type: 'string', default: '90' },
    verbose: { type: 'boolean', default: false },
  },
});

const pct = (n: number, d: number) => (d === 0 ? 100 : (n / d) * 100);
const recipes: Array<RecipeInput & { id: string }> = JSON.parse(
  readFileSync(
    new URL('../data/recipes/recipes.json', import.meta.url),
    'utf8',
  ),
);

/** Splits a long recipe into chunks of at most `max` ingredient lines. */
function chunks(recipe: RecipeInput, max: number): RecipeInput[] {
  const out: RecipeInput[] = [];
  let current: RecipeInput['ingredients'] = [];
  let count = 0;
  recipe.ingredients.forEach((line, i) => {
    const isIngredient = parseLine(line, i).kind === 'ingredient';
    if (isIngredient && count === max) {
      out.push({ ...recipe, ingredients: current });
      current = [];
      count = 0;
    }
    current.push(line);
    if (isIngredient) count++;
  });
  if (current.length) out.push({ ...recipe, ingredients: current });
  return out;
}

const dataDir = mkdtempSync(path.join(tmpdir(), 'brigade-coverage-'));
const config = loadConfig({
  ...process.env,
  DATA_DIR: dataDir,
  LOG_LEVEL: 'error',
});
const brigade = await createBrigade(config);

let lines = 0;
let matched = 0;
let grams = 0;
let stated = 0;
let statedGrams = 0;
let failures = 0;
console.log(
  'recipe                                         lines  matched  grams  status',
);
for (const recipe of recipes) {
  let n = 0;
  let m = 0;
  let g = 0;
  const statuses = new Set<string>();
  const parts = chunks(recipe, config.MAX_INGREDIENTS);
  for (const part of parts) {
    try {
      const doc = await brigade.run({ recipe: part });
      statuses.add(doc.status);
      for (const line of doc.lines) {
        if (line.kind !== 'ingredient') continue;
        n++;
        if (line.food) m++;
        if (line.grams !== null) g++;
        // Lines that state an amount: "to taste" lines have none to weigh.
        if (line.quantity !== null) {
          stated++;
          if (line.grams !== null) statedGrams++;
        } else if (values.verbose) console.log(`    no grams: ${line.input}`);
        if (!line.food && values.verbose)
          console.log(`    no food:  ${line.input}`);
      }
    } catch (err) {
      failures++;
      statuses.add(`error: ${(err as Error).message}`);
    }
  }
  lines += n;
  matched += m;
  grams += g;
  const split = parts.length > 1 ? ` (${parts.length} parts)` : '';
  console.log(
    `${(recipe.id + split).slice(0, 46).padEnd(46)} ` +
      `${String(n).padStart(5)}  ${pct(m, n).toFixed(0).padStart(6)} %  ` +
      `${pct(g, n).toFixed(0).padStart(3)} %  ${[...statuses].join(',')}`,
  );
}
await brigade.close();
rmSync(dataDir, { recursive: true, force: true });

const matchedPct = pct(matched, lines);
const gramsPct = pct(grams, lines);
console.log(
  `\nTOTAL ${recipes.length} recipes, ${lines} ingredient lines: ` +
    `${matchedPct.toFixed(1)} % matched to a food, ${gramsPct.toFixed(1)} % ` +
    `in grams, ${failures} errors`,
);
console.log(
  `${stated} of those lines state an amount; ` +
    `${pct(statedGrams, stated).toFixed(1)} % of them are in grams`,
);
const ok =
  failures === 0 &&
  matchedPct >= Number(values['min-matched']) &&
  gramsPct >= Number(values['min-grams']);
if (!ok) {
  console.error(
    `coverage below the floor (matched ≥ ${values['min-matched']} %, ` +
      `grams ≥ ${values['min-grams']} %) or errors`,
  );
  process.exitCode = 1;
}
