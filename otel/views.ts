/**
 * Metric views: the bucket edges of every histogram Brigade records, so
 * that each budget threshold is an edge (see DURATION_BUCKETS_S).
 */
import { AggregationType, type ViewOptions } from '@opentelemetry/sdk-metrics';
import { DURATION_BUCKETS_S, METRIC, QUEUE_WAIT_BUCKETS_S } from './names.ts';

const histogram = (instrumentName: string, boundaries: number[]) => ({
  instrumentName,
  aggregation: {
    type: AggregationType.EXPLICIT_BUCKET_HISTOGRAM,
    options: { boundaries, recordMinMax: false },
  },
});

export const VIEWS: ViewOptions[] = [
  histogram(METRIC.runDuration, DURATION_BUCKETS_S),
  histogram(METRIC.agentDuration, DURATION_BUCKETS_S),
  histogram(METRIC.queueWait, QUEUE_WAIT_BUCKETS_S),
];
