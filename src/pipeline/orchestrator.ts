/**
 * Runs one recipe through the six agents in order, inside a root span.
 * An agent whose dependency failed is skipped; the others still run, so a
 * broken GraphBuilder still yields nutrition and QA (status `partial`).
 * Without the first two agents there is no usable result (`failed`).
 */
import { randomUUID } from 'node:crypto';
import { SpanStatusCode, trace } from '@opentelemetry/api';
import type { Logger } from 'pino';
import { instruments } from '../../otel/instruments.ts';
import { ATTR, LABEL, SPAN, TRACER_NAME } from '../../otel/names.ts';
import type { RecipeInput, Target } from '../domain/types.ts';
import type { Agent, AgentReport } from './agent.ts';
import type { AgentName } from './budgets.ts';
import type { Fault } from './faults.ts';
import {
  buildRunDocument,
  type RunDocument,
  type RunStatus,
} from './run-document.ts';
import { runAgent, skippedReport } from './run-agent.ts';
import type { RunState } from './run-state.ts';

const tracer = trace.getTracer(TRACER_NAME);

/** Agents without which a run has nothing to show. */
const ESSENTIAL: ReadonlySet<AgentName> = new Set([
  'RecipeEngineer',
  'ScalingCalculator',
]);

export interface RunRequest {
  recipe: RecipeInput;
  target?: Target;
}

/** Checked before each agent; throws to stop the run (memory guard). */
export type BeforeAgentCheck = (agent: AgentName) => void;

export interface OrchestratorOptions<D> {
  agents: readonly Agent<D>[];
  deps: D;
  faults?: ReadonlyMap<AgentName, Fault>;
  beforeAgent?: BeforeAgentCheck;
  log: Logger;
}

export class Orchestrator<D> {
  private inFlight = 0;

  constructor(private readonly opts: OrchestratorOptions<D>) {}

  run(req: RunRequest): Promise<RunDocument> {
    const runId = randomUUID();
    return tracer.startActiveSpan(SPAN.run, async (span) => {
      span.setAttributes({
        [ATTR.runId]: runId,
        [ATTR.runLines]: req.recipe.ingredients.length,
      });
      const started = performance.now();
      this.inFlight++;
      let doc: RunDocument;
      try {
        doc = await this.runAgents(runId, req, this.inFlight > 1);
      } finally {
        this.inFlight--;
      }
      const durationMs = performance.now() - started;
      doc.durationMs = Math.round(durationMs * 10) / 10;
      doc.traceId = span.spanContext().traceId;

      span.setAttribute(ATTR.runStatus, doc.status);
      if (doc.status === 'failed') {
        span.setStatus({
          code: SpanStatusCode.ERROR,
          message: doc.error?.code,
        });
      }
      span.end();
      instruments().runDuration.record(durationMs / 1e3, {
        [LABEL.status]: doc.status,
      });
      return doc;
    });
  }

  private async runAgents(
    runId: string,
    req: RunRequest,
    concurrent: boolean,
  ): Promise<RunDocument> {
    const { agents, deps, faults, beforeAgent } = this.opts;
    const log = this.opts.log.child({ run_id: runId });
    const state: RunState = { runId, recipe: req.recipe, target: req.target };
    const reports: AgentReport[] = [];
    const failed = new Set<AgentName>();
    let stop: { code: string; message: string } | undefined;

    for (const agent of agents) {
      // Memory guard: past the hard limit the run stops here.
      if (!stop && beforeAgent) {
        try {
          beforeAgent(agent.name);
        } catch (err) {
          stop = {
            code: (err as { code?: string }).code ?? 'memory_limit',
            message: (err as Error).message,
          };
        }
      }
      const missing = agent.needs.find((n) => failed.has(n));
      if (stop || missing) {
        const why = stop
          ? `run stopped before ${agent.name}: ${stop.message}`
          : `${missing} failed, so ${agent.name} could not run`;
        reports.push(skippedReport(agent, why));
        failed.add(agent.name);
        continue;
      }
      const report = await runAgent(agent, state, deps, {
        fault: faults?.get(agent.name),
        concurrent,
        log,
      });
      if (report.status === 'failed') failed.add(agent.name);
      reports.push(report);
    }

    const status = runStatus(reports, stop);
    const error = stop ?? firstError(reports);
    if (status !== 'success') {
      log.warn({ status, error }, `pipeline: run ${status}`);
    }
    return buildRunDocument(state, reports, status, error);
  }
}

function runStatus(
  reports: AgentReport[],
  stop: { code: string } | undefined,
): RunStatus {
  if (stop) return 'failed';
  const bad = reports.filter((r) => r.status !== 'success');
  if (bad.length === 0) return 'success';
  return bad.some((r) => ESSENTIAL.has(r.name)) ? 'failed' : 'partial';
}

function firstError(reports: AgentReport[]) {
  const r = reports.find((x) => x.status === 'failed');
  return r?.error && { ...r.error, agent: r.name };
}
