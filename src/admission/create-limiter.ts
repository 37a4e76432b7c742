/**
 * Picks the concurrency limiter from the configuration: per process by
 * default, shared through Redis when REDIS_URL is set.
 */
import { Redis } from 'ioredis';
import type { Config } from '../config.ts';
import { componentLog } from '../log.ts';
import { BottleneckLimiter, type Limiter } from './limiter.ts';
import { RedisLimiter } from './redis-limiter.ts';

const log = componentLog('admission.redis');

/**
 * Admission waits on Redis for every run, so a slow answer must give up
 * soon and fall back; REDIS_TIMEOUT_MS (50 ms) is tuned for cache reads,
 * too tight for a Lua script on a busy two-core host.
 */
const ADMISSION_REDIS_TIMEOUT_MS = 500;

export function createLimiter(
  config: Pick<
    Config,
    'MAX_CONCURRENT' | 'QUEUE_MAX' | 'QUEUE_TIMEOUT_MS' | 'REDIS_URL'
  >,
): Limiter {
  const opts = {
    maxConcurrent: config.MAX_CONCURRENT,
    queueMax: config.QUEUE_MAX,
    queueTimeoutMs: config.QUEUE_TIMEOUT_MS,
  };
  const local = new BottleneckLimiter(opts);
  if (!config.REDIS_URL) return local;

  const client = new Redis(config.REDIS_URL, {
    commandTimeout: ADMISSION_REDIS_TIMEOUT_MS,
    maxRetriesPerRequest: 1,
  });
  let reported = false;
  // ioredis reconnects by itself; report the first fault of an outage.
  client.on('error', (err: Error) => {
    if (reported) return;
    reported = true;
    log.warn({ err }, `admission.redis: connection fault: ${err.message}`);
  });
  client.on('ready', () => {
    reported = false;
  });
  return new RedisLimiter({ ...opts, client, fallback: local });
}
