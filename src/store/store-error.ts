/** A store failure, with a code callers and tests can match on. */
export type StoreErrorCode =
  | 'store_missing_endpoint'
  | 'store_batch_failed'
  | 'store_batch_too_large'
  | 'store_not_initialised'
  | 'store_unavailable'
  | 'seed_file_missing'
  | 'seed_bad_file'
  | 'seed_unknown_food'
  | 'seed_duplicate_alias';

export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StoreError';
  }
}
