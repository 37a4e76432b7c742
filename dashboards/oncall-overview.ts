/**
 * The on-call overview: one screen from "are users hurting?" down to the
 * agent, the queue and the caches. Thresholds come from alerts/thresholds.ts
 * so a line on a panel is the line an alert fires at.
 */
import {
  DashboardBuilder,
  DashboardCursorSync,
  DatasourceVariableBuilder,
  RowBuilder,
} from '@grafana/grafana-foundation-sdk/dashboard';
import { REC } from '../alerts/recording-rules.ts';
import { BURN_WINDOWS, CACHE, RUN, SLO } from '../alerts/thresholds.ts';
import { PROMETHEUS_UID } from './datasources.ts';
import { traceLink } from './jaeger-link.ts';
import { BUDGET_REMAINING, Q } from './overview-queries.ts';
import { stat, steps, timeseries, type PanelBuilder } from './panel-kit.ts';

const [fastBurn, slowBurn] = BURN_WINDOWS.map((w) => w.factor);

function serviceLevelPanels() {
  const slowRuns = traceLink({
    title: 'Slow runs in Jaeger',
    operation: 'orchestration.run',
    minDuration: `${RUN.p95Seconds}s`,
  });
  const burnQueries = ['1h', '6h'].flatMap((w) => [
    {
      expr: Q.burn(REC.errorRatio, w, SLO.availability),
      legend: `availability ${w}`,
    },
    { expr: Q.burn(REC.slowRatio, w, SLO.latency), legend: `latency ${w}` },
  ]);
  return [
    timeseries({
      title: 'Runs per second by status',
      description:
        'Completed runs. partial: a non-essential agent failed but the ' +
        'caller got a result; failed: no usable result.',
      unit: 'ops',
      queries: [{ expr: Q.runsByStatus, legend: '{{status}}' }],
      width: 8,
    }),
    timeseries({
      title: 'Run latency p50 / p95 / p99',
      description:
        `End-to-end run duration. The dashed line is the ` +
        `${RUN.p95Seconds} s run budget that BrigadeRunLatencyHigh holds ` +
        `p95 to.`,
      unit: 's',
      queries: [0.5, 0.95, 0.99].map((q) => ({
        expr: Q.runQuantile(q),
        legend: `p${q * 100}`,
        exemplar: true,
      })),
      steps: steps(['green', null], ['red', RUN.p95Seconds]),
      thresholdLines: true,
      links: [slowRuns],
      width: 8,
    }),
    timeseries({
      title: 'Error budget burn rate',
      description:
        `How fast each ${SLO.availability * 100} % SLO spends its ` +
        `${SLO.period} error budget; 1 = exactly on budget. Pages at ` +
        `${fastBurn}x (1h) and ${slowBurn}x (6h).`,
      unit: 'x',
      queries: burnQueries,
      steps: steps(
        ['green', null],
        ['orange', slowBurn ?? 6],
        ['red', fastBurn ?? 14.4],
      ),
      thresholdLines: true,
      width: 8,
    }),
    stat({
      title: `Error budget remaining (${SLO.period})`,
      description:
        `Share of the ${SLO.period} error budget still unspent, per SLO. ` +
        `Below 0 the SLO is broken for the period.`,
      unit: 'percentunit',
      queries: [
        { expr: BUDGET_REMAINING.availability, legend: 'availability' },
        { expr: BUDGET_REMAINING.latency, legend: 'latency' },
      ],
      steps: steps(['red', null], ['orange', 0], ['green', 0.25]),
      width: 24,
      height: 4,
    }),
  ];
}

function agentPanels() {
  const slowAgent = traceLink({
    title: 'Slow agent calls in Jaeger',
    operation: 'agent ${__field.labels.agent_name}',
    minDuration: '300ms',
  });
  return [
    timeseries({
      title: 'Agent p95 latency against budget',
      description:
        'Solid: p95 of each agent over the rate window. Dashed: that ' +
        "agent's budget, from the recorded series the alert compares " +
        'against.',
      unit: 's',
      queries: [
        { expr: Q.agentP95, legend: '{{agent_name}} p95', exemplar: true },
        { expr: Q.agentBudget, legend: '{{agent_name}} budget' },
      ],
      links: [slowAgent],
    }).overrideByQuery('B', [
      { id: 'custom.lineStyle', value: { fill: 'dash', dash: [10, 10] } },
    ]),
    timeseries({
      title: 'Budget violations by agent and resource',
      description:
        'Agent calls per second that broke their latency or memory budget.',
      unit: 'ops',
      queries: [{ expr: Q.violations, legend: '{{agent_name}} {{resource}}' }],
    }),
    timeseries({
      title: 'Errors by type',
      description: 'Agent errors per second by stable error code.',
      unit: 'ops',
      queries: [{ expr: Q.errors, legend: '{{agent_name}} {{error_type}}' }],
    }),
    timeseries({
      title: 'Memory per agent',
      description: 'Heap growth measured across the latest call of each agent.',
      unit: 'bytes',
      queries: [{ expr: Q.agentMemory, legend: '{{agent_name}}' }],
    }),
  ];
}

