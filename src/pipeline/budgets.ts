/**
 * The six agents in pipeline order, each with its budget: a latency
 * target and a cap on heap growth while it runs. The run as a whole has
 * its own budget. These figures are the original design's.
 */

export const AGENT_NAMES = [
  'RecipeEngineer',
  'ScalingCalculator',
  'GraphBuilder',
  'QAValidator',
  'UIDesigner',
  'Persistence',
] as const;

export type AgentName = (typeof AGENT_NAMES)[number];

export interface Budget {
  latencyMs: number;
  memoryBytes: number;
}

const MB = 1024 * 1024;

export const AGENT_BUDGETS: Record<AgentName, Budget> = {
  RecipeEngineer: { latencyMs: 800, memoryBytes: 150 * MB },
  ScalingCalculator: { latencyMs: 500, memoryBytes: 120 * MB },
  GraphBuilder: { latencyMs: 1200, memoryBytes: 200 * MB },
  QAValidator: { latencyMs: 400, memoryBytes: 80 * MB },
  UIDesigner: { latencyMs: 300, memoryBytes: 60 * MB },
  Persistence: { latencyMs: 450, memoryBytes: 70 * MB },
};

export const RUN_BUDGET: Budget = { latencyMs: 4000, memoryBytes: 600 * MB };
