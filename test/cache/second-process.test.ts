/**
 * Two Brigade processes share one Redis: what the first looked up, the
 * second finds in Redis (L2) without reading its store.
 */
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { RecipeInput } from '../../src/domain/types.ts';
import { startInProcess, type InProcess } from '../support/in-process.ts';
import { recipeRuns } from './recipes.ts';
import { RedisServer, redisAvailable } from '../support/redis-server.ts';

let redis: RedisServer;
let first: InProcess;

beforeAll(async () => {
  if (!redisAvailable()) return;
  redis = await RedisServer.start();
  first = await startInProcess({ REDIS_URL: redis.url });
});

afterAll(async () => {
  await first?.close();
  await redis?.stop();
});

function runInSecondProcess(recipe: RecipeInput) {
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'test/cache/fixtures/run-recipe.ts'],
    {
      input: JSON.stringify(recipe),
      env: { ...process.env, REDIS_URL: redis.url },
      encoding: 'utf8',
      timeout: 30_000,
    },
  );
  if (child.status !== 0) throw new Error(child.stderr);
  return JSON.parse(child.stdout) as {
    status: string;
    cache: Record<string, { hits: number; l2Hits: number; misses: number }>;
  };
}

it.runIf(redisAvailable())(
  'a second process gets L2 hits for the keys the first filled',
  async () => {
    const recipe = recipeRuns(1)[0]!;
    const mine = await first.brigade.run({ recipe });
    expect(mine.cache?.ingredient.misses).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 100)); // L2 writes are async

    const theirs = runInSecondProcess(recipe);
    expect(theirs.status).toBe(mine.status);
    for (const [name, counts] of Object.entries(theirs.cache)) {
      const looked = mine.cache![name as keyof NonNullable<typeof mine.cache>];
      // Same lookups as the first run; every one served by Redis.
      expect({ name, ...counts }).toMatchObject({
        name,
        misses: 0,
        hits: looked.hits + looked.misses,
        l2Hits: looked.misses,
      });
    }
  },
  40_000,
);
