/** A run refused at the door: 429 for capacity, 503 for memory. */
export type RejectionReason = 'queue_full' | 'queue_timeout' | 'memory';

export class AdmissionError extends Error {
  readonly code: RejectionReason;
  readonly status: 429 | 503;
  /** Whole seconds the client should wait before trying again. */
  readonly retryAfterS: number;

  constructor(reason: RejectionReason, message: string, retryAfterS: number) {
    super(message);
    this.code = reason;
    this.status = reason === 'memory' ? 503 : 429;
    this.retryAfterS = Math.max(1, Math.ceil(retryAfterS));
  }
}
