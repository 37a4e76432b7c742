/**
 * The embedded store: graph and catalog in one SQLite file (better-sqlite3).
 *
 * better-sqlite3 is synchronous, so a write holds the event loop for its
 * whole duration. Batches are capped at MAX_NODES_PER_BATCH nodes to keep
 * that short. Measured on a 2-core machine, a 20-ingredient recipe's graph
 * (30 nodes, about 200 relationships) in one batch to a file in WAL mode:
 * median 1.5 ms, p95 8-13 ms (the tail is WAL checkpoints and fsync);
 * a 500-node batch of Food nodes, 2-3.5 ms.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Food, Price } from '../catalog/food.ts';
import {
  MAX_NODES_PER_BATCH,
  type GraphBatch,
  type GraphNode,
  type GraphRelationship,
  type NodeLabel,
  type RelType,
} from '../graph/graph-model.ts';
import type {
  BatchResult,
  CatalogStore,
  GraphStore,
  StoreHealth,
  StoredRecipe,
} from './graph-store.ts';
import {
  NO_LINE,
  type NodeRow,
  type PriceRow,
  type RelRow,
  type Statements,
  createSchema,
  prepareStatements,
} from './sqlite-schema.ts';
import { StoreError } from './store-error.ts';

export const DEFAULT_DB_PATH = path.join('var', 'brigade.db');

export class SqliteStore implements GraphStore, CatalogStore {
  readonly path: string;
  private readonly db: Database.Database;
  private sql: Statements | undefined;

  /** Opens (and creates) the file; `:memory:` gives a private database. */
  constructor(file: string = DEFAULT_DB_PATH) {
    this.path = file;
    try {
      if (file !== ':memory:')
        mkdirSync(path.dirname(file), { recursive: true });
      // Writes take the write lock when they begin (BEGIN IMMEDIATE, see
      // `.immediate()` below) and wait up to `timeout` for another process
      // holding it: a deferred transaction that reads first and then
      // writes fails at once with "database is locked" instead, which is
      // what two CLI runs on one data folder met.
      this.db = new Database(file, { timeout: 5000 });
    } catch (err) {
      throw new StoreError('store_unavailable', `store: cannot open ${file}`, {
        cause: err,
      });
    }
    // WAL lets readers go on while a batch commits; NORMAL sync is safe
    // with WAL (a power cut may lose the last commits, never corrupt).
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
  }

  async init(): Promise<void> {
    if (this.sql) return;
    createSchema(this.db);
    this.sql = prepareStatements(this.db);
  }

  async writeBatch(batch: GraphBatch): Promise<BatchResult> {
    const sql = this.statements();
    if (batch.nodes.length > MAX_NODES_PER_BATCH) {
      throw new StoreError(
        'store_batch_too_large',
        `store: batch ${batch.index} has ${batch.nodes.length} nodes, ` +
          `more than ${MAX_NODES_PER_BATCH}`,
      );
    }
    const write = this.db.transaction(() => {
      const result = emptyResult();
      for (const node of batch.nodes) writeNode(sql, node, result);
      for (const rel of batch.relationships) writeRel(sql, rel, result);
      return result;
    });
    try {
      return write.immediate();
    } catch (err) {
      if (err instanceof StoreError) throw err;
      throw new StoreError(
        'store_batch_failed',
        `store: batch ${batch.index} rolled back: ${String(err)}`,
        { cause: err },
      );
    }
  }

  async countNodes(label?: NodeLabel): Promise<number> {
    const sql = this.statements();
    return label === undefined
      ? (sql.countNodes.get() as number)
      : (sql.countNodesByLabel.get(label) as number);
  }

  async countRelationships(): Promise<number> {
    return this.statements().countRels.get() as number;
  }

  async getRecipe(key: string): Promise<StoredRecipe | undefined> {
    const sql = this.statements();
    const row = sql.getNode.get(key);
    if (!row || row.label !== 'Recipe') return undefined;
    const contains = sql.relsFrom.all(key, 'CONTAINS').map(toRel);
    const foodKeys = [...new Set(contains.map((r) => r.to))];
    const foods = foodKeys.map((k) => toNode(sql.getNode.get(k)!));
    const provides = sql.relsFrom.all(key, 'PROVIDES').map(toRel);
    return { recipe: toNode(row), foods, contains, provides };
  }

  async health(): Promise<StoreHealth> {
    if (!this.db.open) return { ok: false, detail: 'sqlite: closed' };
    try {
      const mode = this.db.pragma('journal_mode', { simple: true });
      const nodes = this.sql ? await this.countNodes() : 0;
      return {
        ok: this.sql !== undefined,
        detail:
          `sqlite ${this.path} (${mode}), ${nodes} nodes` +
          `${this.sql ? '' : ', not initialised'}`,
      };
    } catch (err) {
      return { ok: false, detail: `sqlite: ${String(err)}` };
    }
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  // ── Catalog ──────────────────────────────────────────────────────────

  async foodCount(): Promise<number> {
    return this.statements().countFoods.get() as number;
  }

  async getFood(fdcId: number): Promise<Food | undefined> {
    const json = this.statements().getFood.get(fdcId);
    return json === undefined ? undefined : (JSON.parse(json) as Food);
  }

  async listFoods(): Promise<Food[]> {
    return this.statements()
      .listFoods.all()
      .map((json) => JSON.parse(json) as Food);
  }

  async upsertFoods(foods: readonly Food[]): Promise<void> {
    const sql = this.statements();
    this.db
      .transaction(() => {
        for (const food of foods) {
          sql.upsertFood.run(food.fdcId, JSON.stringify(food));
        }
      })
      .immediate();
  }

  async getPrice(fdcId: number): Promise<Price | undefined> {
    const row = this.statements().getPrice.get(fdcId);
    return row && toPrice(row);
  }

  async listPrices(): Promise<Price[]> {
    return this.statements().listPrices.all().map(toPrice);
  }

  async replacePrices(prices: readonly Price[]): Promise<void> {
    const sql = this.statements();
    this.db
      .transaction(() => {
        sql.deletePrices.run();
        for (const p of prices)
          sql.insertPrice.run(p.fdcId, p.usdPerKg, p.source);
      })
      .immediate();
  }

  private statements(): Statements {
    if (!this.sql) {
      throw new StoreError(
        'store_not_initialised',
        `store: ${this.path} used before init()`,
      );
    }
    return this.sql;
  }
}

