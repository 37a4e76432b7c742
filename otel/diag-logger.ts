/** Routes the OpenTelemetry diagnostic logger into pino. */
import type { DiagLogger } from '@opentelemetry/api';
import { componentLog } from '../src/log.ts';

const log = componentLog('otel.diag');

export class PinoDiagLogger implements DiagLogger {
  error = (msg: string, ...args: unknown[]) => log.error({ args }, msg);
  warn = (msg: string, ...args: unknown[]) => log.warn({ args }, msg);
  info = (msg: string, ...args: unknown[]) => log.info({ args }, msg);
  debug = (msg: string, ...args: unknown[]) => log.debug({ args }, msg);
  verbose = (msg: string, ...args: unknown[]) => log.trace({ args }, msg);
}
