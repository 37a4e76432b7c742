/**
 * Holds the Prometheus exporter the SDK was started with, so the HTTP app
 * can serve its output on /metrics without a second port.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PrometheusExporter } from '@opentelemetry/exporter-prometheus';

let exporter: PrometheusExporter | undefined;

export function setPrometheusExporter(e: PrometheusExporter): void {
  exporter = e;
}

/** Writes the exposition, or 503 when telemetry was not started. */
export function serveMetrics(req: IncomingMessage, res: ServerResponse): void {
  if (!exporter) {
    res.statusCode = 503;
    res.setHeader('content-type', 'text/plain');
    res.end('telemetry not started: run with --import ./otel/register.ts\n');
    return;
  }
  exporter.getMetricsRequestHandler(req, res);
}
