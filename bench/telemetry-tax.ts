/**
 * The observability tax and the caches' worth, measured in one run on the
 * same recipes: throughput and p95 of servers started with telemetry on
 * and off, and with the catalog caches on and off.
 *
 *   npm run bench:tax [-- --runs 450 --rounds 5]
 *
 * The servers run side by side and take turns, `rounds` times, so a
 * machine that speeds up or slows down during the benchmark affects each
 * alike. Every server gets the same varied real recipes at the
 * concurrency cap (3 connections). Telemetry off means no
 * `--import ./otel/register.ts`; caches off means CACHE_ENABLED=false.
 *
 * The differences are a few per cent, about the size of the noise on a
 * shared machine: two invocations of 450 runs gave a throughput tax of
 * ×1.04 and ×1.19. So the ratio of each round is printed too; when their
 * range straddles 1, the difference was not measurable on that machine.
 */
import { parseArgs } from 'node:util';
import { fire, merge, type FireResult } from '../scripts/load/fire.ts';
import {
  cacheFigures,
  parseExposition,
} from '../scripts/load/prometheus-text.ts';
import { requestBodies } from '../scripts/load/recipes.ts';
import {
  spawnServer,
  type SpawnOptions,
  type Target,
} from '../scripts/load/server.ts';
import { summarize } from '../scripts/load/stats.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '450' },
    rounds: { type: 'string', default: '5' },
    warmup: { type: 'string', default: '10' },
  },
});
const rounds = Number(values.rounds);
const perRound = Math.ceil(Number(values.runs) / rounds);
const warmup = Number(values.warmup);

const CONFIGS: Record<string, SpawnOptions> = {
  'telemetry on, caches on': { telemetry: true },
  'telemetry off, caches on': { telemetry: false },
  'telemetry on, caches off': {
    telemetry: true,
    env: { CACHE_ENABLED: 'false' },
  },
};

const bodies = requestBodies();
const servers = new Map<string, Target>();
const results = new Map<string, FireResult[]>();
try {
  for (const [name, opts] of Object.entries(CONFIGS)) {
    const server = await spawnServer(opts);
    servers.set(name, server);
    results.set(name, []);
    await fire({
      url: server.url,
      bodies,
      connections: 1,
      amount: warmup,
      progress: false,
    });
  }
  console.log(
    `bench:tax: ${perRound * rounds} runs per server in ${rounds} rounds, ` +
      `3 connections, ${bodies.length} real recipes (${warmup} warm-up runs ` +
      `each, left out)`,
  );
  for (let round = 0; round < rounds; round++) {
    for (const [name, server] of servers) {
      const r = await fire({
        url: server.url,
        bodies,
        connections: 3,
        amount: perRound,
        offset: round * perRound,
        label: `round ${round + 1}: ${name}`,
      });
      results.get(name)?.push(r);
    }
  }
  await report();
} finally {
  for (const server of servers.values()) await server.stop();
}

interface Figures {
  throughput: number;
  p95: number;
  p50: number;
  failed: number;
}

async function report() {
  const figures = new Map<string, Figures>();
  console.log('');
  console.log(
    'server'.padEnd(28) +
      'runs/s'.padStart(9) +
      'p50 ms'.padStart(9) +
      'p95 ms'.padStart(9) +
      'not ok'.padStart(8),
  );
  for (const [name, list] of results) {
    const all = merge(list);
    const latency = summarize(all.responses.map((r) => r.latencyMs));
    const runs = all.responses.length + all.errors;
    const f = {
      throughput: runs / all.durationS,
      p50: latency.p50Ms,
      p95: latency.p95Ms,
      failed: runs - (all.runStatus.success ?? 0),
    };
    figures.set(name, f);
    console.log(
      name.padEnd(28) +
        f.throughput.toFixed(2).padStart(9) +
        f.p50.toFixed(0).padStart(9) +
        f.p95.toFixed(0).padStart(9) +
        String(f.failed).padStart(8),
    );
  }

  const on = figures.get('telemetry on, caches on') as Figures;
  const off = figures.get('telemetry off, caches on') as Figures;
  const cold = figures.get('telemetry on, caches off') as Figures;
  console.log('');
  console.log(
    `observability tax: throughput off/on ` +
      `×${(off.throughput / on.throughput).toFixed(3)}, p95 on/off ` +
      `×${(on.p95 / off.p95).toFixed(3)}`,
  );
  console.log(
    `caches: throughput on/off ` +
      `×${(on.throughput / cold.throughput).toFixed(3)}, p95 off/on ` +
      `×${(cold.p95 / on.p95).toFixed(3)}`,
  );
  console.log(
    spread(
      'telemetry off/on throughput per round',
      'telemetry off, caches on',
      'telemetry on, caches on',
    ),
  );
  console.log(
    spread(
      'caches on/off throughput per round',
      'telemetry on, caches on',
      'telemetry on, caches off',
    ),
  );
  console.log(await cacheEffect());
}

/** The range of a throughput ratio over the rounds. */
function spread(label: string, a: string, b: string): string {
  const ra = results.get(a) ?? [];
  const rb = results.get(b) ?? [];
  const rps = (r: FireResult) => r.responses.length / r.durationS;
  const ratios = ra.map((r, i) => rps(r) / rps(rb[i] as FireResult));
  const lo = Math.min(...ratios).toFixed(3);
  const hi = Math.max(...ratios).toFixed(3);
  return `${label}: ×${lo} to ×${hi}`;
}

/** Whether CACHE_ENABLED=false really turned the caches off. */
async function cacheEffect(): Promise<string> {
  const lookups = async (name: string) => {
    const server = servers.get(name) as Target;
    const text = await (await fetch(`${server.url}/metrics`)).text();
    return cacheFigures(parseExposition(text));
  };
  const on = await lookups('telemetry on, caches on');
  const off = await lookups('telemetry on, caches off');
  if (!on)
    return (
      'caches: no cache_requests_total in /metrics, so the caches are not ' +
      'wired yet and on/off cannot differ.'
    );
  const rate = on.lookups ? ((on.hits / on.lookups) * 100).toFixed(1) : '–';
  if (off && off.lookups > 0) {
    return (
      `caches: CACHE_ENABLED=false had no effect: that server still counted ` +
      `${off.lookups} cache lookups.`
    );
  }
  return (
    `caches: CACHE_ENABLED=false took effect (no cache lookups counted); ` +
    `with caches on, ${on.lookups} lookups, hit rate ${rate} %.`
  );
}
