/** What every agent may use: the catalog and the graph store. */
import type { Catalog } from '../catalog/catalog.ts';
import type { Agent } from '../pipeline/agent.ts';
import type { GraphStore } from '../store/graph-store.ts';

export interface AgentDeps {
  catalog: Catalog;
  store: GraphStore;
  /** 'sqlite' or 'neo4j', for the run document. */
  storeName: string;
}

export type BrigadeAgent = Agent<AgentDeps>;

/** Thrown when an agent runs without what an earlier agent should have left. */
export class MissingInputError extends Error {
  readonly code = 'missing_input';
}
