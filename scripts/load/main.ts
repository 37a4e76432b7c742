/**
 * Load scenarios against a Brigade server, with a report to keep:
 *
 *   npm run load -- --scenario baseline|concurrent|stress|sustained
 *                   [--url http://host:port] [--runs N] [--minutes M]
 *
 * Without --url a server is started on a free port with a throwaway data
 * folder (and the faults the scenario needs) and stopped at the end.
 * Writes reports/load-<scenario>.{md,json} and the histogram SVG; exits 1
 * when a budget fails, 2 on a usage error.
 */
import { parseArgs } from 'node:util';
import { requestBodies } from './recipes.ts';
import { writeReport } from './report.ts';
import { SCENARIOS, type Context } from './scenarios.ts';
import { attach, spawnServer } from './server.ts';
import { failed } from './verdicts.ts';

const { values } = parseArgs({
  options: {
    scenario: { type: 'string' },
    url: { type: 'string' },
    runs: { type: 'string' },
    minutes: { type: 'string' },
  },
});

function usage(message: string): never {
  console.error(`load: ${message}`);
  console.error(
    `usage: npm run load -- --scenario ` +
      `<${Object.keys(SCENARIOS).join('|')}> [--url URL] [--runs N] ` +
      `[--minutes M]`,
  );
  process.exit(2);
}

function positive(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0)
    usage(`--${name} must be a positive number`);
  return n;
}

const name = values.scenario ?? usage('--scenario is required');
const scenario = SCENARIOS[name] ?? usage(`unknown scenario "${name}"`);
const runs = positive('runs', values.runs);
const minutes = positive('minutes', values.minutes);

const startedAt = new Date().toISOString();
const target = values.url
  ? attach(values.url)
  : await spawnServer({ env: scenario.env });
const server = values.url ?? `started here (${target.url})`;
console.error(`load: ${name}: ${scenario.description}, against ${target.url}`);

let outcome;
try {
  const ctx: Context = {
    target,
    bodies: requestBodies(),
    spawned: !values.url,
    runs: runs && Math.round(runs),
    minutes,
  };
  outcome = await scenario.run(ctx);
} finally {
  await target.stop();
}

const md = writeReport({ scenario: name, startedAt, server, ...outcome });
for (const c of outcome.checks) {
  console.log(
    `${c.outcome.padEnd(4)}  ${c.name}: ${c.measured} (target ${c.target})`,
  );
}
for (const p of outcome.phases) {
  const l = p.latency;
  console.log(
    `${p.name}: ${p.runs} runs, p50 ${Math.round(l.p50Ms)} ms, p95 ` +
      `${Math.round(l.p95Ms)} ms, p99 ${Math.round(l.p99Ms)} ms, ` +
      `${p.throughputRps.toFixed(2)} runs/s`,
  );
}
for (const n of outcome.notes) console.log(`note: ${n}`);
console.log(`report: ${md}`);
process.exit(failed(outcome.checks) ? 1 : 0);
