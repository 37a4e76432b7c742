/**
 * `brigade run | serve | seed | prices import`. Errors print one line and
 * exit with the code EXIT gives; --json prints the run document exactly
 * as the API does.
 */
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { checkRecipe } from './check-recipe.ts';
import { CliError, EXIT } from './cli-error.ts';
import { targetFromFlags, type TargetFlags } from './flag-target.ts';
import {
  MAX_RECIPE_FILE_BYTES,
  readRecipeFile,
  readText,
} from './read-recipe.ts';
import { renderRun } from './render-run.ts';
import { printable, reportError } from './report-error.ts';

/**
 * Telemetry and the app (store, catalog, agents) load only for a command
 * that runs the app: help, --version and every usage or file mistake
 * answer in a fraction of the start-up time. Telemetry comes first so its
 * instrumentations wrap http and koa before the app imports them.
 */
async function loadTelemetry() {
  await import('../../otel/register.ts');
}

async function openBrigade() {
  await loadTelemetry();
  const [{ createBrigade }, { loadConfig }] = await Promise.all([
    import('../brigade.ts'),
    import('../config.ts'),
  ]);
  return createBrigade(loadConfig());
}

interface RunOptions extends TargetFlags {
  id?: string;
  json?: boolean;
}

async function runCommand(file: string, opts: RunOptions) {
  // Flags first: a usage mistake is reported before the file is read.
  const target = targetFromFlags(opts);
  const recipe = checkRecipe(file, await readRecipeFile(file, opts.id));

  const brigade = await openBrigade();
  try {
    const doc = await brigade.run({ recipe, target });
    console.log(opts.json ? JSON.stringify(doc, null, 2) : renderRun(doc));
    if (doc.status === 'failed') process.exitCode = EXIT.failure;
  } finally {
    await brigade.close();
  }
}

async function serveCommand() {
  await loadTelemetry();
  const { startFailureMessage, startServer } = await import('../server.ts');
  const { close } = await startServer().catch((err: unknown) => {
    throw new CliError(
      'cannot_start',
      `cannot start the server: ${startFailureMessage(err)}`,
    );
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void close().then(() => process.exit(0)));
  }
}

async function seedCommand() {
  const brigade = await openBrigade();
  const foods = await brigade.catalogSize();
  await brigade.close();
  console.log(`catalog ready: ${foods} foods`);
}

async function importPrices(file: string) {
  // Read (and refuse a missing or odd file) before opening the store.
  const csv = await readText(file);
  const brigade = await openBrigade();
  try {
    const result = await brigade.importPriceCsv(csv);
    console.log(
      `imported ${result.imported} prices; ${result.invalidated} cached costs invalidated`,
    );
  } finally {
    await brigade.close();
  }
}

const { version } = JSON.parse(
  readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
) as { version: string };

const EXIT_HELP = `
Exit codes:
  0  success
  1  the command could not do its work: a file that cannot be read, a
     recipe that is not valid, a run that failed, a server that cannot start
  2  the command line is wrong: an unknown command or flag, a bad flag
     value, flags that conflict`;

// exitOverride and configureOutput are set before the subcommands are
// added, which copy them: every commander error then reaches reportError
// (exit 2) after printing one line.
const program = new Command('brigade')
  .description('Recipe engineering through six budgeted, traced agents')
  .version(version, '-V, --version', 'print the version')
  .exitOverride()
  .configureOutput({
    outputError: (text, write) =>
      write(`brigade: ${printable(text.replace(/^error: /, ''))}\n`),
  })
  .addHelpText('after', EXIT_HELP);

program
  .command('run')
  .description('run one recipe and print the result')
  .argument(
    '<recipe.json>',
    `a file holding one recipe (or an array with --id), at most ` +
      `${MAX_RECIPE_FILE_BYTES / 1024 / 1024} MB`,
  )
  .option('--servings <n>', 'scale to this many servings (decimal number)')
  .option('--factor <f>', 'scale by this factor (decimal number)')
  .option('--batch <mass>', 'scale to a batch mass, e.g. "50 kg"')
  .option('--id <id>', 'pick a recipe by id from a file holding many')
  .option('--json', 'print the run document as JSON')
  .action(runCommand);

program
  .command('serve')
  .description('start the HTTP server (same as npm start)')
  .action(serveCommand);

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
  process.exit(reportError(err));
});
