/**
 * Loaded with `node --import ./otel/register.ts` before the app, so the
 * instrumentations can wrap http and koa before anything imports them.
 */
import { register } from 'node:module';
import { startTelemetry } from './sdk.ts';

// ESM modules are only patchable through import-in-the-middle's loader hook.
register('@opentelemetry/instrumentation/hook.mjs', import.meta.url);

if (process.env.OTEL_SDK_DISABLED !== 'true') {
  const telemetry = startTelemetry();
  const stop = () => void telemetry.shutdown().catch(() => undefined);
  process.once('beforeExit', stop);
  await telemetry.ready;
}
