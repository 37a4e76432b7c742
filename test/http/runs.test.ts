/**
 * Seeing a run after the fact: Server-Timing on the answer, and GET
 * /api/orchestration/runs/:runId over a bounded history.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  postRun,
  realRecipe,
  startInProcess,
  type InProcess,
} from '../support/in-process.ts';

let app: InProcess;
let recipe: Awaited<ReturnType<typeof realRecipe>>;
beforeAll(async () => {
  app = await startInProcess({ RUN_HISTORY: '2' });
  recipe = await realRecipe('pumpkin-bread');
});
afterAll(() => app.close());

interface Agent {
  name: string;
  durationMs: number;
}

async function run() {
  const res = await postRun(app.url, { recipe });
  expect(res.status).toBe(200);
  return { res, doc: (await res.json()) as { runId: string; agents: Agent[] } };
}

const getRun = (id: string) =>
  fetch(`${app.url}/api/orchestration/runs/${encodeURIComponent(id)}`);

describe('Server-Timing', () => {
  it("gives each agent's duration as in the run document, then the total", async () => {
    const { res, doc } = await run();
    const entries = res.headers
      .get('server-timing')!
      .split(', ')
      .map((e) => {
        const [name, dur] = e.split(';');
        return [name, Number(dur!.replace('dur=', ''))];
      });
    expect(entries.slice(0, 6)).toEqual(
      doc.agents.map((a) => [a.name, a.durationMs]),
    );
    expect(entries[6]![0]).toBe('total');
    const sum = doc.agents.reduce((s, a) => s + a.durationMs, 0);
    expect(entries[6]![1]).toBeGreaterThanOrEqual(sum - 1);
  });
});

describe('GET /api/orchestration/runs/:runId', () => {
  it('returns the run with per-agent durations, memory, budgets and verdicts', async () => {
    const { doc } = await run();
    const res = await getRun(doc.runId);
    expect(res.status).toBe(200);
    const again = await res.json();
    expect(again).toEqual(doc);
    // Budgets from the design: RecipeEngineer 800 ms and 150 MB.
    expect(again.agents[0]).toMatchObject({
      name: 'RecipeEngineer',
      budgetMs: 800,
      budgetBytes: 150 * 1024 * 1024,
      latencyVerdict: 'within',
      memoryVerdict: 'within',
      withinBudget: true,
    });
    for (const a of again.agents) {
      expect(a.durationMs).toBeGreaterThan(0);
      expect(a.memoryBytes).toBeGreaterThanOrEqual(0);
    }
  });

  it('answers 404 problem+json for an unknown id', async () => {
    const res = await getRun('00000000-0000-4000-8000-000000000000');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(
      /^application\/problem\+json/,
    );
    expect(await res.json()).toMatchObject({
      status: 404,
      code: 'run_not_found',
    });
  });

  it('forgets the oldest run beyond RUN_HISTORY=2', async () => {
    const first = (await run()).doc.runId;
    const second = (await run()).doc.runId;
    const third = (await run()).doc.runId;
    expect((await getRun(first)).status).toBe(404);
    expect((await getRun(second)).status).toBe(200);
    expect((await getRun(third)).status).toBe(200);
  });
});
