/**
 * Concurrency admission over real HTTP. Concurrency is counted inside the
 * pipeline by a probe wrapped around GraphBuilder (test/support/
 * probe-agent.ts), which also holds each execution long enough that runs
 * admitted together really are inside at the same time.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { gauges } from '../../otel/instruments.ts';
import { MemoryProbe, probedAgents } from '../support/probe-agent.ts';
import {
  postRun,
  realRecipe,
  startInProcess,
  type InProcess,
} from '../support/in-process.ts';

let app: InProcess | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(condition: () => boolean) {
  while (!condition()) await sleep(5);
}

async function start(env: Record<string, string>, holdMs: number) {
  const probe = new MemoryProbe();
  app = await startInProcess(env, { agents: probedAgents(probe, holdMs) });
  return { app, probe, body: { recipe: await realRecipe('pumpkin-bread') } };
}

/** Sends one run; resolves with its status, code and time to answer. */
async function timedRun(url: string, body: unknown) {
  const t0 = performance.now();
  const res = await postRun(url, body);
  const json = (await res.json()) as { code?: string; status?: unknown };
  return {
    status: res.status,
    code: json.code,
    retryAfter: res.headers.get('retry-after'),
    type: res.headers.get('content-type'),
    ms: performance.now() - t0,
  };
}

describe('MAX_CONCURRENT=3, QUEUE_MAX=0', () => {
  it('runs 3 of 10 simultaneous requests at once, never 4, and answers the other 7 with 429', async () => {
    const { probe, body } = await start(
      { MAX_CONCURRENT: '3', QUEUE_MAX: '0' },
      500,
    );
    const results = await Promise.all(
      Array.from({ length: 10 }, () => timedRun(app!.url, body)),
    );

    const ok = results.filter((r) => r.status === 200);
    const refused = results.filter((r) => r.status === 429);
    expect(ok).toHaveLength(3);
    expect(refused).toHaveLength(7);
    for (const r of refused) {
      expect(r.code).toBe('queue_full');
      expect(r.type).toMatch(/^application\/problem\+json/);
      expect(Number(r.retryAfter)).toBeGreaterThanOrEqual(1);
      expect(r.retryAfter).toMatch(/^\d+$/);
    }
    // All three admitted runs were inside GraphBuilder together, and no
    // refused request ever reached an agent.
    expect(probe.figures).toEqual({ current: 0, max: 3, entries: 3 });
  });
});

describe('QUEUE_MAX=2, QUEUE_TIMEOUT_MS=300, one slot', () => {
  it('expires waits at the configured time, frees their queue places at once, and no expired run does work', async () => {
    const { probe, body } = await start(
      { MAX_CONCURRENT: '1', QUEUE_MAX: '2', QUEUE_TIMEOUT_MS: '300' },
      900,
    );
    // A takes the slot for ~900 ms; B and C wait; D finds the queue full.
    const a = timedRun(app!.url, body);
    await until(() => probe.figures.entries === 1);
    const waits = [timedRun(app!.url, body), timedRun(app!.url, body)];
    await until(() => gauges.queueLength === 2);
    const d = await timedRun(app!.url, body);
    expect(d).toMatchObject({ status: 429, code: 'queue_full' });

    for (const w of await Promise.all(waits)) {
      expect(w).toMatchObject({ status: 429, code: 'queue_timeout' });
      expect(w.retryAfter).toMatch(/^\d+$/);
      expect(w.ms).toBeGreaterThanOrEqual(295);
      // Near the configured 300 ms, far from the 10 s default; the margin
      // is for a loaded shared machine.
      expect(w.ms).toBeLessThan(2000);
    }
    // A is still running; B's and C's places are free again, so E waits
    // (rather than meeting a full queue) and expires in turn.
    const e = await timedRun(app!.url, body);
    expect(e).toMatchObject({ status: 429, code: 'queue_timeout' });

    expect(await a).toMatchObject({ status: 200 });
    // The expired jobs reach the slot after A and must pass through it
    // without running; a new run then gets the slot straight away.
    const f = await timedRun(app!.url, body);
    expect(f.status).toBe(200);
    expect(probe.figures).toEqual({ current: 0, max: 1, entries: 2 });
  });

  it('runs a waiting request that gets its slot before the deadline', async () => {
    const { probe, body } = await start(
      { MAX_CONCURRENT: '1', QUEUE_MAX: '1', QUEUE_TIMEOUT_MS: '3000' },
      300,
    );
    const first = timedRun(app!.url, body);
    await until(() => probe.figures.entries === 1);
    const second = await timedRun(app!.url, body);
    expect((await first).status).toBe(200);
    expect(second.status).toBe(200);
    // Never inside together: the second waited for the first to end.
    expect(probe.figures).toEqual({ current: 0, max: 1, entries: 2 });
  });
});
