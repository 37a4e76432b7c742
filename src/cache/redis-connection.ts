/**
 * The one Redis connection the four caches share, built so that Redis
 * being down, slow or restarting costs a lookup at most `timeoutMs`:
 *
 * - The client is ours, not @keyv/redis's, with an `error` listener from
 *   the start: a node-redis client without one throws on the first socket
 *   error and takes the process down (keyv issue #1798).
 * - `disableOfflineQueue`: while disconnected a command fails at once
 *   instead of waiting in a queue until Redis returns; that queue is why
 *   `get` hangs for cacheable and keyv users when Redis goes away (keyv
 *   issues #1470 and #1496, cacheable #1202).
 * - The client connects in the background and reconnects for ever, with a
 *   backoff capped at one second, so a restarted Redis serves hits again
 *   within about a second; a missing Redis never delays start-up.
 * - Every command races its own timer. After a fault the connection
 *   stays "open" (skipped) for `cooldownMs`, so a Redis that stopped
 *   answering costs one timeout per cooldown, not one per lookup; a
 *   `ready` event closes the breaker at once.
 * - A fault is logged once per outage and once more on recovery.
 */
import { createClient, type RedisClientType } from '@keyv/redis';
import type { Logger } from 'pino';
import { CacheError } from './cache-error.ts';

export interface RedisConnectionOptions {
  url: string;
  /** Longest a cache read or write may wait for Redis, in ms. */
  timeoutMs: number;
  /** How long Redis is skipped after a fault, in ms. */
  cooldownMs?: number;
  log: Logger;
}

const MAX_BACKOFF_MS = 1000;

export class RedisConnection {
  readonly client: RedisClientType;
  readonly timeoutMs: number;
  private readonly cooldownMs: number;
  private readonly log: Logger;
  private skipUntil = 0;
  private down = false;
  private closed = false;

  constructor(opts: RedisConnectionOptions) {
    this.timeoutMs = opts.timeoutMs;
    this.cooldownMs = opts.cooldownMs ?? 1000;
    this.log = opts.log;
    this.client = createClient({
      url: opts.url,
      disableOfflineQueue: true,
      socket: {
        connectTimeout: Math.max(opts.timeoutMs * 20, 1000),
        reconnectStrategy: (retries) =>
          Math.min(50 * 2 ** retries, MAX_BACKOFF_MS),
      },
    }) as RedisClientType;
    this.client.on('error', (err: Error) => this.markDown(err));
    this.client.on('ready', () => this.markUp());
  }

  /** Starts connecting; resolves at once, failures only mark Redis down. */
  start(): void {
    this.client.connect().catch((err: Error) => this.markDown(err));
  }

  /** True when a command may be tried now (connected, not cooling down). */
  get available(): boolean {
    return this.connected && performance.now() >= this.skipUntil;
  }

  get connected(): boolean {
    return !this.closed && this.client.isReady;
  }

  /**
   * Runs one command under the timeout. Throws CacheError when Redis is
   * skipped, disconnected, failing or too slow, after marking it down.
   * `urgent` commands (invalidations) are tried even while cooling down.
   */
  async call<T>(
    op: () => Promise<T>,
    { timeoutMs = this.timeoutMs, urgent = false } = {},
  ): Promise<T> {
    if (!(urgent ? this.connected : this.available)) {
      throw new CacheError('redis_unavailable', 'cache: Redis is unavailable');
    }
    try {
      return await withTimeout(op(), timeoutMs);
    } catch (err) {
      this.markDown(err as Error);
      throw err instanceof CacheError
        ? err
        : new CacheError('redis_unavailable', 'cache: Redis command failed', {
            cause: err,
          });
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    if (!this.client.isOpen) return;
    await this.client.close().catch(() => this.client.destroy());
  }

  private markDown(err: Error): void {
    this.skipUntil = performance.now() + this.cooldownMs;
    if (this.down || this.closed) return;
    this.down = true;
    this.log.warn(
      { err: { message: err.message, code: (err as CacheError).code } },
      'cache: Redis unavailable, serving from memory and the store',
    );
  }

  private markUp(): void {
    this.skipUntil = 0;
    if (!this.down) return;
    this.down = false;
    this.log.info('cache: Redis reachable again');
  }
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new CacheError('redis_timeout', `cache: Redis took over ${ms} ms`),
        ),
      ms,
    );
  });
  // The losing command may still settle later; its outcome is not wanted.
  work.catch(() => {});
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
