/**
 * The running telemetry, for the app to stop at shutdown. Kept apart from
 * sdk.ts so the app can import it without loading the SDK itself.
 */

export interface Telemetry {
  /** Settles once the resource's detected attributes are known. */
  ready: Promise<void>;
  shutdown(): Promise<void>;
}

let started: Telemetry | undefined;

export function setTelemetry(t: Telemetry): void {
  started = t;
}

/**
 * Flushes the spans still batched for OTLP and stops the SDK; a no-op
 * when telemetry was not started (tests that build the app in process).
 */
export async function shutdownTelemetry(): Promise<void> {
  const t = started;
  started = undefined;
  await t?.shutdown().catch(() => undefined);
}
