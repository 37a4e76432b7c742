/**
 * `brigade run | serve | seed | prices import`. Errors print one line and
 * exit non-zero; --json prints the run document exactly as the API does.
 */
import { Command, InvalidArgumentError } from 'commander';
import { ZodError } from 'zod';
import { createBrigade } from '../brigade.ts';
import { loadConfig } from '../config.ts';
import { RunRequestSchema } from '../http/schemas.ts';
import { startServer } from '../server.ts';
import { CliError } from './cli-error.ts';
import { readRecipeFile } from './read-recipe.ts';
import { renderRun } from './render-run.ts';

function positiveNumber(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) {
    throw new InvalidArgumentError('expected a positive number');
  }
  return n;
}

interface RunOptions {
  servings?: number;
  factor?: number;
  batch?: string;
  id?: string;
  json?: boolean;
}

function targetOf(opts: RunOptions) {
  const given = [opts.servings, opts.factor, opts.batch].filter(
    (v) => v !== undefined,
  );
  if (given.length > 1) {
    throw new CliError('give at most one of --servings, --factor, --batch', 2);
  }
  if (opts.servings !== undefined) return { servings: opts.servings };
  if (opts.factor !== undefined) return { factor: opts.factor };
  if (opts.batch !== undefined) return { batch: opts.batch };
  return undefined;
}

function describeZod(err: ZodError): string {
  const i = err.issues[0];
  const field = i?.path.length ? i.path.join('.') : 'recipe';
  return `invalid recipe: ${field}: ${i?.message ?? 'invalid'}`;
}

async function runCommand(file: string, opts: RunOptions) {
  const recipe = await readRecipeFile(file, opts.id);
  const parsed = RunRequestSchema.safeParse({ recipe, target: targetOf(opts) });
  if (!parsed.success) throw new CliError(describeZod(parsed.error));

  const brigade = await createBrigade(loadConfig());
  try {
    const doc = await brigade.run(parsed.data);
    console.log(opts.json ? JSON.stringify(doc, null, 2) : renderRun(doc));
    if (doc.status === 'failed') process.exitCode = 1;
  } finally {
    await brigade.close();
  }
}

async function seedCommand() {
  const brigade = await createBrigade(loadConfig());
  const foods = await brigade.catalogSize();
  await brigade.close();
  console.log(`catalog ready: ${foods} foods`);
}

async function importPrices(file: string) {
  const brigade = await createBrigade(loadConfig());
  try {
    const result = await brigade.importPrices(file);
    console.log(
      `imported ${result.imported} prices; ${result.invalidated} cached costs invalidated`,
    );
  } finally {
    await brigade.close();
  }
}

const program = new Command('brigade')
  .description('Recipe engineering through six budgeted, traced agents')
  // One line per mistake, like every other error this command prints.
  .configureOutput({
    outputError: (text, write) =>
      write(`brigade: ${text.replace(/^error: /, '').trim()}\n`),
  });

program
  .command('run')
  .description('run one recipe and print the result')
  .argument(
    '<recipe.json>',
    'a file holding one recipe (or an array with --id)',
  )
  .option('--servings <n>', 'scale to this many servings', positiveNumber)
  .option('--factor <f>', 'scale by this factor', positiveNumber)
  .option('--batch <mass>', 'scale to a batch mass, e.g. "50 kg"')
  .option('--id <id>', 'pick a recipe by id from a file holding many')
  .option('--json', 'print the run document as JSON')
  .action(runCommand);

program
  .command('serve')
  .description('start the HTTP server (same as npm start)')
  .action(async () => {
    const { close } = await startServer();
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => void close().then(() => process.exit(0)));
    }
  });

program
  .command('seed')
  .description('load the USDA catalog and price list into the store')
  .action(seedCommand);

program
  .command('prices')
  .description('manage the price list')
  .command('import')
  .argument('<file.csv>', 'CSV with columns fdc_id,food,usd_per_kg,source')
  .description('replace prices and invalidate cached costs')
  .action(importPrices);

program.parseAsync(process.argv).catch((err: unknown) => {
  const message =
    err instanceof CliError || (err as { code?: unknown })?.code
      ? (err as Error).message
      : `unexpected error: ${(err as Error)?.message ?? String(err)}`;
  console.error(`brigade: ${message}`);
  process.exit(err instanceof CliError ? err.exitCode : 1);
});
