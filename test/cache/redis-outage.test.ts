/**
 * Redis killed in the middle of 50 runs of real recipes, then restarted:
 * no run fails, no lookup agent goes over its latency budget, and Redis
 * serves hits again after the restart. The L1 tier is kept tiny (8
 * entries) so that most lookups reach Redis and the outage is felt.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { RunDocument } from '../../src/pipeline/run-document.ts';
import { startInProcess, type InProcess } from '../support/in-process.ts';
import { RedisServer, redisAvailable } from '../support/redis-server.ts';
import { recipeRuns } from './recipes.ts';

const LOOKUP_AGENTS = new Set([
  'RecipeEngineer',
  'ScalingCalculator',
  'QAValidator',
]);
const RUN_BUDGET_MS = 4000;

let redis: RedisServer;
let app: InProcess;

beforeAll(async () => {
  if (!redisAvailable()) return;
  redis = await RedisServer.start();
  app = await startInProcess({
    REDIS_URL: redis.url,
    CACHE_INGREDIENT_MAX: '8',
    CACHE_DENSITY_MAX: '8',
    CACHE_COST_MAX: '8',
    CACHE_NUTRIENTS_MAX: '8',
  });
});

afterAll(async () => {
  await app?.close();
  await redis?.stop();
});

const l2Hits = (docs: RunDocument[]) =>
  docs.reduce(
    (n, d) =>
      n + Object.values(d.cache ?? {}).reduce((m, c) => m + c.l2Hits, 0),
    0,
  );
const errors = (docs: RunDocument[]) =>
  docs.reduce(
    (n, d) =>
      n + Object.values(d.cache ?? {}).reduce((m, c) => m + c.errors, 0),
    0,
  );

it.runIf(redisAvailable())(
  'survives Redis dying and coming back during 50 runs',
  async () => {
    const runs = recipeRuns(50);
    const before: RunDocument[] = [];
    const during: RunDocument[] = [];
    const after: RunDocument[] = [];
    // Warm the code paths so the first run's start-up is not measured.
    await app.brigade.run({ recipe: runs[0]! });

    for (const [i, recipe] of runs.entries()) {
      const pending = app.brigade.run({ recipe });
      if (i === 20) await redis.kill(); // while run 20 is in flight
      if (i === 35) {
        await redis.restart();
        // The client retries at most once a second.
        await new Promise((r) => setTimeout(r, 1200));
      }
      const doc = await pending;
      (i < 20 ? before : i <= 35 ? during : after).push(doc);
    }
    const all = [...before, ...during, ...after];

    expect(all.filter((d) => d.status === 'failed')).toEqual([]);
    const slow = all.flatMap((d) =>
      d.agents.filter(
        (a) => LOOKUP_AGENTS.has(a.name) && a.durationMs > a.budgetMs,
      ),
    );
    expect(slow).toEqual([]);
    expect(all.every((d) => d.durationMs < RUN_BUDGET_MS)).toBe(true);

    expect(l2Hits(before)).toBeGreaterThan(0);
    expect(errors(during)).toBeGreaterThan(0);
    expect(l2Hits(after)).toBeGreaterThan(0);
  },
  60_000,
);
