/**
 * Peak memory per agent over a set of runs, from the run documents'
 * agent reports: heap-plus-external growth while the agent ran, and the
 * process RSS when it ended, each against the agent's cap.
 */
import {
  AGENT_BUDGETS,
  AGENT_NAMES,
  type AgentName,
} from '../../src/pipeline/budgets.ts';

export interface AgentSample {
  name: string;
  status: string;
  memoryBytes: number;
  rssBytes: number;
  durationMs: number;
}

export interface AgentPeak {
  name: AgentName;
  capBytes: number;
  runs: number;
  peakBytes: number;
  meanBytes: number;
  /** Peak growth as a share of the cap, 0–1. */
  shareOfCap: number;
  peakRssBytes: number;
  maxDurationMs: number;
  budgetMs: number;
}

/** One row per agent, in pipeline order, whether or not it ever ran. */
export function agentPeaks(
  runs: ReadonlyArray<readonly AgentSample[]>,
): AgentPeak[] {
  return AGENT_NAMES.map((name) => {
    const seen = runs.flatMap((agents) =>
      agents.filter((a) => a.name === name && a.status !== 'skipped'),
    );
    const cap = AGENT_BUDGETS[name].memoryBytes;
    const peak = Math.max(0, ...seen.map((a) => a.memoryBytes));
    const sum = seen.reduce((acc, a) => acc + a.memoryBytes, 0);
    return {
      name,
      capBytes: cap,
      runs: seen.length,
      peakBytes: peak,
      meanBytes: seen.length ? sum / seen.length : 0,
      shareOfCap: peak / cap,
      peakRssBytes: Math.max(0, ...seen.map((a) => a.rssBytes)),
      maxDurationMs: Math.max(0, ...seen.map((a) => a.durationMs)),
      budgetMs: AGENT_BUDGETS[name].latencyMs,
    };
  });
}
