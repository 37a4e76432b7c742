/** The memory guard's thresholds, on an injected RSS. */
import { describe, expect, it } from 'vitest';
import { AdmissionError } from '../../src/admission/admission-error.ts';
import {
  MemoryGuard,
  MemoryLimitError,
} from '../../src/admission/memory-guard.ts';

const MiB = 1024 * 1024;

function guard(rss: number) {
  let rejected = 0;
  const g = new MemoryGuard({
    limitMb: 600,
    graceMb: 50,
    rssBytes: () => rss,
    onRejected: () => (rejected += 1),
  });
  return { g, rejected: () => rejected };
}

describe('admission', () => {
  it('admits a run at exactly the 600 MB limit', () => {
    const { g, rejected } = guard(600 * MiB);
    expect(() => g.admit()).not.toThrow();
    expect(rejected()).toBe(0);
  });

  it('refuses one byte over the limit with a 503 that asks to retry later', () => {
    const { g, rejected } = guard(600 * MiB + 1);
    let err: unknown;
    try {
      g.admit();
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(AdmissionError);
    expect(err).toMatchObject({ status: 503, code: 'memory' });
    expect((err as AdmissionError).retryAfterS).toBeGreaterThanOrEqual(1);
    expect(rejected()).toBe(1);
  });
});

describe('a run in progress', () => {
  it('goes on up to limit + grace (650 MB)', () => {
    expect(() => guard(650 * MiB).g.checkRun('GraphBuilder')).not.toThrow();
  });

  it('stops beyond limit + grace, naming the figures', () => {
    const check = () => guard(700 * MiB).g.checkRun('GraphBuilder');
    expect(check).toThrow(MemoryLimitError);
    expect(check).toThrow('RSS 700 MB exceeded the 650 MB limit');
  });
});
