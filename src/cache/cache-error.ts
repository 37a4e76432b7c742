export type CacheErrorCode =
  'redis_unavailable' | 'redis_timeout' | 'cache_invalidation_failed';

/** A cache fault; lookups never see it, they fall through to the store. */
export class CacheError extends Error {
  constructor(
    readonly code: CacheErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'CacheError';
  }
}
