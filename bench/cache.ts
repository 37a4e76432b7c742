/**
 * Catalog cache benchmark (prints figures; not a test). Over several
 * passes of the real recipes (those within the 20-line limit):
 *
 * 1. hit rate per cache, caches on with Redis (goal ≥ 95 %);
 * 2. lookup latency, median, of an L1 hit, an L2 hit and a miss;
 * 3. run latency, median and p95, with caches off and on;
 * 4. heap the four caches hold when full (ceiling 50 MB).
 *
 * Needs redis-server (REDIS_SERVER_BIN or /usr/bin/redis-server) and
 * `--expose-gc` for the memory figure.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { createBrigade, type Brigade } from '../src/brigade.ts';
import {
  createCatalogCaches,
  type CatalogCaches,
} from '../src/cache/catalog-caches.ts';
import { CACHE_NAMES, type CacheName } from '../src/cache/cache-spec.ts';
import { storeLookups, type CatalogLookups } from '../src/catalog/catalog.ts';
import type { Food } from '../src/catalog/food.ts';
import { loadConfig, type Config } from '../src/config.ts';
import type { RunDocument } from '../src/pipeline/run-document.ts';
import { SqliteStore } from '../src/store/sqlite-store.ts';
import { RedisServer } from '../test/support/redis-server.ts';
import { recipeRuns } from '../test/cache/recipes.ts';

const quiet = pino({ level: 'silent' });
const PASSES = Number(process.env.BENCH_PASSES ?? 5);
const out = (line = '') => process.stdout.write(`${line}\n`);

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
};
const ms = (x: number) => `${x.toFixed(3)} ms`;
const sleep = (t: number) => new Promise((r) => setTimeout(r, t));

function freshDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'brigade-bench-'));
}

type Totals = Record<
  CacheName,
  { hits: number; misses: number; l2Hits: number }
>;

function emptyTotals(): Totals {
  return Object.fromEntries(
    CACHE_NAMES.map((n) => [n, { hits: 0, misses: 0, l2Hits: 0 }]),
  ) as Totals;
}

function addCache(totals: Totals, doc: RunDocument): void {
  for (const name of CACHE_NAMES) {
    const c = doc.cache?.[name];
    if (!c) continue;
    totals[name].hits += c.hits;
    totals[name].misses += c.misses;
    totals[name].l2Hits += c.l2Hits;
  }
}

function uniqueCount(): number {
  const all = JSON.parse(readFileSync('data/recipes/recipes.json', 'utf8'));
  return (all as { ingredients: string[] }[]).filter(
    (r) => r.ingredients.length <= 20,
  ).length;
}

async function brigadeWith(env: Record<string, string>): Promise<{
  brigade: Brigade;
  dir: string;
}> {
  const dir = freshDir();
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    MAX_CONCURRENT: '1',
    ...env,
    DATA_DIR: dir,
  });
  return { brigade: await createBrigade(config), dir };
}

/**
 * Caches off and on run the same recipes alternately, one run each in
 * turn, so drift in the machine's load falls on both alike. The first
 * pass warms both (and fills the caches) and is reported apart.
 */
async function hitRatesAndRunLatency(redisUrl: string) {
  const off = await brigadeWith({ CACHE_ENABLED: 'false' });
  const on = await brigadeWith({ REDIS_URL: redisUrl });
  await sleep(300);
  const recipes = recipeRuns(uniqueCount());
  const cold = emptyTotals();
  const warm = emptyTotals();
  const time = { off: [] as number[], on: [] as number[] };
  for (let pass = 0; pass < PASSES; pass++) {
    for (const recipe of recipes) {
      const a = await off.brigade.run({ recipe });
      const b = await on.brigade.run({ recipe });
      addCache(pass === 0 ? cold : warm, b);
      if (pass === 0) continue;
      time.off.push(a.durationMs);
      time.on.push(b.durationMs);
    }
  }
  for (const x of [off, on]) {
    await x.brigade.close();
    rmSync(x.dir, { recursive: true, force: true });
  }

  const rate = (t: { hits: number; misses: number }) =>
    `${((100 * t.hits) / (t.hits + t.misses)).toFixed(1)} %`;
  out(
    `## Hit rate per cache, ${recipes.length} recipes × ${PASSES} passes, L1 + Redis`,
  );
  out(
    '| cache | lookups | misses | hit rate, all passes | first pass (cold) | later passes |',
  );
  out('|---|---|---|---|---|---|');
  for (const name of CACHE_NAMES) {
    const c = cold[name];
    const w = warm[name];
    const all = { hits: c.hits + w.hits, misses: c.misses + w.misses };
    out(
      `| ${name} | ${all.hits + all.misses} | ${all.misses} | ` +
        `${rate(all)} | ${rate(c)} | ${rate(w)} |`,
    );
  }
  out();
  out(`## Run latency, ${time.on.length} runs each after the warm-up pass`);
  out('| caches | median | p95 |');
  out('|---|---|---|');
  for (const [label, d] of [
    ['off (SQLite only)', time.off],
    ['on (L1 + Redis)', time.on],
  ] as const) {
    out(`| ${label} | ${ms(quantile(d, 0.5))} | ${ms(quantile(d, 0.95))} |`);
  }
  out();
}

