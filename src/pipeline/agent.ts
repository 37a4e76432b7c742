/** The contract every agent implements. */
import type { Logger } from 'pino';
import type { AgentName } from './budgets.ts';
import type { RunState } from './run-state.ts';

export interface Agent<Deps = unknown> {
  readonly name: AgentName;
  /** Agents whose output this one reads; if one failed, this one skips. */
  readonly needs: readonly AgentName[];
  run(state: RunState, deps: Deps, log: Logger): Promise<void>;
}

export type AgentStatus = 'success' | 'failed' | 'skipped';

/** One agent's entry in the run document. */
export interface AgentReport {
  name: AgentName;
  status: AgentStatus;
  durationMs: number;
  budgetMs: number;
  memoryBytes: number;
  budgetBytes: number;
  /** RSS when the agent ended. */
  rssBytes: number;
  withinBudget: boolean;
  latencyVerdict: 'within' | 'over';
  memoryVerdict: 'within' | 'over';
  /** Heap growth is shared when other runs were in flight. */
  memoryApproximate: boolean;
  fault?: string;
  error?: { code: string; message: string };
}
