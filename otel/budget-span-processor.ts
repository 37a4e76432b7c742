/**
 * Turns the budget an agent span carries into a verdict on the span and
 * into metrics. Agent spans are recognised by their `brigade.agent.name`
 * attribute; every other span passes through untouched.
 *
 * Telemetry must never break a run: every hook catches, logs the first
 * fault of each kind once, and counts the rest.
 */
import type { Attributes } from '@opentelemetry/api';
import type { Context } from '@opentelemetry/api';
import type {
  ReadableSpan,
  Span,
  SpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import { componentLog } from '../src/log.ts';
import { instruments } from './instruments.ts';
import { ATTR, LABEL, VERDICT } from './names.ts';

const log = componentLog('otel.budget');

/** Milliseconds between a span's start and end times. */
function durationMs(span: ReadableSpan): number {
  const [s0, n0] = span.startTime;
  const [s1, n1] = span.endTime;
  return (s1 - s0) * 1e3 + (n1 - n0) / 1e6;
}

function num(attrs: Attributes, key: string): number | undefined {
  const v = attrs[key];
  return typeof v === 'number' ? v : undefined;
}

export class BudgetSpanProcessor implements SpanProcessor {
  private readonly faultsSeen = new Set<string>();

  onStart(_span: Span, _context: Context): void {}

  /** While the span is still writable: stamp the verdicts Jaeger shows. */
  onEnding(span: Span): void {
    this.guard('onEnding', () => {
      const attrs = span.attributes;
      if (typeof attrs[ATTR.agentName] !== 'string') return;
      const budgetMs = num(attrs, ATTR.budgetLatencyMs);
      if (budgetMs !== undefined) {
        const over = durationMs(span) > budgetMs;
        span.setAttribute(
          ATTR.verdictLatency,
          over ? VERDICT.over : VERDICT.within,
        );
      }
      const budgetBytes = num(attrs, ATTR.budgetMemoryBytes);
      const heap = num(attrs, ATTR.heapDeltaBytes);
      if (budgetBytes !== undefined && heap !== undefined) {
        const over = heap > budgetBytes;
        span.setAttribute(
          ATTR.verdictMemory,
          over ? VERDICT.over : VERDICT.within,
        );
      }
    });
  }

  /** After the span is final: record the agent's figures and violations. */
  onEnd(span: ReadableSpan): void {
    this.guard('onEnd', () => {
      const attrs = span.attributes;
      const agent = attrs[ATTR.agentName];
      if (typeof agent !== 'string') return;
      const m = instruments();
      const labels = { [LABEL.agentName]: agent };
      m.agentDuration.record(durationMs(span) / 1e3, labels);
      const heap = num(attrs, ATTR.heapDeltaBytes);
      if (heap !== undefined) m.agentMemory.record(heap, labels);
      for (const resource of ['latency', 'memory'] as const) {
        const key =
          resource === 'latency' ? ATTR.verdictLatency : ATTR.verdictMemory;
        if (attrs[key] === VERDICT.over) {
          m.budgetViolations.add(1, { ...labels, [LABEL.resource]: resource });
        }
      }
    });
  }

  forceFlush(): Promise<void> {
    return Promise.resolve();
  }

  shutdown(): Promise<void> {
    return Promise.resolve();
  }

  private guard(hook: string, fn: () => void): void {
    try {
      fn();
    } catch (err) {
      const kind = `${hook}:${(err as Error)?.name ?? 'Error'}`;
      if (!this.faultsSeen.has(kind)) {
        this.faultsSeen.add(kind);
        log.error({ err, hook }, 'otel.budget: span processor fault');
      }
      try {
        instruments().telemetryFaults.add(1, { hook });
      } catch {
        // Counting is best effort; the fault is already logged once.
      }
    }
  }
}
