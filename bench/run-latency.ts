/**
 * Run latency and peak RSS over many runs of one 20-ingredient recipe,
 * in process (brigade.run) and over HTTP (a server started as npm start
 * starts it), side by side:
 *
 *   npm run bench [-- --runs 200 --warmup 5]
 *
 * The recipe is the longest of the data cut to its first 20 ingredient
 * lines. Warm-up runs are left out of the figures. A benchmark prints
 * figures; it passes or fails nothing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { SingleBar, Presets } from 'cli-progress';
import { fire } from '../scripts/load/fire.ts';
import { recipeWithLines } from '../scripts/load/recipes.ts';
import { procMemory, spawnServer } from '../scripts/load/server.ts';
import { summarize, toMb, type LatencySummary } from '../scripts/load/stats.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '200' },
    warmup: { type: 'string', default: '5' },
  },
});
const runs = Number(values.runs);
const warmup = Number(values.warmup);

process.env.LOG_LEVEL ||= 'warn';
const { createBrigade } = await import('../src/brigade.ts');
const { loadConfig } = await import('../src/config.ts');

const recipe = recipeWithLines(20);
const body = JSON.stringify({ recipe });
console.log(
  `bench: ${runs} runs of "${recipe.title}" cut to 20 ingredient lines ` +
    `(${warmup} warm-up runs left out)`,
);

interface Result {
  latency: LatencySummary;
  peakRssBytes: number;
  statuses: string;
}

async function inProcess(): Promise<Result> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'brigade-bench-'));
  const brigade = await createBrigade(
    loadConfig({ ...process.env, DATA_DIR: dataDir }),
  );
  const bar = new SingleBar(
    { format: 'in process [{bar}] {value}/{total}', stream: process.stderr },
    Presets.shades_classic,
  );
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  bar.start(runs + warmup, 0);
  for (let i = 0; i < runs + warmup; i++) {
    const t0 = performance.now();
    const doc = await brigade.run({ recipe });
    if (i >= warmup) {
      latencies.push(performance.now() - t0);
      statuses[doc.status] = (statuses[doc.status] ?? 0) + 1;
    }
    bar.increment();
  }
  bar.stop();
  await brigade.close();
  rmSync(dataDir, { recursive: true, force: true });
  return {
    latency: summarize(latencies),
    // This process is Brigade plus the loop driving it: its high-water mark.
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
    statuses: format(statuses),
  };
}

async function overHttp(): Promise<Result> {
  const server = await spawnServer();
  try {
    await fire({
      url: server.url,
      bodies: [body],
      connections: 1,
      amount: warmup,
      progress: false,
    });
    const result = await fire({
      url: server.url,
      bodies: [body],
      connections: 1,
      amount: runs,
      label: 'over HTTP',
    });
    const codes: Record<string, number> = {};
    for (const r of result.responses)
      codes[`HTTP ${r.statusCode}`] = (codes[`HTTP ${r.statusCode}`] ?? 0) + 1;
    return {
      latency: summarize(result.responses.map((r) => r.latencyMs)),
      peakRssBytes: procMemory(server.pid)?.peakBytes ?? Number.NaN,
      statuses: `${format(result.runStatus)}; ${format(codes)}`,
    };
  } finally {
    await server.stop();
  }
}

const format = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');

const local = await inProcess();
const http = await overHttp();

const row = (label: string, f: (r: Result) => string) =>
  `${label.padEnd(14)}${f(local).padStart(14)}${f(http).padStart(14)}`;
const ms = (n: number) => `${n.toFixed(1)} ms`;
console.log('');
console.log(
  `${''.padEnd(14)}${'in process'.padStart(14)}${'over HTTP'.padStart(14)}`,
);
console.log(row('runs', (r) => String(r.latency.count)));
console.log(row('p50', (r) => ms(r.latency.p50Ms)));
console.log(row('p95', (r) => ms(r.latency.p95Ms)));
console.log(row('p99', (r) => ms(r.latency.p99Ms)));
console.log(row('max', (r) => ms(r.latency.maxMs)));
console.log(row('peak RSS', (r) => `${toMb(r.peakRssBytes)} MB`));
console.log('');
console.log(`in process: ${local.statuses}`);
console.log(`over HTTP: ${http.statuses}`);
console.log(
  'Percentiles are nearest-rank. Over HTTP the latency is client-side and ' +
    'the peak RSS is the server process’s (VmHWM).',
);
