/**
 * The process logger: pino JSON, with the active trace and span ids on
 * every line so a log line leads straight to its trace in Jaeger.
 */
import { trace } from '@opentelemetry/api';
import { pino, type Logger } from 'pino';

function traceFields(): Record<string, string> {
  const span = trace.getActiveSpan();
  if (!span) return {};
  const { traceId, spanId } = span.spanContext();
  return { trace_id: traceId, span_id: spanId };
}

/**
 * The logger exists before the configuration is read, so a bad LOG_LEVEL
 * is not fatal here: it falls back, and loadConfig then refuses it with
 * an error naming the variable.
 */
function levelFromEnv(value: string | undefined, fallback: string): string {
  const levels = [...Object.keys(pino.levels.values), 'silent'];
  return value && levels.includes(value) ? value : fallback;
}

// The CLI keeps stdout for its output (tables, --json) and logs to stderr,
// quietly unless LOG_LEVEL asks for more.
const cli = process.env.BRIGADE_CLI === '1';

export const log: Logger = pino(
  {
    name: 'brigade',
    level: levelFromEnv(process.env.LOG_LEVEL, cli ? 'warn' : 'info'),
    base: { pid: process.pid },
    mixin: traceFields,
    timestamp: pino.stdTimeFunctions.isoTime,
  },
  pino.destination({ fd: cli ? 2 : 1, sync: cli }),
);

/** A child logger whose messages start with their component. */
export function componentLog(component: string): Logger {
  return log.child({ component });
}
