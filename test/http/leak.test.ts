/**
 * A burst of runs and refusals leaves nothing behind, measured from
 * outside the server process: its open file descriptors (/proc/PID/fd),
 * its RSS and the limiter's gauges on /metrics.
 *
 * Three slots and three queue places; GraphBuilder is 800 ms slower, so
 * of 20 simultaneous requests 3 run, 3 wait and expire at 400 ms, and 14
 * meet a full queue.
 */
import { readdirSync } from 'node:fs';
import { request } from 'node:http';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { scrape } from '../support/exposition.ts';
import { realRecipe } from '../support/in-process.ts';
import {
  startServerProcess,
  type ServerProcess,
} from '../support/server-process.ts';

const MiB = 1024 * 1024;
let server: ServerProcess;
let body: string;

beforeAll(async () => {
  server = await startServerProcess({
    env: {
      MAX_CONCURRENT: '3',
      QUEUE_MAX: '3',
      QUEUE_TIMEOUT_MS: '400',
      FAULTS: 'GraphBuilder:delay=800',
    },
  });
  body = JSON.stringify({ recipe: await realRecipe('pumpkin-bread') });
});
afterAll(() => server?.stop());

/** One run on its own connection, closed after the answer. */
function run(): Promise<{ status: number; code?: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${server.url}/api/orchestration/run`,
      {
        method: 'POST',
        agent: false,
        headers: { 'content-type': 'application/json' },
      },
      (res) => {
        let text = '';
        res.on('data', (d: Buffer) => (text += d.toString()));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            code: (JSON.parse(text) as { code?: string }).code,
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const openFds = () => readdirSync(`/proc/${server.pid}/fd`).length;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function settled(fdLimit: number) {
  for (let i = 0; i < 60; i++) {
    const m = await scrape(server.url);
    const idle =
      m.value('orchestration_queue_length') === 0 &&
      m.value('orchestration_active_runs') === 0;
    if (idle && openFds() <= fdLimit) return m;
    await sleep(100);
  }
  return scrape(server.url);
}

it('leaves file descriptors, RSS and the limiter gauges back at their baseline after 20 concurrent requests', async () => {
  // Warm up: code compiled, statements prepared, caches filled.
  for (let i = 0; i < 2; i++) expect((await run()).status).toBe(200);
  const before = await settled(Infinity);
  const fds0 = openFds();
  const rss0 = before.value('process_resident_memory_bytes')!;

  const results = await Promise.all(Array.from({ length: 20 }, run));
  const tally = (code: string | undefined, status: number) =>
    results.filter((r) => r.status === status && r.code === code).length;
  expect(tally(undefined, 200)).toBe(3);
  expect(tally('queue_timeout', 429)).toBe(3);
  expect(tally('queue_full', 429)).toBe(14);

  const after = await settled(fds0);
  expect(after.value('orchestration_queue_length')).toBe(0);
  expect(after.value('orchestration_active_runs')).toBe(0);
  expect(openFds()).toBeLessThanOrEqual(fds0);
  // Three more runs than the baseline had seen; no per-request residue.
  const rss1 = after.value('process_resident_memory_bytes')!;
  expect((rss1 - rss0) / MiB).toBeLessThan(40);
  expect(
    after.value('orchestration_rejections_total', { reason: 'queue_full' }),
  ).toBe(14);
  expect(
    after.value('orchestration_rejections_total', { reason: 'queue_timeout' }),
  ).toBe(3);
});
