/** Alerts on admission control and caches: load Brigade sheds or absorbs. */
import { alert } from './alert.ts';
import { ratio, sel, sumRate } from './promql.ts';
import type { AlertingRule } from './rule-types.ts';
import { CACHE, CAPACITY, FOR } from './thresholds.ts';

function hitRatio(): string {
  const by = 'job, cache_name, tier';
  const hits = sumRate(
    by,
    sel('cache_requests_total', 'result="hit"'),
    CACHE.window,
  );
  const all = sumRate(by, sel('cache_requests_total'), CACHE.window);
  return ratio(hits, all);
}

export function capacityAlerts(): AlertingRule[] {
  const rejections = sumRate(
    'job, reason',
    sel('orchestration_rejections_total'),
    CAPACITY.rejectionWindow,
  );
  const queueLength = sel('orchestration_queue_length');
  const queue =
    'min by (job, instance) ' +
    `(min_over_time(${queueLength}[${CAPACITY.queueWindow}]))`;
  return [
    alert({
      name: 'BrigadeRejectionsSustained',
      expr: `${rejections} > ${CAPACITY.rejectionsPerSecond}`,
      for: FOR.rejections,
      severity: 'warning',
      summary: 'Brigade keeps turning runs away.',
      description:
        `Brigade rejects {{ printf "%.2f" $value }} runs per second with ` +
        `reason {{ $labels.reason }} over the last ` +
        `${CAPACITY.rejectionWindow}.`,
    }),
    alert({
      name: 'BrigadeQueueSaturated',
      expr: `${queue} > 0`,
      for: FOR.queueSaturated,
      severity: 'warning',
      summary: 'The run queue never empties.',
      description:
        `The run queue on {{ $labels.instance }} has not emptied at any ` +
        `scrape for over ${FOR.queueSaturated}; its shortest length in the ` +
        `last ${CAPACITY.queueWindow} was {{ $value }}.`,
    }),
    alert({
      name: 'BrigadeCacheHitRateLow',
      expr: `${hitRatio()} < ${CACHE.minHitRatio}`,
      for: FOR.cacheHitRate,
      severity: 'info',
      summary: `A cache tier answers fewer than ${CACHE.minHitRatio * 100} % of lookups.`,
      description:
        `The {{ $labels.tier }} tier of the {{ $labels.cache_name }} cache ` +
        `hit {{ $value | humanizePercentage }} of lookups over the last ` +
        `${CACHE.window}.`,
    }),
  ];
}
