/**
 * Concurrency admission on Bottleneck: at most `maxConcurrent` runs at
 * once, at most `queueMax` waiting, each waiting at most `queueTimeoutMs`.
 *
 * Bottleneck cannot cancel a queued job (its last release, 2.19.5, is from
 * 2019), so the wait timeout is enforced here: the caller is answered at
 * the deadline, and when the expired job's turn comes it returns at once
 * without doing any work, freeing its slot. For the same reason the queue
 * bound is counted here rather than with Bottleneck's `highWater`: an
 * expired job still sits in Bottleneck's queue until its turn, and must
 * not hold a queue place that a live request could use.
 */
import Bottleneck from 'bottleneck';
import { gauges, instruments } from '../../otel/instruments.ts';
import { LABEL } from '../../otel/names.ts';
import { AdmissionError } from './admission-error.ts';

export interface Limiter {
  /** Runs `fn` when a slot is free; rejects with AdmissionError if not. */
  run<T>(fn: () => Promise<T>): Promise<T>;
  stop(): Promise<void>;
}

export interface LimiterOptions {
  maxConcurrent: number;
  queueMax: number;
  queueTimeoutMs: number;
}

const EXPIRED = Symbol('expired');

export class BottleneckLimiter implements Limiter {
  private readonly limiter: Bottleneck;
  private waiting = 0;
  private active = 0;

  constructor(private readonly opts: LimiterOptions) {
    this.limiter = new Bottleneck({
      maxConcurrent: opts.maxConcurrent,
    });
    this.limiter.on('error', () => undefined);
  }

  async run<T>(fn: () => Promise<T>): Promise<T> {
    const { maxConcurrent, queueMax } = this.opts;
    if (this.active + this.waiting >= maxConcurrent + queueMax) {
      throw this.reject(
        'queue_full',
        'all run slots and queue places are taken',
      );
    }
    const enqueued = performance.now();
    let expired = false;
    let timer: NodeJS.Timeout | undefined;
    this.setWaiting(+1);

    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        expired = true;
        this.setWaiting(-1);
        reject(this.reject('queue_timeout', 'waited too long for a free slot'));
      }, this.opts.queueTimeoutMs);
    });

    const job = this.limiter.schedule(async () => {
      if (expired) return EXPIRED;
      clearTimeout(timer);
      this.setWaiting(-1);
      instruments().queueWait.record((performance.now() - enqueued) / 1e3);
      this.setActive(+1);
      try {
        return await fn();
      } finally {
        this.setActive(-1);
      }
    });
    // Only stop() drops jobs: the caller is answered as if the queue were full.
    const settled = job.catch((err: unknown) => {
      if (!(err instanceof Bottleneck.BottleneckError)) throw err;
      clearTimeout(timer);
      if (!expired) this.setWaiting(-1);
      throw this.reject('queue_full', 'the server is shutting down');
    });
    // The loser of the race must not surface as an unhandled rejection.
    settled.catch(() => undefined);
    deadline.catch(() => undefined);
    return Promise.race([settled, deadline]) as Promise<T>;
  }

  async stop(): Promise<void> {
    await this.limiter.stop({ dropWaitingJobs: true }).catch(() => undefined);
  }

  private reject(reason: 'queue_full' | 'queue_timeout', message: string) {
    instruments().rejections.add(1, { [LABEL.reason]: reason });
    // A slot frees roughly when a run ends; runs take well under a second.
    return new AdmissionError(reason, message, 1);
  }

  // Added, not assigned: a Redis limiter's local fallback shares them.
  private setWaiting(delta: number) {
    this.waiting += delta;
    gauges.queueLength += delta;
  }

  private setActive(delta: number) {
    this.active += delta;
    gauges.activeRuns += delta;
  }
}