function capacityPanels() {
  return [
    timeseries({
      title: `Resident memory against ${RUN.rssBytes / 2 ** 20} MiB`,
      description:
        'Process RSS. Above the dashed line Brigade refuses new runs with 503.',
      unit: 'bytes',
      queries: [{ expr: Q.rss, legend: '{{instance}}' }],
      steps: steps(['green', null], ['red', RUN.rssBytes]),
      thresholdLines: true,
    }),
    timeseries({
      title: 'Queue length and active runs',
      description: 'Runs waiting for a slot, and runs executing.',
      unit: 'short',
      queries: [
        { expr: Q.queueLength, legend: 'queued' },
        { expr: Q.activeRuns, legend: 'active' },
      ],
    }),
    timeseries({
      title: 'Queue wait p50 / p95',
      description: 'Time an admitted run waited for a slot.',
      unit: 's',
      queries: [0.5, 0.95].map((q) => ({
        expr: Q.queueWait(q),
        legend: `p${q * 100}`,
      })),
    }),
    timeseries({
      title: 'Rejections (429 / 503) per second',
      description:
        'queue_full and queue_timeout answer 429; memory answers 503.',
      unit: 'ops',
      queries: [
        { expr: Q.rejections429, legend: '429 {{reason}}' },
        { expr: Q.rejections503, legend: '503 {{reason}}' },
      ],
    }),
    timeseries({
      title: 'Event loop delay p99',
      description:
        'Node runtime metric; empty when runtime instrumentation is off.',
      unit: 's',
      queries: [{ expr: Q.eventLoopP99, legend: '{{instance}}' }],
    }),
    timeseries({
      title: 'V8 heap used',
      description:
        'Node runtime metric; empty when runtime instrumentation is off.',
      unit: 'bytes',
      queries: [{ expr: Q.heapUsed, legend: '{{instance}}' }],
    }),
  ];
}

function cachePanels() {
  return [
    timeseries({
      title: 'Cache hit rate by cache and tier',
      description:
        `Hits over lookups. BrigadeCacheHitRateLow fires below ` +
        `${CACHE.minHitRatio * 100} % (dashed).`,
      unit: 'percentunit',
      queries: [{ expr: Q.cacheHitRatio, legend: '{{cache_name}} {{tier}}' }],
      steps: steps(['red', null], ['green', CACHE.minHitRatio]),
      thresholdLines: true,
    }),
    timeseries({
      title: 'Cache errors per second',
      description: 'Faults of a cache tier; Brigade carries on as on a miss.',
      unit: 'ops',
      queries: [{ expr: Q.cacheErrors, legend: '{{cache_name}} {{tier}}' }],
    }),
  ];
}

export function oncallOverview(): DashboardBuilder {
  const rows: [string, PanelBuilder[]][] = [
    ['Service level', serviceLevelPanels()],
    ['Agents', agentPanels()],
    ['Capacity', capacityPanels()],
    ['Caches', cachePanels()],
  ];
  let board = new DashboardBuilder('Brigade / On-call overview')
    .uid('brigade-oncall')
    .tags(['brigade', 'generated'])
    .refresh('30s')
    .time({ from: 'now-3h', to: 'now' })
    .timezone('browser')
    .tooltip(DashboardCursorSync.Crosshair)
    .withVariable(
      new DatasourceVariableBuilder('datasource')
        .label('Prometheus')
        .type('prometheus')
        .current({ text: 'Prometheus', value: PROMETHEUS_UID }),
    );
  // Explicit ids keep panel links and the committed JSON stable.
  let id = 0;
  for (const [title, panels] of rows) {
    board = board.withRow(new RowBuilder(title).id(++id));
    for (const panel of panels) board = board.withPanel(panel.id(++id));
  }
  return board;
}
