/**
 * Every span attribute and metric name Brigade emits, with its unit.
 * Metric names carry their unit; the Prometheus exporter appends `_total`
 * to counters (and nothing else), so counters are named without it.
 * Labels are bounded: never a run id, a title or an ingredient text.
 */

export const SERVICE_NAME = 'brigade';
export const TRACER_NAME = 'brigade';
export const METER_NAME = 'brigade';

/** Span names. */
export const SPAN = {
  run: 'orchestration.run',
  agent: (name: string) => `agent ${name}`,
  storeBatch: 'store.write_batch',
} as const;

/** Span attributes, dotted lower-case; units in the name. */
export const ATTR = {
  runId: 'brigade.run.id',
  runStatus: 'brigade.run.status',
  runLines: 'brigade.run.lines',
  runFactor: 'brigade.run.factor',
  agentName: 'brigade.agent.name',
  agentStatus: 'brigade.agent.status',
  budgetLatencyMs: 'brigade.budget.latency_ms',
  budgetMemoryBytes: 'brigade.budget.memory_bytes',
  durationMs: 'brigade.agent.duration_ms',
  heapDeltaBytes: 'brigade.agent.heap_delta_bytes',
  rssBytes: 'brigade.process.rss_bytes',
  /** True when other runs were in flight: heap growth is then shared. */
  memoryApproximate: 'brigade.agent.memory_approximate',
  verdictLatency: 'brigade.budget.latency_verdict',
  verdictMemory: 'brigade.budget.memory_verdict',
  faultInjected: 'brigade.fault.injected',
  dbSystem: 'db.system.name',
  dbOperation: 'db.operation.name',
  dbBatchSize: 'db.operation.batch.size',
  nodesWritten: 'brigade.store.nodes_written',
  relsWritten: 'brigade.store.relationships_written',
} as const;

/** Verdict values stamped on agent spans. */
export const VERDICT = { within: 'within', over: 'over' } as const;

/** Instrument names as created; Prometheus shows counters with `_total`. */
export const METRIC = {
  runDuration: 'orchestration_duration_seconds',
  agentDuration: 'orchestration_agent_duration_seconds',
  agentMemory: 'orchestration_memory_bytes',
  budgetViolations: 'orchestration_budget_violations',
  errors: 'orchestration_errors',
  queueLength: 'orchestration_queue_length',
  activeRuns: 'orchestration_active_runs',
  queueWait: 'orchestration_queue_wait_seconds',
  rejections: 'orchestration_rejections',
  rss: 'process_resident_memory_bytes',
  cacheRequests: 'cache_requests',
  cacheErrors: 'cache_errors',
  telemetryFaults: 'brigade_telemetry_faults',
} as const;

/** Metric label keys. */
export const LABEL = {
  status: 'status',
  agentName: 'agent_name',
  resource: 'resource',
  errorType: 'error_type',
  reason: 'reason',
  cacheName: 'cache_name',
  tier: 'tier',
  result: 'result',
} as const;

/**
 * Histogram edges in seconds. Every agent budget (0.3, 0.4, 0.45, 0.5,
 * 0.8, 1.2 s) and the run budget (4 s) is an edge, so a p95 alert at a
 * budget never interpolates across it.
 */
export const DURATION_BUCKETS_S = [
  0.005, 0.01, 0.025, 0.05, 0.1, 0.2, 0.3, 0.4, 0.45, 0.5, 0.8, 1, 1.2, 2, 4, 8,
  16, 32,
];

export const QUEUE_WAIT_BUCKETS_S = [
  0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 4, 8, 16, 32,
];
