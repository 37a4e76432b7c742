/**
 * What one run accumulates as its agents go: each agent reads the parts
 * the agents it depends on wrote, and writes its own.
 */
import type { Food } from '../catalog/food.ts';
import type {
  EngineeredLine,
  QaReport,
  RecipeInput,
  ScaledLine,
  Target,
  Totals,
} from '../domain/types.ts';
import type { GraphSummary, PersistenceResult, ViewModel } from './outputs.ts';

export interface RunState {
  runId: string;
  recipe: RecipeInput;
  target: Target | undefined;
  /** RecipeEngineer: every input line, parsed and matched. */
  lines?: EngineeredLine[];
  /** RecipeEngineer: master data of every matched food, by fdcId. */
  foods?: Map<number, Food>;
  /** ScalingCalculator. */
  scaled?: { lines: ScaledLine[]; totals: Totals };
  /** GraphBuilder. */
  graph?: GraphSummary;
  /** QAValidator. */
  qa?: QaReport;
  /** UIDesigner. */
  view?: ViewModel;
  /** Persistence. */
  persistence?: PersistenceResult;
}
