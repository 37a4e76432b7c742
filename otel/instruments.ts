/**
 * Brigade's metric instruments, created once on first use. The SDK must
 * be started before that first use (otel/register.ts runs before the app),
 * otherwise the global meter is a no-op and so are these.
 */
import {
  metrics,
  type Counter,
  type Gauge,
  type Histogram,
} from '@opentelemetry/api';
import { METER_NAME, METRIC } from './names.ts';

export interface Instruments {
  runDuration: Histogram;
  agentDuration: Histogram;
  agentMemory: Gauge;
  budgetViolations: Counter;
  errors: Counter;
  queueWait: Histogram;
  rejections: Counter;
  cacheRequests: Counter;
  cacheErrors: Counter;
  telemetryFaults: Counter;
}

/** Live values that observable gauges read at scrape time. */
export const gauges = { queueLength: 0, activeRuns: 0 };

let created: Instruments | undefined;

export function instruments(): Instruments {
  if (created) return created;
  const meter = metrics.getMeter(METER_NAME);
  created = {
    runDuration: meter.createHistogram(METRIC.runDuration, {
      description: 'Duration of one orchestration run, end to end',
      unit: 's',
    }),
    agentDuration: meter.createHistogram(METRIC.agentDuration, {
      description: 'Duration of one agent within a run',
      unit: 's',
    }),
    agentMemory: meter.createGauge(METRIC.agentMemory, {
      description: "Heap growth during the agent's last run",
      unit: 'By',
    }),
    budgetViolations: meter.createCounter(METRIC.budgetViolations, {
      description: 'Agent runs over their latency or memory budget',
    }),
    errors: meter.createCounter(METRIC.errors, {
      description: 'Agent and run failures by type',
    }),
    queueWait: meter.createHistogram(METRIC.queueWait, {
      description: 'Time a run waited for a concurrency slot',
      unit: 's',
    }),
    rejections: meter.createCounter(METRIC.rejections, {
      description: 'Runs refused at admission (429 or 503)',
    }),
    cacheRequests: meter.createCounter(METRIC.cacheRequests, {
      description: 'Catalog cache lookups by cache, tier and result',
    }),
    cacheErrors: meter.createCounter(METRIC.cacheErrors, {
      description: 'Catalog cache faults by cache and tier',
    }),
    telemetryFaults: meter.createCounter(METRIC.telemetryFaults, {
      description: 'Faults inside Brigade telemetry code, counted not thrown',
    }),
  };
  meter
    .createObservableGauge(METRIC.queueLength, {
      description: 'Runs waiting for a concurrency slot',
    })
    .addCallback((r) => r.observe(gauges.queueLength));
  meter
    .createObservableGauge(METRIC.activeRuns, {
      description: 'Runs executing now',
    })
    .addCallback((r) => r.observe(gauges.activeRuns));
  meter
    .createObservableGauge(METRIC.rss, {
      description: 'Resident set size of the process',
      unit: 'By',
    })
    .addCallback((r) => r.observe(process.memoryUsage.rss()));
  return created;
}
