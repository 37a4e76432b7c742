/**
 * The shared run limit on a real redis-server: two limiters stand for two
 * instances, and the jobs count themselves in this process.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdmissionError } from '../../src/admission/admission-error.ts';
import { createLimiter } from '../../src/admission/create-limiter.ts';
import type { Limiter } from '../../src/admission/limiter.ts';
import { findBinary } from '../support/binaries.ts';
import { startRedis, type RedisWithClient } from '../support/redis-server.ts';
import { freePort } from '../support/server-process.ts';

const bin = findBinary('redis-server');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let redis: RedisWithClient;
const limiters: Limiter[] = [];
beforeAll(async () => {
  if (bin) redis = await startRedis(bin);
});
afterAll(async () => {
  await Promise.all(limiters.map((l) => l.stop()));
  await redis?.stop();
});

function limiter(max: number, queue: number, timeoutMs: number, url?: string) {
  const l = createLimiter({
    MAX_CONCURRENT: max,
    QUEUE_MAX: queue,
    QUEUE_TIMEOUT_MS: timeoutMs,
    REDIS_URL: url ?? redis.url,
  });
  limiters.push(l);
  return l;
}

/** A job that counts how many jobs are inside at once. */
function counter() {
  const c = { current: 0, max: 0, runs: 0 };
  const job = (ms: number) => async () => {
    c.runs += 1;
    c.current += 1;
    c.max = Math.max(c.max, c.current);
    await sleep(ms);
    c.current -= 1;
    return 'done';
  };
  return { c, job };
}

/** Until the counter shows a job inside (acquiring goes through Redis). */
async function inside(c: { current: number }) {
  while (c.current === 0) await sleep(5);
}

const outcome = (p: Promise<unknown>) =>
  p.then(
    () => 'ran',
    (e: unknown) => (e instanceof AdmissionError ? e.code : String(e)),
  );

describe.skipIf(!bin)('two instances sharing one Redis', () => {
  it('run at most MAX_CONCURRENT=2 jobs together and refuse the rest', async () => {
    const a = limiter(2, 0, 1000);
    const b = limiter(2, 0, 1000);
    const { c, job } = counter();
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        outcome((i % 2 ? a : b).run(job(300))),
      ),
    );
    expect(results.filter((r) => r === 'ran')).toHaveLength(2);
    expect(results.filter((r) => r === 'queue_full')).toHaveLength(6);
    expect(c).toEqual({ current: 0, max: 2, runs: 2 });
    expect(await redis.client.zcard('semaphore:brigade:runs')).toBe(0);
  });

  it('expire a wait at QUEUE_TIMEOUT_MS, and the expired job never runs', async () => {
    const a = limiter(1, 1, 200);
    const b = limiter(1, 1, 200);
    const { c, job } = counter();
    const holder = a.run(job(700));
    await inside(c);
    const t0 = performance.now();
    expect(await outcome(b.run(job(10)))).toBe('queue_timeout');
    const waited = performance.now() - t0;
    expect(waited).toBeGreaterThanOrEqual(190);
    // Near the 200 ms timeout, not the 700 ms the holder takes.
    expect(waited).toBeLessThan(650);
    await holder;
    await sleep(100);
    expect(c.runs).toBe(1);
  });

  it('hand a slot freed by one instance to a run waiting on the other', async () => {
    const a = limiter(1, 1, 2000);
    const b = limiter(1, 1, 2000);
    const { c, job } = counter();
    const first = a.run(job(300));
    await inside(c);
    const t0 = performance.now();
    expect(await b.run(job(10))).toBe('done');
    expect(performance.now() - t0).toBeGreaterThanOrEqual(250);
    await first;
    expect(c).toEqual({ current: 0, max: 1, runs: 2 });
  });
});

describe('Redis unreachable', () => {
  it('falls back to the per-instance limit instead of failing runs', async () => {
    const dead = `redis://127.0.0.1:${await freePort()}`;
    const l = limiter(1, 0, 1000, dead);
    const { c, job } = counter();
    const first = outcome(l.run(job(600)));
    await inside(c);
    expect(await outcome(l.run(job(600)))).toBe('queue_full');
    expect(await first).toBe('ran');
    expect(c.runs).toBe(1);
  });
});
