/** A quantity or target the user wrote that Brigade cannot use. */
export class UnitsError extends Error {
  /** Over HTTP: the request was well-formed but cannot be applied. */
  readonly status = 422;

  constructor(
    readonly code: 'invalid_batch' | 'invalid_target',
    message: string,
  ) {
    super(message);
    this.name = 'UnitsError';
  }
}
