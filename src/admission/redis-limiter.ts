/**
 * The concurrency limit shared by every instance behind one Redis: a
 * counting semaphore (redis-semaphore) whose permits are the run slots.
 *
 * Why not Bottleneck's own Redis clustering: on Redis 7 its Lua scripts'
 * errors come back prefixed with "ERR ", which Bottleneck does not expect
 * (bottleneck#205, #219, #212, all open; its last release is from 2019).
 * Once its settings key is gone (a Redis restart without persistence, an
 * eviction, a FLUSHALL) every schedule() fails with SETTINGS_KEY_NOT_FOUND
 * for good; we reproduced that on Redis 7.0. redis-semaphore is kept up,
 * holds each permit under a lease that it refreshes while the run goes on,
 * so a crashed instance's slots come back after `lockTimeoutMs`.
 *
 * The waiting queue is each instance's own (QUEUE_MAX per instance), and
 * a waiting run polls for a permit every `retryIntervalMs`: waits are not
 * served in arrival order. If Redis cannot be reached, the instance falls
 * back to its local limiter, so the limit then holds per instance only.
 */
import { Semaphore } from 'redis-semaphore';
import type { Redis } from 'ioredis';
import { gauges, instruments } from '../../otel/instruments.ts';
import { LABEL } from '../../otel/names.ts';
import { componentLog } from '../log.ts';
import { AdmissionError } from './admission-error.ts';
import type { Limiter, LimiterOptions } from './limiter.ts';

const log = componentLog('admission.redis');

export interface RedisLimiterOptions extends LimiterOptions {
  /** Owned by the limiter from now on: stop() closes it. */
  client: Redis;
  /** Used while Redis cannot be reached. */
  fallback: Limiter;
  key?: string;
  /** A permit not refreshed for this long is free again (ms). */
  lockTimeoutMs?: number;
  /** How often a waiting run asks for a permit (ms). */
  retryIntervalMs?: number;
}

export class RedisLimiter implements Limiter {
  private waiting = 0;
  private degraded = false;
  private readonly stopping = new AbortController();

  constructor(private readonly opts: RedisLimiterOptions) {}

  async run<T>(fn: () => Promise<T>): Promise<T> {
    const enqueued = performance.now();
    let permit: Semaphore;
    try {
      permit = await this.acquire(enqueued);
    } catch (err) {
      if (err instanceof AdmissionError) throw err;
      if (this.stopping.signal.aborted) {
        throw this.reject('queue_full', 'the server is shutting down');
      }
      this.noteOutage(err);
      return this.opts.fallback.run(fn);
    }
    this.noteRecovery();
    return this.runHolding(permit, enqueued, fn);
  }

  async stop(): Promise<void> {
    this.stopping.abort();
    await this.opts.fallback.stop();
    // Not quit(): with Redis down it would wait for a reconnection. Every
    // permit is already released, since run() releases before it returns.
    this.opts.client.disconnect();
  }

  /** A permit now, or after a wait in this instance's queue. */
  private async acquire(enqueued: number): Promise<Semaphore> {
    const now = this.semaphore({ acquireAttemptsLimit: 1 });
    if (await now.tryAcquire()) return now;
    if (this.waiting >= this.opts.queueMax) {
      throw this.reject(
        'queue_full',
        'all run slots and queue places are taken',
      );
    }
    const left = this.opts.queueTimeoutMs - (performance.now() - enqueued);
    const later = this.semaphore({ acquireTimeout: Math.max(1, left) });
    this.setWaiting(+1);
    let got: boolean;
    try {
      got = await later.tryAcquire(this.stopping.signal);
    } finally {
      this.setWaiting(-1);
    }
    // A permit granted just past the deadline is handed back unused.
    if (got && performance.now() - enqueued > this.opts.queueTimeoutMs) {
      await later.release();
      got = false;
    }
    if (!got) {
      throw this.reject('queue_timeout', 'waited too long for a free slot');
    }
    return later;
  }

  private async runHolding<T>(
    permit: Semaphore,
    enqueued: number,
    fn: () => Promise<T>,
  ): Promise<T> {
    instruments().queueWait.record((performance.now() - enqueued) / 1e3);
    gauges.activeRuns += 1;
    try {
      return await fn();
    } finally {
      gauges.activeRuns -= 1;
      await permit.release().catch((err: Error) => {
        log.warn(
          { err },
          `admission.redis: could not release a run slot; it frees itself ` +
            `after ${this.lockTimeoutMs} ms`,
        );
      });
    }
  }

  private semaphore(timeouts: {
    acquireAttemptsLimit?: number;
    acquireTimeout?: number;
  }): Semaphore {
    return new Semaphore(
      this.opts.client,
      this.opts.key ?? 'brigade:runs',
      this.opts.maxConcurrent,
      {
        lockTimeout: this.lockTimeoutMs,
        retryInterval: this.opts.retryIntervalMs ?? 25,
        ...timeouts,
        onLockLost: (err) =>
          log.error(
            { err },
            'admission.redis: a running run lost its slot lease; the ' +
              'shared limit may be exceeded until it ends',
          ),
      },
    );
  }

  private get lockTimeoutMs(): number {
    return this.opts.lockTimeoutMs ?? 10_000;
  }

  private reject(reason: 'queue_full' | 'queue_timeout', message: string) {
    instruments().rejections.add(1, { [LABEL.reason]: reason });
    return new AdmissionError(reason, message, 1);
  }

  private setWaiting(delta: number) {
    this.waiting += delta;
    gauges.queueLength += delta;
  }

  private noteOutage(err: unknown) {
    if (this.degraded) return;
    this.degraded = true;
    log.warn(
      { err },
      'admission.redis: Redis unreachable; limiting runs per instance until it answers',
    );
  }

  private noteRecovery() {
    if (!this.degraded) return;
    this.degraded = false;
    log.info('admission.redis: Redis answers again; the shared limit holds');
  }
}
