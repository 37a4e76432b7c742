/**
 * Budget violations, errors and rejections as Prometheus metrics, the
 * trace id and the logs, on a server process started as operators start
 * it (with telemetry) and driven by injected faults:
 *   QAValidator:delay=450  its latency budget is 400 ms
 *   UIDesigner:hog=150     its memory budget is 60 MB (the heap growth
 *                          measured is the hog less what GC frees meanwhile,
 *                          so the hog is well over the cap)
 *   Persistence:error      a failure of a late agent (status partial)
 * With one slot and no queue, a second simultaneous run is refused.
 */
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBinary } from '../support/binaries.ts';
import {
  parseExposition,
  scrape,
  type Exposition,
} from '../support/exposition.ts';
import { realRecipe } from '../support/in-process.ts';
import {
  startServerProcess,
  type ServerProcess,
} from '../support/server-process.ts';

const MiB = 1024 * 1024;
const promtool = findBinary('promtool');

interface AgentReport {
  name: string;
  durationMs: number;
  budgetMs: number;
  memoryBytes: number;
  budgetBytes: number;
  latencyVerdict: string;
  memoryVerdict: string;
  fault?: string;
}
interface RunDoc {
  runId: string;
  traceId: string;
  status: string;
  recipe: { title: string };
  agents: AgentReport[];
  faults: string[];
}

let server: ServerProcess;
let doc: RunDoc;
let headers: Headers;
let refused: Response;
let metrics: Exposition;

