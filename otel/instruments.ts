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
import { AGENT_NAMES } from '../src/pipeline/budgets.ts';
import { LABEL, METER_NAME, METRIC } from './names.ts';

const REJECTION_REASONS = ['queue_full', 'queue_timeout', 'memory'] as const;

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

/**
 * Counters over bounded label sets start at 0 for every label value, so a
 * rate over them reads 0, not "no data", before the first event (and the
 * dashboards and alerts that divide by them work from the first scrape).
 */
function zeroSeries(m: Instruments): void {
  for (const reason of REJECTION_REASONS) {
    m.rejections.add(0, { [LABEL.reason]: reason });
  }
  for (const agent of AGENT_NAMES) {
    for (const resource of ['latency', 'memory']) {
      m.budgetViolations.add(0, {
        [LABEL.agentName]: agent,
        [LABEL.resource]: resource,
      });
    }
  }
}

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
  zeroSeries(created);
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