function emptyResult(): BatchResult {
  return { nodesCreated: 0, nodesMatched: 0, relsCreated: 0, relsMatched: 0 };
}

function writeNode(sql: Statements, node: GraphNode, result: BatchResult) {
  const exists = sql.nodeExists.get(node.key) !== undefined;
  sql.upsertNode.run(node.key, node.label, JSON.stringify(node.props));
  if (exists) result.nodesMatched++;
  else result.nodesCreated++;
}

function writeRel(
  sql: Statements,
  rel: GraphRelationship,
  result: BatchResult,
) {
  const line = rel.line ?? NO_LINE;
  const exists =
    sql.relExists.get(rel.type, rel.from, rel.to, line) !== undefined;
  try {
    sql.upsertRel.run(
      rel.type,
      rel.from,
      rel.to,
      line,
      JSON.stringify(rel.props),
    );
  } catch (err) {
    if ((err as { code?: string }).code !== 'SQLITE_CONSTRAINT_FOREIGNKEY') {
      throw err;
    }
    throw new StoreError(
      'store_missing_endpoint',
      `store: ${rel.type} ${rel.from} -> ${rel.to} refers to a node that ` +
        `is neither stored nor in its batch`,
      { cause: err },
    );
  }
  if (exists) result.relsMatched++;
  else result.relsCreated++;
}

function toNode(row: NodeRow): GraphNode {
  return {
    kind: 'node',
    label: row.label as NodeLabel,
    key: row.key,
    props: JSON.parse(row.props),
  };
}

function toRel(row: RelRow): GraphRelationship {
  const rel: GraphRelationship = {
    kind: 'rel',
    type: row.type as RelType,
    from: row.from_key,
    to: row.to_key,
    props: JSON.parse(row.props),
  };
  if (row.line !== NO_LINE) rel.line = row.line;
  return rel;
}

function toPrice(row: PriceRow): Price {
  return { fdcId: row.fdc_id, usdPerKg: row.usd_per_kg, source: row.source };
}
