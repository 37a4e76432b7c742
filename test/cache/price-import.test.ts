/**
 * A price import while two Brigade processes share a store and a Redis:
 * the next run of either costs flour at the new price, whether it would
 * have found the old one in its own memory (L1) or in Redis (L2).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createClient } from '@keyv/redis';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createBrigade, type Brigade } from '../../src/brigade.ts';
import { loadConfig } from '../../src/config.ts';
import type { RunDocument } from '../../src/pipeline/run-document.ts';
import { realRecipe } from '../support/in-process.ts';
import { RedisServer, redisAvailable } from '../support/redis-server.ts';

const FLOUR = 168894; // all-purpose flour, 1.1927 USD/kg in data/prices.csv
const NEW_USD_PER_KG = 3.5;

let redis: RedisServer;
let dir: string;
let a: Brigade;
let b: Brigade;

beforeAll(async () => {
  if (!redisAvailable()) return;
  redis = await RedisServer.start();
  dir = mkdtempSync(path.join(tmpdir(), 'brigade-import-'));
  const env = { LOG_LEVEL: 'silent', DATA_DIR: dir, REDIS_URL: redis.url };
  a = await createBrigade(loadConfig(env));
  b = await createBrigade(loadConfig(env));
  await new Promise((r) => setTimeout(r, 300)); // both connect to Redis
});

afterAll(async () => {
  await a?.close();
  await b?.close();
  await redis?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function flourLine(doc: RunDocument) {
  const line = doc.lines.find((l) => l.food?.fdcId === FLOUR);
  if (!line?.grams || line.cost === null) throw new Error('no costed flour');
  return line as { grams: number; cost: number };
}

async function cachedFlourCost(): Promise<unknown> {
  const client = createClient({ url: redis.url });
  await client.connect();
  const raw = await client.get(`cost:${FLOUR}`);
  await client.close();
  return raw && JSON.parse(raw).value.v.usdPerKg;
}

it.runIf(redisAvailable())(
  'after an import the next run uses the new price in both tiers',
  async () => {
    const recipe = await realRecipe('cake-batter-chocolate-chip-cookies');
    const before = flourLine(await a.run({ recipe }));
    expect(before.cost).toBeCloseTo((before.grams / 1000) * 1.1927, 3); // the document rounds cost and grams
    await new Promise((r) => setTimeout(r, 50));
    // b now holds the old flour price in its L1, from Redis.
    const bBefore = await b.run({ recipe });
    expect(bBefore.cache?.cost.l2Hits).toBeGreaterThan(0);
    expect(await cachedFlourCost()).toBe(1.1927);

    const csv = path.join(dir, 'new-prices.csv');
    writeFileSync(
      csv,
      `fdc_id,food,usd_per_kg,source\n${FLOUR},all-purpose flour,${NEW_USD_PER_KG},test quote\n`,
    );
    // cost:168894 was in a's L1 and in Redis: one key dropped.
    expect(await a.importPrices(csv)).toEqual({ imported: 1, invalidated: 1 });
    expect(await cachedFlourCost()).toBeNull();
    await new Promise((r) => setTimeout(r, 100)); // pub/sub reaches b

    const after = flourLine(await a.run({ recipe }));
    expect(after.cost).toBeCloseTo((after.grams / 1000) * NEW_USD_PER_KG, 3); // the document rounds cost and grams
    await new Promise((r) => setTimeout(r, 50));
    expect(await cachedFlourCost()).toBe(NEW_USD_PER_KG);
    const bAfter = flourLine(await b.run({ recipe }));
    expect(bAfter.cost).toBeCloseTo((bAfter.grams / 1000) * NEW_USD_PER_KG, 3); // the document rounds cost and grams
  },
  30_000,
);
