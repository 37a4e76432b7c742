/**
 * The run document: what the HTTP endpoint returns, what `--json` prints,
 * and what GET /api/orchestration/runs/:id shows again later.
 */
import type {
  Allergen,
  Finding,
  Nutrition,
  ScaledLine,
  Target,
  Totals,
} from '../domain/types.ts';
import type { RunCacheStats } from '../cache/run-cache-stats.ts';
import type { AgentReport } from './agent.ts';
import type { PersistenceResult, ViewModel } from './outputs.ts';
import type { RunState } from './run-state.ts';

export type RunStatus = 'success' | 'partial' | 'failed';

/** One input line as the run document shows it. */
export interface LineReport {
  input: string;
  kind: ScaledLine['kind'];
  quantity: number | null;
  unit: string | null;
  food: { fdcId: number; description: string; name: string } | null;
  confidence: number | null;
  grams: number | null;
  gramsMethod: ScaledLine['gramsMethod'];
  scaledGrams: number | null;
  scaledQuantity: number | null;
  cost: number | null;
  percent: number | null;
  issues: Finding[];
}

export interface RunDocument {
  runId: string;
  traceId: string;
  status: RunStatus;
  durationMs: number;
  error?: { code: string; message: string; agent?: string };
  recipe: { title: string; yield: string | null };
  target: Target | null;
  agents: AgentReport[];
  faults: string[];
  lines: LineReport[];
  totals: Totals | null;
  nutrition: Nutrition | null;
  allergens: Allergen[];
  qa: { passed: boolean; findings: Finding[] } | null;
  view: ViewModel | null;
  graph: { recipeKey: string; nodes: number; relationships: number } | null;
  persistence: PersistenceResult | null;
  /** Each catalog cache's hits and misses in this run, when caches are on. */
  cache?: RunCacheStats;
}

export function buildRunDocument(
  state: RunState,
  agents: AgentReport[],
  status: RunStatus,
  error: RunDocument['error'],
): RunDocument {
  const { qa, graph } = state;
  return {
    runId: state.runId,
    traceId: '',
    status,
    durationMs: 0,
    ...(error && { error }),
    recipe: { title: state.recipe.title, yield: state.recipe.yield ?? null },
    target: state.target ?? null,
    agents,
    faults: agents.flatMap((a) => (a.fault ? [`${a.name}:${a.fault}`] : [])),
    lines: lineReports(state),
    totals: state.scaled?.totals ?? null,
    nutrition: qa?.nutrition ?? null,
    allergens: qa?.allergens ?? [],
    qa: qa ? { passed: qa.passed, findings: qa.findings } : null,
    view: state.view ?? null,
    graph: graph
      ? {
          recipeKey: graph.recipeKey,
          nodes: graph.nodes,
          relationships: graph.relationships,
        }
      : null,
    persistence: state.persistence ?? null,
  };
}

/** Scaled lines when scaling ran; otherwise what the parser found. */
function lineReports(state: RunState): LineReport[] {
  if (state.scaled) {
    return state.scaled.lines.map((l) => ({
      input: l.input,
      kind: l.kind,
      quantity: l.quantity,
      unit: l.unit,
      food: l.food && {
        fdcId: l.food.fdcId,
        description: l.food.description,
        name: l.food.name,
      },
      confidence: l.confidence,
      grams: l.grams,
      gramsMethod: l.gramsMethod,
      scaledGrams: l.scaledGrams,
      scaledQuantity: l.scaledQuantity,
      cost: l.cost,
      percent: l.percent,
      issues: l.findings,
    }));
  }
  return (state.lines ?? []).map((l) => ({
    input: l.input,
    kind: l.kind,
    quantity: l.amount?.quantity ?? null,
    unit: l.amount?.unit ?? null,
    food: l.match && {
      fdcId: l.match.fdcId,
      description: l.match.description,
      name: l.match.name,
    },
    confidence: l.match?.confidence ?? null,
    grams: null,
    gramsMethod: null,
    scaledGrams: null,
    scaledQuantity: null,
    cost: null,
    percent: null,
    issues: l.findings,
  }));
}
