/**
 * Runs one agent inside its span: stamps the budget on the span, applies
 * an injected fault, measures duration, heap growth and RSS, and turns a
 * throw into a failed report. The budget verdict on the span is stamped by
 * otel/budget-span-processor.ts; the report computes the same verdict from
 * the same figures for the run document.
 */
import { SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import type { Logger } from 'pino';
import { instruments } from '../../otel/instruments.ts';
import { ATTR, LABEL, SPAN, TRACER_NAME } from '../../otel/names.ts';
import type { Agent, AgentReport } from './agent.ts';
import { AGENT_BUDGETS } from './budgets.ts';
import { applyFault, describeFault, type Fault } from './faults.ts';
import type { RunState } from './run-state.ts';

const tracer = trace.getTracer(TRACER_NAME);

/** Heap plus off-heap buffers: what an agent can make the process hold. */
function heapBytes(): number {
  const m = process.memoryUsage();
  return m.heapUsed + m.external;
}

export function errorCode(err: unknown): string {
  const code = (err as { code?: unknown })?.code;
  return typeof code === 'string' ? code : 'internal_error';
}

export interface AgentRunOptions {
  fault?: Fault;
  /** Other runs in flight when this one started. */
  concurrent: boolean;
  log: Logger;
}

export async function runAgent<D>(
  agent: Agent<D>,
  state: RunState,
  deps: D,
  opts: AgentRunOptions,
): Promise<AgentReport> {
  const budget = AGENT_BUDGETS[agent.name];
  return tracer.startActiveSpan(SPAN.agent(agent.name), async (span) => {
    span.setAttributes({
      [ATTR.agentName]: agent.name,
      [ATTR.runId]: state.runId,
      [ATTR.budgetLatencyMs]: budget.latencyMs,
      [ATTR.budgetMemoryBytes]: budget.memoryBytes,
      [ATTR.memoryApproximate]: opts.concurrent,
    });
    if (opts.fault)
      span.setAttribute(ATTR.faultInjected, describeFault(opts.fault));

    const heap0 = heapBytes();
    const t0 = performance.now();
    let error: AgentReport['error'];
    // An injected memory hog stays reachable until the agent is measured.
    const hog: { held?: unknown } = {};
    try {
      hog.held = await applyFault(opts.fault);
      await agent.run(state, deps, opts.log);
    } catch (err) {
      error = publicError(agent.name, err);
      recordFailure(span, agent.name, error.code, err);
      if (error.code === 'internal_error') {
        opts.log.error(
          { err, agent: agent.name },
          `pipeline: ${agent.name} failed`,
        );
      }
    }
    const durationMs = performance.now() - t0;
    const memoryBytes = Math.max(0, heapBytes() - heap0);
    hog.held = undefined;
    const rssBytes = process.memoryUsage.rss();

    span.setAttributes({
      [ATTR.durationMs]: durationMs,
      [ATTR.heapDeltaBytes]: memoryBytes,
      [ATTR.rssBytes]: rssBytes,
      [ATTR.agentStatus]: error ? 'failed' : 'success',
    });
    span.end();

    const latencyOver = durationMs > budget.latencyMs;
    const memoryOver = memoryBytes > budget.memoryBytes;
    if (latencyOver) {
      opts.log.warn(
        { agent: agent.name, durationMs, budgetMs: budget.latencyMs },
        `pipeline: ${agent.name} took ${Math.round(durationMs)} ms, over ` +
          `its ${budget.latencyMs} ms target`,
      );
    }
    if (memoryOver) {
      opts.log.warn(
        { agent: agent.name, memoryBytes, budgetBytes: budget.memoryBytes },
        `pipeline: ${agent.name} grew the heap by ${mb(memoryBytes)} MB, ` +
          `over its ${mb(budget.memoryBytes)} MB cap`,
      );
    }
    const status: AgentReport['status'] = error ? 'failed' : 'success';
    return {
      name: agent.name,
      status,
      durationMs: round1(durationMs),
      budgetMs: budget.latencyMs,
      memoryBytes,
      budgetBytes: budget.memoryBytes,
      rssBytes,
      withinBudget: !latencyOver && !memoryOver,
      latencyVerdict: verdict(latencyOver),
      memoryVerdict: verdict(memoryOver),
      memoryApproximate: opts.concurrent,
      ...(opts.fault && { fault: describeFault(opts.fault) }),
      ...(error && { error }),
    };
  });
}

/**
 * What the run document may say about a failure. Errors with a stable
 * code were raised on purpose and explain themselves; anything else is a
 * bug whose text stays in the logs and the trace, not in the response.
 */
function publicError(agent: string, err: unknown) {
  const code = errorCode(err);
  if (code !== 'internal_error')
    return { code, message: (err as Error).message };
  return {
    code,
    message: `${agent} failed unexpectedly; the trace has the details`,
  };
}

function recordFailure(span: Span, agent: string, code: string, err: unknown) {
  span.recordException(err as Error);
  span.setStatus({ code: SpanStatusCode.ERROR, message: code });
  instruments().errors.add(1, {
    [LABEL.errorType]: code,
    [LABEL.agentName]: agent,
  });
}

const verdict = (over: boolean): 'over' | 'within' =>
  over ? 'over' : 'within';
const round1 = (n: number) => Math.round(n * 10) / 10;
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

/** A report for an agent that did not run because a dependency failed. */
export function skippedReport(agent: Agent<unknown>, why: string): AgentReport {
  const budget = AGENT_BUDGETS[agent.name];
  return {
    name: agent.name,
    status: 'skipped',
    durationMs: 0,
    budgetMs: budget.latencyMs,
    memoryBytes: 0,
    budgetBytes: budget.memoryBytes,
    rssBytes: process.memoryUsage.rss(),
    withinBudget: true,
    latencyVerdict: 'within',
    memoryVerdict: 'within',
    memoryApproximate: false,
    error: { code: 'dependency_failed', message: why },
  };
}
