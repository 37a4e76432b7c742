/** What the later agents hand on: the graph, the view model, the write. */
import type { GraphElement } from '../graph/graph-model.ts';
import type { ViewModel } from '../agents/ui-designer/view-model.ts';

export type { ViewModel };

export interface GraphSummary {
  recipeKey: string;
  nodes: number;
  relationships: number;
  /** A fresh stream of the graph's elements each time it is called. */
  elements(): Iterable<GraphElement>;
}

export interface PersistenceResult {
  store: string;
  recipeKey: string;
  batches: number;
  nodesCreated: number;
  nodesMatched: number;
  relationshipsCreated: number;
  relationshipsMatched: number;
}
