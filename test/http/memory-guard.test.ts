/**
 * The memory guard over real HTTP: above MEMORY_LIMIT_MB a new run is
 * refused with 503 and the process goes on serving; a run that pushes
 * RSS beyond limit + grace stops before its next agent, as failed.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { scrape } from '../support/exposition.ts';
import {
  postRun,
  realRecipe,
  startInProcess,
  type InProcess,
} from '../support/in-process.ts';
import {
  startServerProcess,
  type ServerProcess,
} from '../support/server-process.ts';

const MiB = 1024 * 1024;
let server: ServerProcess | undefined;
let app: InProcess | undefined;
afterAll(async () => {
  await server?.stop();
  await app?.close();
});

describe('MEMORY_LIMIT_MB below the process RSS', () => {
  it('refuses a run with 503, Retry-After and problem+json, and the process lives on', async () => {
    // Any Node process holds more than 1 MB resident.
    server = await startServerProcess({ env: { MEMORY_LIMIT_MB: '1' } });
    const recipe = await realRecipe('pumpkin-bread');

    const res = await postRun(server.url, { recipe });
    expect(res.status).toBe(503);
    expect(res.headers.get('content-type')).toMatch(
      /^application\/problem\+json/,
    );
    expect(res.headers.get('retry-after')).toMatch(/^[1-9]\d*$/);
    expect(await res.json()).toMatchObject({ status: 503, code: 'memory' });

    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect(server.child.exitCode).toBeNull();
    const metrics = await scrape(server.url);
    expect(
      metrics.value('orchestration_rejections_total', { reason: 'memory' }),
    ).toBe(1);
    const warn = server.logs().find((l) => l.component === 'admission.memory');
    expect(warn).toMatchObject({ level: 40, limitMb: 1 });
    expect(Number(warn!.rssMb)).toBeGreaterThan(1);
  });
});

describe('a run that goes beyond limit + grace', () => {
  it('stops before the next agent with status failed and says why', async () => {
    // Admitted under the limit; RecipeEngineer then holds 300 MB of
    // filled buffers, past the 100 MB limit headroom + 50 MB grace.
    const rssMb = Math.ceil(process.memoryUsage.rss() / MiB);
    app = await startInProcess({
      MEMORY_LIMIT_MB: String(rssMb + 100),
      MEMORY_GRACE_MB: '50',
      FAULTS: 'RecipeEngineer:hog=300',
    });
    const res = await postRun(app.url, {
      recipe: await realRecipe('pumpkin-bread'),
    });
    expect(res.status).toBe(200);
    const doc = await res.json();

    expect(doc.status).toBe('failed');
    expect(doc.error.code).toBe('memory_limit');
    expect(doc.error.message).toMatch(
      /exceeded the \d+ MB limit \(limit \+ grace\)/,
    );
    const statuses = doc.agents.map((a: { status: string }) => a.status);
    expect(statuses).toEqual([
      'success',
      'skipped',
      'skipped',
      'skipped',
      'skipped',
      'skipped',
    ]);
    expect(doc.agents[1].error.message).toContain(
      'run stopped before ScalingCalculator',
    );
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
  });
});
