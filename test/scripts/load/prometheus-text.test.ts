import { describe, expect, it } from 'vitest';
import {
  cacheHitRate,
  parseExposition,
  sumOf,
} from '../../../scripts/load/prometheus-text.ts';

const EXPOSITION = `# HELP orchestration_active_runs Runs executing now
# TYPE orchestration_active_runs gauge
orchestration_active_runs{otel_scope_name="brigade"} 3
process_resident_memory_bytes 181608448
cache_requests_total{cache_name="ingredient",tier="l1",result="miss"} 25
cache_requests_total{cache_name="ingredient",tier="l1",result="hit"} 60
cache_requests_total{cache_name="ingredient",tier="l2",result="hit"} 5
cache_requests_total{cache_name="ingredient",tier="l2",result="miss"} 20
`;

describe('parseExposition', () => {
  const samples = parseExposition(EXPOSITION);

  it('reads names, labels and values and skips comments', () => {
    expect(samples).toHaveLength(6);
    expect(sumOf(samples, 'orchestration_active_runs')).toBe(3);
    expect(sumOf(samples, 'process_resident_memory_bytes')).toBe(181608448);
  });

  it('says undefined, not zero, for a metric that is absent', () => {
    expect(sumOf(samples, 'no_such_metric')).toBeUndefined();
  });
});

describe('cacheHitRate', () => {
  it('counts a lookup once across tiers: hits of any tier over l1 lookups', () => {
    // 85 lookups reached l1 (60 hit, 25 missed); of the 25 misses, 5 hit
    // in Redis. Hit rate = (60 + 5) / 85 = 76.47 %.
    expect(cacheHitRate([], parseExposition(EXPOSITION))).toBeCloseTo(
      (65 / 85) * 100,
      10,
    );
  });

  it('measures only the scenario: the later counters minus the earlier', () => {
    const before = parseExposition(
      'cache_requests_total{tier="l1",result="hit"} 10\ncache_requests_total{tier="l1",result="miss"} 10\n',
    );
    const after = parseExposition(
      'cache_requests_total{tier="l1",result="hit"} 40\ncache_requests_total{tier="l1",result="miss"} 20\n',
    );
    // (40 − 10) hits of (60 − 20) lookups = 75 %
    expect(cacheHitRate(before, after)).toBe(75);
  });

  it('is undefined when the server has no cache counter', () => {
    expect(
      cacheHitRate([], parseExposition('process_resident_memory_bytes 1\n')),
    ).toBeUndefined();
  });
});
