/** A price list that cannot be read; the message names the bad line. */
export class PriceListError extends Error {
  constructor(
    readonly code: 'invalid_price_list',
    message: string,
    /** 1-based line of the file, when the fault is on one line. */
    readonly line?: number,
  ) {
    super(message);
    this.name = 'PriceListError';
  }
}
