/**
 * The budget span processor on a real SDK tracer and meter: verdicts
 * stamped on agent spans while they end, violations counted, faults
 * swallowed and counted.
 */
import { metrics } from '@opentelemetry/api';
import {
  AggregationTemporality,
  InMemoryMetricExporter,
  MeterProvider,
  PeriodicExportingMetricReader,
} from '@opentelemetry/sdk-metrics';
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  SimpleSpanProcessor,
  type Span,
} from '@opentelemetry/sdk-trace-base';
import { beforeAll, describe, expect, it } from 'vitest';
import { BudgetSpanProcessor } from '../../otel/budget-span-processor.ts';
import { ATTR, METRIC } from '../../otel/names.ts';

const spans = new InMemorySpanExporter();
const reader = new PeriodicExportingMetricReader({
  exporter: new InMemoryMetricExporter(AggregationTemporality.CUMULATIVE),
  exportIntervalMillis: 3_600_000,
});
const processor = new BudgetSpanProcessor();
const tracer = new BasicTracerProvider({
  spanProcessors: [processor, new SimpleSpanProcessor(spans)],
}).getTracer('test');

beforeAll(() => {
  // Before the processor's first use, so its instruments are real.
  metrics.setGlobalMeterProvider(new MeterProvider({ readers: [reader] }));
});

/** Sum of a counter's points whose attributes include `match`. */
async function counted(name: string, match: Record<string, string>) {
  const { resourceMetrics } = await reader.collect();
  const points = resourceMetrics.scopeMetrics
    .flatMap((s) => s.metrics)
    .filter((m) => m.descriptor.name === name)
    .flatMap(
      (m) => m.dataPoints as Array<{ attributes: object; value: number }>,
    )
    .filter((p) =>
      Object.entries(match).every(
        ([k, v]) => (p.attributes as Record<string, unknown>)[k] === v,
      ),
    );
  return points.reduce((s, p) => s + p.value, 0);
}

/** An agent span that lasted `ms` (start and end times given, no wait). */
function agentSpan(agent: string, ms: number, heap: number) {
  const start = Date.now();
  const span = tracer.startSpan(`agent ${agent}`, {
    startTime: start,
    attributes: {
      [ATTR.agentName]: agent,
      [ATTR.budgetLatencyMs]: 400,
      [ATTR.budgetMemoryBytes]: 1000,
      [ATTR.heapDeltaBytes]: heap,
    },
  });
  span.end(start + ms);
  return spans.getFinishedSpans().at(-1)!;
}

describe('an agent span', () => {
  it('over both budgets (450 ms of 400, 1500 B of 1000) is stamped over and counted once each', async () => {
    const span = agentSpan('QAValidator', 450, 1500);
    expect(span.attributes[ATTR.verdictLatency]).toBe('over');
    expect(span.attributes[ATTR.verdictMemory]).toBe('over');
    const v = METRIC.budgetViolations;
    expect(
      await counted(v, { agent_name: 'QAValidator', resource: 'latency' }),
    ).toBe(1);
    expect(
      await counted(v, { agent_name: 'QAValidator', resource: 'memory' }),
    ).toBe(1);
  });

  it('exactly at its budgets (400 ms, 1000 B) is within and not counted', async () => {
    const span = agentSpan('UIDesigner', 400, 1000);
    expect(span.attributes[ATTR.verdictLatency]).toBe('within');
    expect(span.attributes[ATTR.verdictMemory]).toBe('within');
    const v = METRIC.budgetViolations;
    expect(await counted(v, { agent_name: 'UIDesigner' })).toBe(0);
  });
});

it('leaves a span without an agent name untouched', () => {
  tracer.startSpan('orchestration.run').end();
  const span = spans.getFinishedSpans().at(-1)!;
  expect(span.attributes[ATTR.verdictLatency]).toBeUndefined();
});

it('never throws from a hook; it counts each fault instead', async () => {
  const broken = {
    get attributes(): never {
      throw new Error('unreadable span');
    },
  } as unknown as Span;
  expect(() => processor.onEnding(broken)).not.toThrow();
  expect(() => processor.onEnding(broken)).not.toThrow();
  expect(await counted(METRIC.telemetryFaults, { hook: 'onEnding' })).toBe(2);
});
