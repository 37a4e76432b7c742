/**
 * Each run's trace is its own request's trace, also when runs wait in the
 * queue and start from another run's completion (a fresh user found every
 * concurrent run reporting the first request's trace id).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { realRecipe } from '../support/in-process.ts';
import {
  startServerProcess,
  type ServerProcess,
} from '../support/server-process.ts';

let server: ServerProcess;
beforeAll(async () => {
  server = await startServerProcess({
    env: {
      FAULTS: 'GraphBuilder:delay=300',
      QUEUE_MAX: '5',
      LOG_LEVEL: 'warn',
    },
  });
});
afterAll(() => server.stop());

it('gives every concurrent and queued run the trace id of its own request', async () => {
  const body = JSON.stringify({ recipe: await realRecipe('sangria') });
  const responses = await Promise.all(
    Array.from({ length: 6 }, () =>
      fetch(`${server.url}/api/orchestration/run`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      }),
    ),
  );
  const pairs = await Promise.all(
    responses.map(async (res) => ({
      status: res.status,
      header: res.headers.get('x-trace-id'),
      body: ((await res.json()) as { traceId: string }).traceId,
    })),
  );
  // Three run at once, three wait in the queue: all six succeed.
  expect(pairs.map((p) => p.status)).toEqual(Array(6).fill(200));
  for (const p of pairs) {
    expect(p.body).toMatch(/^[0-9a-f]{32}$/);
    expect(p.body).toBe(p.header);
  }
  expect(new Set(pairs.map((p) => p.body)).size).toBe(6);
});
