/**
 * Run status when agents fail: later agents that do not depend on a
 * failed one still run (`partial`); without the first two agents the run
 * is `failed`. Faults are injected the way operators drill them (FAULTS).
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  realRecipe,
  startInProcess,
  type InProcess,
} from '../support/in-process.ts';

let app: InProcess | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function runWith(faults: string) {
  app = await startInProcess({ FAULTS: faults });
  return app.brigade.run({ recipe: await realRecipe('shallot-dressing') });
}

const statusOf = (doc: Awaited<ReturnType<typeof runWith>>) =>
  Object.fromEntries(doc.agents.map((a) => [a.name, a.status]));

describe('orchestrator', () => {
  it('is partial when GraphBuilder fails: QA and UI still run, Persistence skips', async () => {
    const doc = await runWith('GraphBuilder:error');
    expect(doc.status).toBe('partial');
    expect(statusOf(doc)).toEqual({
      RecipeEngineer: 'success',
      ScalingCalculator: 'success',
      GraphBuilder: 'failed',
      QAValidator: 'success',
      UIDesigner: 'success',
      Persistence: 'skipped',
    });
    expect(doc.error).toMatchObject({
      code: 'injected_fault',
      agent: 'GraphBuilder',
    });
    expect(doc.nutrition).not.toBeNull();
    expect(doc.faults).toEqual(['GraphBuilder:error']);
  });

  it('is partial when QAValidator fails: the graph is still stored', async () => {
    const doc = await runWith('QAValidator:error');
    expect(doc.status).toBe('partial');
    expect(statusOf(doc).UIDesigner).toBe('skipped');
    expect(statusOf(doc).Persistence).toBe('success');
  });

  it('is failed when RecipeEngineer fails, with every later agent skipped', async () => {
    const doc = await runWith('RecipeEngineer:error');
    expect(doc.status).toBe('failed');
    expect(doc.agents.slice(1).every((a) => a.status === 'skipped')).toBe(true);
    expect(doc.agents[1]?.error?.message).toContain('RecipeEngineer failed');
  });

  it('marks an agent over its latency target from its own measured time', async () => {
    // UIDesigner's target is 300 ms; a 350 ms delay puts it over. Every
    // other agent's verdict must follow its own figures (a shared machine
    // may stall one, and then it is over by its own measure, not by
    // UIDesigner's delay).
    const doc = await runWith('UIDesigner:delay=350');
    const ui = doc.agents.find((a) => a.name === 'UIDesigner')!;
    expect(ui.latencyVerdict).toBe('over');
    expect(ui.durationMs).toBeGreaterThanOrEqual(350);
    for (const a of doc.agents) {
      expect(a.latencyVerdict, a.name).toBe(
        a.durationMs > a.budgetMs ? 'over' : 'within',
      );
    }
    expect(doc.status).toBe('success');
  });
});
