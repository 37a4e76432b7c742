/**
 * Starts the OpenTelemetry SDK: traces (budget processor always, OTLP when
 * an endpoint is configured), metrics through a Prometheus exporter that
 * the Koa app serves on /metrics, and only the instrumentations Brigade
 * uses. The standard OTEL_* variables keep their meaning.
 */
import { diag, DiagLogLevel } from '@opentelemetry/api';
import { PrometheusExporter } from '@opentelemetry/exporter-prometheus';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { KoaInstrumentation } from '@opentelemetry/instrumentation-koa';
import { RuntimeNodeInstrumentation } from '@opentelemetry/instrumentation-runtime-node';
import {
  detectResources,
  envDetector,
  hostDetector,
  processDetector,
  resourceFromAttributes,
} from '@opentelemetry/resources';
import { NodeSDK } from '@opentelemetry/sdk-node';
import {
  BatchSpanProcessor,
  type SpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';
import { BudgetSpanProcessor } from './budget-span-processor.ts';
import { instruments } from './instruments.ts';
import { PinoDiagLogger } from './diag-logger.ts';
import { setTelemetry, type Telemetry } from './lifecycle.ts';
import { SERVICE_NAME } from './names.ts';
import { setPrometheusExporter } from './prometheus.ts';
import { VIEWS } from './views.ts';

export type { Telemetry };

function otlpConfigured(env: NodeJS.ProcessEnv): boolean {
  return Boolean(
    env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT,
  );
}

/** Paths the HTTP instrumentation should not trace: scrapes and probes. */
const QUIET_PATHS = new Set(['/metrics', '/healthz', '/readyz']);

export function startTelemetry(env = process.env): Telemetry {
  diag.setLogger(new PinoDiagLogger(), DiagLogLevel.WARN);
  // Brigade ships no OTel logs pipeline; without this the SDK would try to
  // export logs over OTLP to localhost by default.
  env.OTEL_LOGS_EXPORTER ??= 'none';

  const spanProcessors: SpanProcessor[] = [new BudgetSpanProcessor()];
  if (otlpConfigured(env)) {
    spanProcessors.push(new BatchSpanProcessor(new OTLPTraceExporter()));
  }
  const prometheus = new PrometheusExporter({ preventServerStart: true });
  setPrometheusExporter(prometheus);

  // Detected here rather than by NodeSDK so that startup can wait for the
  // host id, read asynchronously: the Prometheus exporter reads resource
  // attributes without waiting and the SDK then logs an error per scrape.
  const resource = resourceFromAttributes({
    [ATTR_SERVICE_NAME]: env.OTEL_SERVICE_NAME || SERVICE_NAME,
  }).merge(
    detectResources({
      detectors: [envDetector, processDetector, hostDetector],
    }),
  );

  const sdk = new NodeSDK({
    resource,
    autoDetectResources: false,
    spanProcessors,
    metricReaders: [prometheus],
    views: VIEWS,
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (req) =>
          QUIET_PATHS.has((req.url ?? '').split('?')[0] ?? ''),
      }),
      new KoaInstrumentation(),
      new RuntimeNodeInstrumentation(),
    ],
  });
  sdk.start();
  // The gauges (RSS, queue, active runs) are read from the first scrape,
  // before any run has touched an instrument.
  instruments();
  const telemetry: Telemetry = {
    ready: resource.waitForAsyncAttributes?.() ?? Promise.resolve(),
    shutdown: () => sdk.shutdown(),
  };
  setTelemetry(telemetry);
  return telemetry;
}
