/**
 * With OTEL_EXPORTER_OTLP_ENDPOINT set, a run's spans leave the process
 * over OTLP/HTTP (what Jaeger receives in the compose stack): the run span
 * and one span per agent carrying its budget attributes. The receiver here
 * is a bare HTTP server that keeps what it is sent.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { realRecipe } from '../support/in-process.ts';
import {
  startServerProcess,
  type ServerProcess,
} from '../support/server-process.ts';

const received: Array<{ path: string; type: string; body: Buffer }> = [];
let receiver: Server;
let brigade: ServerProcess;

beforeAll(async () => {
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({
        path: req.url ?? '',
        type: req.headers['content-type'] ?? '',
        body: Buffer.concat(chunks),
      });
      res.writeHead(200, { 'content-type': 'application/x-protobuf' });
      res.end();
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  const { port } = receiver.address() as AddressInfo;
  brigade = await startServerProcess({
    env: {
      OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${port}`,
      OTEL_BSP_SCHEDULE_DELAY: '200',
      LOG_LEVEL: 'warn',
    },
  });
});

afterAll(async () => {
  await brigade?.stop();
  await new Promise((r) => receiver.close(r));
});

it('exports the run span and every agent span with its budget', async () => {
  const res = await fetch(`${brigade.url}/api/orchestration/run`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ recipe: await realRecipe('sangria') }),
  });
  const doc = (await res.json()) as { traceId: string };

  const all = () =>
    Buffer.concat(received.map((r) => r.body)).toString('latin1');
  for (let i = 0; i < 50 && !all().includes('agent Persistence'); i++) {
    await new Promise((r) => setTimeout(r, 100));
  }
  expect(received[0]?.path).toBe('/v1/traces');
  expect(received[0]?.type).toContain('application/x-protobuf');
  const text = all();
  expect(text).toContain('orchestration.run');
  for (const agent of ['RecipeEngineer', 'ScalingCalculator', 'Persistence']) {
    expect(text).toContain(`agent ${agent}`);
  }
  expect(text).toContain('brigade.budget.latency_ms');
  expect(text).toContain('brigade.budget.latency_verdict');
  // Trace ids travel as 16 raw bytes in OTLP protobuf.
  expect(text).toContain(Buffer.from(doc.traceId, 'hex').toString('latin1'));
});

it('flushes batched spans when the server is stopped', async () => {
  // A minute between exports: only the shutdown flush can deliver them.
  const { port } = receiver.address() as AddressInfo;
  const slow = await startServerProcess({
    env: {
      OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${port}`,
      OTEL_BSP_SCHEDULE_DELAY: '60000',
      LOG_LEVEL: 'warn',
    },
  });
  const res = await fetch(`${slow.url}/api/orchestration/run`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ recipe: await realRecipe('irish-coffee') }),
  });
  const { traceId } = (await res.json()) as { traceId: string };
  const id = Buffer.from(traceId, 'hex').toString('latin1');
  const seen = () =>
    Buffer.concat(received.map((r) => r.body))
      .toString('latin1')
      .includes(id);
  expect(seen()).toBe(false);
  await slow.stop();
  expect(seen()).toBe(true);
});
