/**
 * What the pipeline needs from a store, written so that both the embedded
 * SQLite store and a Neo4j server can stand behind it: writes merge on
 * keys, arrive in bounded batches, and each batch is one transaction.
 * Every method is async because a network store cannot be anything else.
 *
 * For Neo4j the same contract reads: init() creates a uniqueness
 * constraint on `key` per label; writeBatch() runs in one managed write
 * transaction, nodes grouped by label as
 * `UNWIND $rows AS row MERGE (n:Food {key: row.key}) SET n += row.props`,
 * then relationships grouped by type, merged on their endpoints and (for
 * CONTAINS) `line`; the summary counters give the created counts, and
 * matched is the batch size less those.
 */
import type { Food, Price } from '../catalog/food.ts';
import type {
  GraphBatch,
  GraphNode,
  GraphRelationship,
  NodeLabel,
} from '../graph/graph-model.ts';

/** What one batch did; created + matched is the batch's size. */
export interface BatchResult {
  nodesCreated: number;
  nodesMatched: number;
  relsCreated: number;
  relsMatched: number;
}

/** A stored recipe with its outgoing relationships and the foods. */
export interface StoredRecipe {
  recipe: GraphNode;
  foods: GraphNode[];
  contains: GraphRelationship[];
  provides: GraphRelationship[];
}

export interface StoreHealth {
  ok: boolean;
  detail: string;
}

export interface GraphStore {
  /** Creates tables or key constraints; safe to call on every start. */
  init(): Promise<void>;
  /**
   * Merges the batch's nodes, then its relationships, on their keys, in
   * one transaction: on any error nothing of the batch is kept and the
   * promise rejects with a StoreError. A relationship's endpoints must be
   * in this batch or already stored.
   */
  writeBatch(batch: GraphBatch): Promise<BatchResult>;
  countNodes(label?: NodeLabel): Promise<number>;
  countRelationships(): Promise<number>;
  getRecipe(key: string): Promise<StoredRecipe | undefined>;
  health(): Promise<StoreHealth>;
  close(): Promise<void>;
}

export interface CatalogStore {
  foodCount(): Promise<number>;
  getFood(fdcId: number): Promise<Food | undefined>;
  /** Every food, ordered by fdcId. */
  listFoods(): Promise<Food[]>;
  /** Inserts new foods and replaces stored ones with the same fdcId. */
  upsertFoods(foods: readonly Food[]): Promise<void>;
  getPrice(fdcId: number): Promise<Price | undefined>;
  /** Every price, ordered by fdcId. */
  listPrices(): Promise<Price[]>;
  /** Swaps the whole price list in one transaction. */
  replacePrices(prices: readonly Price[]): Promise<void>;
}
