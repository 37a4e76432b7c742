import { describe, expect, it } from 'vitest';
import {
  atMost,
  BUDGETS,
  exactly,
  failed,
  over,
  ratePct,
  under,
} from '../../../scripts/load/verdicts.ts';

describe('budget checks', () => {
  it('passes a p95 exactly at the 4 s budget and fails one just over', () => {
    expect(atMost('p95', 4000, BUDGETS.p95Ms, ' ms').outcome).toBe('pass');
    expect(atMost('p95', 4000.1, BUDGETS.p95Ms, ' ms').outcome).toBe('fail');
  });

  it('fails an error rate of exactly 2 %: the target is under 2 %', () => {
    // 2 failed runs of 100
    expect(under('errors', ratePct(2, 100), 2, ' %').outcome).toBe('fail');
    expect(under('errors', ratePct(1, 100), 2, ' %').outcome).toBe('pass');
  });

  it('fails a hit rate of exactly 60 %: the target is over 60 %', () => {
    expect(over('hits', ratePct(60, 100), 60, ' %').outcome).toBe('fail');
    expect(over('hits', ratePct(61, 100), 60, ' %').outcome).toBe('pass');
  });

  it('reports an absent figure as not available, neither pass nor fail', () => {
    const check = over('hits', undefined, 60, ' %');
    expect(check).toMatchObject({ measured: 'not available', outcome: 'n/a' });
    expect(failed([check])).toBe(false);
  });

  it('fails the scenario when any one check fails', () => {
    const checks = [exactly('429s', 7, 7), exactly('successes', 2, 3)];
    expect(checks.map((c) => c.outcome)).toEqual(['pass', 'fail']);
    expect(failed(checks)).toBe(true);
  });

  it('takes the run budget from the pipeline: 4 s and 600 MB', () => {
    expect(BUDGETS.p95Ms).toBe(4000);
    expect(BUDGETS.rssMb).toBe(600);
  });
});
