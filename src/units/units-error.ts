/** A quantity or target the user wrote that Brigade cannot use. */
export class UnitsError extends Error {
  constructor(
    readonly code: 'invalid_batch' | 'invalid_target',
    message: string,
  ) {
    super(message);
    this.name = 'UnitsError';
  }
}
