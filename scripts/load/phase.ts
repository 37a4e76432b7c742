/**
 * One stretch of load within a scenario (e.g. the short baseline before
 * the concurrent runs) reduced to the figures a report prints.
 */
import type { FireResult } from './fire.ts';
import { summarize, type LatencySummary } from './stats.ts';

export interface Phase {
  name: string;
  connections: number;
  runs: number;
  latency: LatencySummary;
  statusCodes: Record<string, number>;
  runStatus: Record<string, number>;
  /** Runs that overlapped another run on the server. */
  overlapped: number;
  /** Runs with no HTTP answer (connection error or timeout). */
  errors: number;
  durationS: number;
  throughputRps: number;
  /** Latencies of every answered run, in ms, for the histogram. */
  latenciesMs: number[];
}

export function toPhase(
  name: string,
  connections: number,
  result: FireResult,
): Phase {
  const statusCodes: Record<string, number> = {};
  for (const r of result.responses) {
    statusCodes[r.statusCode] = (statusCodes[r.statusCode] ?? 0) + 1;
  }
  const runs = result.responses.length + result.errors;
  return {
    name,
    connections,
    runs,
    latency: summarize(result.responses.map((r) => r.latencyMs)),
    statusCodes,
    runStatus: result.runStatus,
    overlapped: result.overlapped,
    errors: result.errors,
    durationS: result.durationS,
    throughputRps: result.durationS > 0 ? runs / result.durationS : 0,
    latenciesMs: result.responses.map((r) => r.latencyMs),
  };
}

/** Runs that did not give a successful run document. */
export function failedRuns(phase: Phase): number {
  return phase.runs - (phase.runStatus.success ?? 0);
}

export const count = (phase: Phase, statusCode: number) =>
  phase.statusCodes[statusCode] ?? 0;