beforeAll(async () => {
  server = await startServerProcess({
    env: {
      MAX_CONCURRENT: '1',
      QUEUE_MAX: '0',
      FAULTS: 'QAValidator:delay=450,UIDesigner:hog=150,Persistence:error',
    },
  });
  const body = JSON.stringify({ recipe: await realRecipe('pumpkin-bread') });
  const post = () =>
    fetch(`${server.url}/api/orchestration/run`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
  const responses = await Promise.all([post(), post()]);
  const ok = responses.find((r) => r.status === 200);
  refused = responses.find((r) => r.status !== 200)!;
  if (!ok || !refused) throw new Error('expected one run and one refusal');
  headers = ok.headers;
  doc = (await ok.json()) as RunDoc;
  await refused.json();
  metrics = await scrape(server.url);
});
afterAll(() => server?.stop());

/** Agents with violations of `resource` (series may start at 0). */
const violations = (resource: string) =>
  metrics
    .find('orchestration_budget_violations_total', { resource })
    .filter((s) => s.value > 0)
    .map((s) => [s.labels.agent_name, s.value]);

describe('budget violations', () => {
  it('counts the injected 450 ms delay against QAValidator (400 ms budget) and no other agent', () => {
    // Another agent may pass its own budget only if the machine stalled
    // it (these machines are shared); then the run document says so too.
    // What the metric must never do is count an agent the run did not.
    const overInDoc = doc.agents
      .filter((a) => a.latencyVerdict === 'over')
      .map((a) => [a.name, 1]);
    expect(violations('latency')).toEqual(overInDoc);
    expect(overInDoc).toContainEqual(['QAValidator', 1]);
  });

  it('counts the injected 150 MB hog against UIDesigner (60 MB budget) and no other agent', () => {
    expect(violations('memory')).toEqual([['UIDesigner', 1]]);
    const grown = metrics.value('orchestration_memory_bytes', {
      agent_name: 'UIDesigner',
    });
    expect(grown).toBeGreaterThan(60 * MiB);
  });

  it('reports the same verdicts, budgets and faults in the run document', () => {
    const qa = doc.agents.find((a) => a.name === 'QAValidator')!;
    expect(qa).toMatchObject({ budgetMs: 400, latencyVerdict: 'over' });
    expect(qa.durationMs).toBeGreaterThanOrEqual(450);
    const ui = doc.agents.find((a) => a.name === 'UIDesigner')!;
    expect(ui).toMatchObject({ budgetBytes: 60 * MiB, memoryVerdict: 'over' });
    expect(doc.status).toBe('partial');
    expect(doc.faults).toEqual([
      'QAValidator:delay=450ms',
      'UIDesigner:hog=150MB',
      'Persistence:error',
    ]);
  });
});

describe('the exposition', () => {
  it('has every metric the issue names, under exactly that name and type', () => {
    const expected: Record<string, string> = {
      orchestration_duration_seconds: 'histogram',
      orchestration_agent_duration_seconds: 'histogram',
      orchestration_memory_bytes: 'gauge',
      orchestration_budget_violations_total: 'counter',
      orchestration_errors_total: 'counter',
      orchestration_queue_length: 'gauge',
      orchestration_active_runs: 'gauge',
      orchestration_queue_wait_seconds: 'histogram',
      orchestration_rejections_total: 'counter',
      process_resident_memory_bytes: 'gauge',
      nodejs_eventloop_delay_p99: 'gauge',
      v8js_memory_heap_used: 'gauge',
    };
    for (const [name, type] of Object.entries(expected)) {
      expect([name, metrics.types.get(name)]).toEqual([name, type]);
    }
  });

  it('counts the refused run and the injected error', () => {
    expect(refused.status).toBe(429);
    expect(
      metrics.value('orchestration_rejections_total', { reason: 'queue_full' }),
    ).toBe(1);
    expect(
      metrics.value('orchestration_errors_total', {
        agent_name: 'Persistence',
        error_type: 'injected_fault',
      }),
    ).toBe(1);
    expect(metrics.value('orchestration_queue_length')).toBe(0);
    expect(metrics.value('orchestration_active_runs')).toBe(0);
  });

  it('makes every budget and 1, 2, 4, 8, 16, 32 s a bucket edge of the run histogram', () => {
    const edges = metrics
      .find('orchestration_duration_seconds_bucket', { status: 'partial' })
      .map((s) => s.labels.le);
    for (const le of [
      '0.3',
      '0.4',
      '0.45',
      '0.5',
      '0.8',
      '1',
      '1.2',
      '2',
      '4',
      '8',
      '16',
      '32',
    ]) {
      expect(edges).toContain(le);
    }
  });

  it('carries no run id, title or ingredient text in any label', () => {
    const recipe = doc.recipe.title;
    for (const s of metrics.samples) {
      for (const v of Object.values(s.labels)) {
        expect(v).not.toBe(doc.runId);
        expect(v).not.toContain(recipe);
        expect(v).not.toMatch(/flour|pumpkin/i);
      }
    }
  });

  it.skipIf(!promtool)('passes promtool check metrics with no finding', () => {
    const out = spawnSync(promtool!, ['check', 'metrics'], {
      input: metrics.text,
      encoding: 'utf8',
    });
    expect(out.stdout + out.stderr).toBe('');
    expect(out.status).toBe(0);
  });
});

describe('finding the run', () => {
  it('answers the trace id in X-Trace-Id, the same as the run document', () => {
    expect(headers.get('x-trace-id')).toMatch(/^[0-9a-f]{32}$/);
    expect(headers.get('x-trace-id')).toBe(doc.traceId);
  });

  it('logs JSON lines, each line of the run with its trace_id and span_id', () => {
    const lines = server.logs();
    expect(lines.filter((l) => 'notJson' in l)).toEqual([]);
    const ofRun = lines.filter((l) => l.trace_id === doc.traceId);
    // The QAValidator and UIDesigner warnings, the partial run, the access line.
    expect(ofRun.length).toBeGreaterThanOrEqual(4);
    for (const l of ofRun) expect(l.span_id).toMatch(/^[0-9a-f]{16}$/);
    expect(lines.filter((l) => Number(l.level) >= 50)).toEqual([]);
  });

  it('warns when an agent is over its latency target, naming the agent, the figure and the target', () => {
    const qa = doc.agents.find((a) => a.name === 'QAValidator')!;
    const warn = server
      .logs()
      .find((l) => l.level === 40 && l.agent === 'QAValidator');
    expect(warn).toMatchObject({ budgetMs: 400, trace_id: doc.traceId });
    expect(Math.round(Number(warn!.durationMs) * 10) / 10).toBe(qa.durationMs);
    expect(warn!.msg).toContain('QAValidator');
    expect(warn!.msg).toContain(`${Math.round(Number(warn!.durationMs))} ms`);
    expect(warn!.msg).toContain('400 ms');
  });
});

// Keeps the parser honest on a hand-written exposition.
it('reads labels and values from an exposition', () => {
  const e = parseExposition(
    '# TYPE a_total counter\na_total{x="1",y="b c"} 3\nb 4.5\n',
  );
  expect(e.types.get('a_total')).toBe('counter');
  expect(e.value('a_total', { y: 'b c' })).toBe(3);
  expect(e.value('b')).toBe(4.5);
});