/** Times each lookup of `ids` through a fresh set of caches. */
async function timeLookups(
  caches: CatalogCaches,
  base: CatalogLookups,
  ids: number[],
): Promise<number[]> {
  const lookups = caches.wrap(base);
  const times: number[] = [];
  for (const id of ids) {
    const t0 = performance.now();
    await lookups.ingredient(id);
    times.push(performance.now() - t0);
  }
  return times;
}

async function lookupLatency(config: Config, redis: RedisServer) {
  const dir = freshDir();
  const seeded = await createBrigade({
    ...config,
    DATA_DIR: dir,
    CACHE_ENABLED: false,
  });
  await seeded.close();
  const store = new SqliteStore(path.join(dir, 'brigade.db'));
  await store.init();
  const base = storeLookups(store);
  const ids = (await store.listFoods()).map((f) => f.fdcId);
  const open = async () => {
    const c = createCatalogCaches({ ...config, REDIS_URL: redis.url }, quiet);
    await sleep(200);
    return c;
  };

  // Miss: empty L1 and empty Redis, so every lookup reads SQLite.
  const first = await open();
  const miss = await timeLookups(first, base, ids);
  // L1 hit: the same instance again.
  const l1 = await timeLookups(first, base, ids);
  await sleep(200); // let the async L2 writes land
  // L2 hit: a fresh L1, Redis filled by the first instance.
  const second = await open();
  const l2 = await timeLookups(second, base, ids);
  await first.close();
  await second.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });

  out(`## Lookup latency, ingredient cache, ${ids.length} foods, median`);
  out('| L1 hit | L2 hit (Redis) | miss (SQLite, then both tiers written) |');
  out('|---|---|---|');
  out(
    `| ${ms(quantile(l1, 0.5))} | ${ms(quantile(l2, 0.5))} | ${ms(quantile(miss, 0.5))} |`,
  );
  out();
}

/** The four caches filled to their size limits with real catalog values. */
async function memoryWhenFull(config: Config) {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) {
    out('## Memory when full: skipped (run node with --expose-gc)');
    return;
  }
  const foods: Food[] = JSON.parse(
    readFileSync('data/usda/ingredients.json', 'utf8'),
  );
  const food = (id: number) => ({ ...foods[id % foods.length]!, fdcId: id });
  const base: CatalogLookups = {
    ingredient: async (id) => food(id),
    density: async (id) => ({
      fdcId: id,
      portions: food(id).portions,
      gPerMl: food(id).derived?.gPerMl ?? null,
    }),
    cost: async (id) => ({
      fdcId: id,
      usdPerKg: 1.1927,
      source:
        'BLS APU0000701111 2023-11 flour, white, all purpose, per lb; $0.541',
    }),
    nutrients: async (id) => food(id).nutrientsPer100g,
  };
  gc();
  const before = process.memoryUsage().heapUsed;
  const caches = createCatalogCaches(
    { ...config, REDIS_URL: undefined },
    quiet,
  );
  const lookups = caches.wrap(base);
  const fill = async (n: number, get: (id: number) => Promise<unknown>) => {
    for (let id = 1; id <= n; id++) await get(id);
  };
  await fill(config.CACHE_INGREDIENT_MAX, lookups.ingredient);
  await fill(config.CACHE_DENSITY_MAX, lookups.density);
  await fill(config.CACHE_COST_MAX, lookups.cost);
  await fill(config.CACHE_NUTRIENTS_MAX, lookups.nutrients);
  gc();
  const after = process.memoryUsage().heapUsed;
  const entries =
    config.CACHE_INGREDIENT_MAX +
    config.CACHE_DENSITY_MAX +
    config.CACHE_COST_MAX +
    config.CACHE_NUTRIENTS_MAX;
  out(`## Memory when full (${entries} entries, default sizes)`);
  out(
    `heap held by the caches: ${((after - before) / 1024 / 1024).toFixed(2)} MB (ceiling 50 MB)`,
  );
  await caches.close();
}

async function main() {
  const redis = await RedisServer.start();
  try {
    const config = loadConfig({ LOG_LEVEL: 'silent' });
    out(`# Catalog cache benchmark (Node ${process.version})`);
    out();
    await hitRatesAndRunLatency(redis.url);
    await lookupLatency(config, redis);
    await memoryWhenFull(config);
  } finally {
    await redis.stop();
  }
}

await main();
