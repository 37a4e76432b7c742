/**
 * Two server processes sharing one real redis-server hold MAX_CONCURRENT
 * together. Each process runs test/support/probe-server.ts: the real
 * server with GraphBuilder wrapped by a probe whose counter lives in that
 * same Redis, so concurrency is counted inside the agents, across both.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBinary } from '../support/binaries.ts';
import { postRun, realRecipe } from '../support/in-process.ts';
import { RedisProbe } from '../support/probe-agent.ts';
import { startRedis, type RedisWithClient } from '../support/redis-server.ts';
import {
  startServerProcess,
  type ServerProcess,
} from '../support/server-process.ts';

const bin = findBinary('redis-server');
let redis: RedisWithClient;
let servers: ServerProcess[] = [];

beforeAll(async () => {
  if (!bin) return;
  redis = await startRedis(bin);
  const env = {
    REDIS_URL: redis.url,
    PROBE_REDIS_URL: redis.url,
    PROBE_HOLD_MS: '600',
    MAX_CONCURRENT: '2',
    QUEUE_MAX: '0',
  };
  const start = () =>
    startServerProcess({
      env,
      entry: 'test/support/probe-server.ts',
      telemetry: false,
    });
  servers = await Promise.all([start(), start()]);
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  await redis?.stop();
});

describe.skipIf(!bin)('REDIS_URL shared by two processes', () => {
  it('never runs more than MAX_CONCURRENT=2 across both, and refuses the rest with 429', async () => {
    const body = { recipe: await realRecipe('pumpkin-bread') };
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, i) => postRun(servers[i % 2]!.url, body)),
    );
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([
      200, 200, 429, 429, 429, 429, 429, 429, 429, 429,
    ]);
    for (const r of responses.filter((x) => x.status === 429)) {
      expect(r.headers.get('retry-after')).toMatch(/^\d+$/);
    }
    const figures = await new RedisProbe(redis.client).figures();
    expect(figures).toEqual({ current: 0, max: 2, entries: 2 });
    // Both slots are free again, for either process.
    expect(await redis.client.zcard('semaphore:brigade:runs')).toBe(0);
    expect((await postRun(servers[1]!.url, body)).status).toBe(200);
  });
});
