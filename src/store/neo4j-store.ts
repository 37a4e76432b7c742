/**
 * The Neo4j store: the recipe graph and the catalog in a Neo4j database,
 * through the official driver. Chosen when NEO4J_URI is set.
 *
 * A batch is one managed write transaction (the driver retries it on
 * transient errors): nodes merged on `key`, grouped by label, then
 * relationships merged on their endpoints, grouped by type, each group
 * one `UNWIND $rows` statement. On any error the transaction rolls back
 * and writeBatch rejects with a StoreError.
 *
 * The catalog lives on the same Food nodes the recipes point at; see
 * neo4j-params.ts for how its nested data is stored. So countNodes('Food')
 * counts catalog foods too, and a recipe's first write matches its Food
 * nodes instead of creating them, unlike the SQLite store whose catalog
 * is a table apart.
 */
import { SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import { ATTR, SPAN, TRACER_NAME } from '../../otel/names.ts';
import type { Food, Price } from '../catalog/food.ts';
import {
  MAX_NODES_PER_BATCH,
  type GraphBatch,
  type GraphRelationship,
  type NodeLabel,
  type RelType,
} from '../graph/graph-model.ts';
import * as Q from './cypher.ts';
import type {
  BatchResult,
  CatalogStore,
  GraphStore,
  StoreHealth,
  StoredRecipe,
} from './graph-store.ts';
import {
  type DriverLike,
  type Neo4jSettings,
  type ResultLike,
  type TxLike,
  describeNeo4jError,
  inSession,
  isUnreachable,
  openDriver,
} from './neo4j-driver-port.ts';
import {
  type FoodRecord,
  type NodeRow,
  type RelRow,
  foodRow,
  graphProps,
  nodeRowsByLabel,
  priceRow,
  relRowsByType,
  toFood,
  toParam,
} from './neo4j-params.ts';
import { StoreError } from './store-error.ts';

const tracer = trace.getTracer(TRACER_NAME);

export class Neo4jStore implements GraphStore, CatalogStore {
  private readonly driver: DriverLike;
  private initialised = false;
  private closed = false;

  /** `driver` replaces the real one; tests pass a recording double. */
  constructor(
    readonly settings: Neo4jSettings,
    driver?: DriverLike,
  ) {
    this.driver = driver ?? openDriver(settings);
  }

  /** Creates the key constraints, each in its own schema transaction. */
  async init(): Promise<void> {
    if (this.initialised) return;
    for (const statement of Q.CONSTRAINTS) {
      await this.write('create constraints', (tx) => tx.run(statement));
    }
    this.initialised = true;
  }

  async writeBatch(batch: GraphBatch): Promise<BatchResult> {
    this.assertOpen();
    if (batch.nodes.length > MAX_NODES_PER_BATCH) {
      throw new StoreError(
        'store_batch_too_large',
        `store: batch ${batch.index} has ${batch.nodes.length} nodes, ` +
          `more than ${MAX_NODES_PER_BATCH}`,
      );
    }
    const nodes = nodeRowsByLabel(batch.nodes);
    const rels = relRowsByType(batch.relationships);
    return tracer.startActiveSpan(SPAN.storeBatch, async (span) => {
      span.setAttributes({
        [ATTR.dbSystem]: 'neo4j',
        [ATTR.dbOperation]: 'MERGE',
        [ATTR.dbBatchSize]: batch.nodes.length + batch.relationships.length,
      });
      try {
        const result = await this.write(`batch ${batch.index}`, (tx) =>
          writeGroups(tx, nodes, rels),
        );
        span.setAttributes({
          [ATTR.nodesWritten]: result.nodesCreated + result.nodesMatched,
          [ATTR.relsWritten]: result.relsCreated + result.relsMatched,
        });
        return result;
      } catch (err) {
        failSpan(span, err);
        throw err;
      } finally {
        span.end();
      }
    });
  }

  async countNodes(label?: NodeLabel): Promise<number> {
    return this.count(Q.COUNT_NODES[label ?? 'all']);
  }

  async countRelationships(): Promise<number> {
    return this.count(Q.COUNT_RELS);
  }

  async getRecipe(key: string): Promise<StoredRecipe | undefined> {
    const [recipe, contains, provides] = await this.read(
      'read recipe',
      async (tx) => [
        await tx.run(Q.GET_RECIPE, { key }),
        await tx.run(Q.GET_CONTAINS, { key }),
        await tx.run(Q.GET_PROVIDES, { key }),
      ],
    );
    const row = recipe.records[0];
    if (!row) return undefined;
    const foods = new Map<string, Record<string, unknown>>();
    for (const r of contains.records) {
      foods.set(
        r.get('to') as string,
        r.get('food') as Record<string, unknown>,
      );
    }
    return {
      recipe: {
        kind: 'node',
        label: 'Recipe',
        key,
        props: graphProps(row.get('props') as Record<string, unknown>),
      },
      foods: [...foods].map(([k, p]) => ({
        kind: 'node',
        label: 'Food',
        key: k,
        props: graphProps(p),
      })),
      contains: contains.records.map((r) => storedRel('CONTAINS', key, r)),
      provides: provides.records.map((r) => storedRel('PROVIDES', key, r)),
    };
  }

  async health(): Promise<StoreHealth> {
    const where = `neo4j ${this.settings.uri} database ${this.settings.database}`;
    if (this.closed) return { ok: false, detail: `${where}: closed` };
    try {
      const info = await this.driver.getServerInfo({
        database: this.settings.database,
      });
      const server = `${where} (${info.agent ?? 'unknown server'})`;
      return this.initialised
        ? { ok: true, detail: server }
        : { ok: false, detail: `${server}, not initialised` };
    } catch (err) {
      return {
        ok: false,
        detail: `${where}: ${isUnreachable(err) ? 'unreachable, ' : ''}${describeNeo4jError(err)}`,
      };
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.driver.close();
  }

  // ── Catalog ──────────────────────────────────────────────────────────

  async foodCount(): Promise<number> {
    return this.count(Q.COUNT_FOODS);
  }

  async getFood(fdcId: number): Promise<Food | undefined> {
    const res = await this.read('read food', (tx) =>
      tx.run(Q.GET_FOOD, { fdcId: toParam(fdcId) }),
    );
    const row = res.records[0];
    return row && toFood(row.get('food') as FoodRecord);
  }

  async listFoods(): Promise<Food[]> {
    const res = await this.read('list foods', (tx) => tx.run(Q.LIST_FOODS));
    return res.records.map((r) => toFood(r.get('food') as FoodRecord));
  }

  /** One transaction; statements of at most MAX_NODES_PER_BATCH rows. */
  async upsertFoods(foods: readonly Food[]): Promise<void> {
    const rows = foods.map(foodRow);
    await this.write('load catalog', async (tx) => {
      for (let i = 0; i < rows.length; i += MAX_NODES_PER_BATCH) {
        const chunk = rows.slice(i, i + MAX_NODES_PER_BATCH);
        await tx.run(Q.UPSERT_FOODS, { rows: chunk });
      }
    });
  }

  async getPrice(fdcId: number): Promise<Price | undefined> {
    const res = await this.read('read price', (tx) =>
      tx.run(Q.GET_PRICE, { fdcId: toParam(fdcId) }),
    );
    const row = res.records[0];
    return row && toPrice(row);
  }

  async listPrices(): Promise<Price[]> {
    const res = await this.read('list prices', (tx) => tx.run(Q.LIST_PRICES));
    return res.records.map(toPrice);
  }

  /** A price for a food that is not stored rolls the whole swap back. */
  async replacePrices(prices: readonly Price[]): Promise<void> {
    const rows = prices.map(priceRow);
    await this.write('replace prices', async (tx) => {
      await tx.run(Q.CLEAR_PRICES);
      const res = await tx.run(Q.SET_PRICES, { rows });
      const written = writtenCount(res);
      if (written !== rows.length) {
        throw new StoreError(
          'store_missing_endpoint',
          `store: ${rows.length - written} of ${rows.length} prices name a food that is not stored`,
        );
      }
    });
  }

  // ── Sessions ─────────────────────────────────────────────────────────

  private async count(statement: string): Promise<number> {
    const res = await this.read('count', (tx) => tx.run(statement));
    return Number(res.records[0]?.get('n') ?? 0);
  }

  private write<T>(what: string, work: (tx: TxLike) => PromiseLike<T>) {
    return this.inSession(what, 'WRITE', work);
  }

  private read<T>(what: string, work: (tx: TxLike) => PromiseLike<T>) {
    return this.inSession(what, 'READ', work);
  }

  private async inSession<T>(
    what: string,
    mode: 'READ' | 'WRITE',
    work: (tx: TxLike) => PromiseLike<T>,
  ): Promise<T> {
    this.assertOpen();
    try {
      return await inSession(this.driver, this.settings.database, mode, work);
    } catch (err) {
      throw this.storeError(what, mode, err);
    }
  }

  /**
   * A refused write is `store_batch_failed`; a server that cannot be
   * reached, or a read that fails, is `store_unavailable`.
   */
  private storeError(what: string, mode: string, err: unknown): StoreError {
    if (err instanceof StoreError) return err;
    const unavailable = isUnreachable(err) || mode === 'READ';
    const rolledBack = mode === 'WRITE' ? ', rolled back' : '';
    const outcome = isUnreachable(err) ? ' is unreachable' : ' failed';
    return new StoreError(
      unavailable ? 'store_unavailable' : 'store_batch_failed',
      `store: ${what}${rolledBack}: neo4j at ${this.settings.uri}` +
        `${outcome} (${describeNeo4jError(err)})`,
      { cause: err },
    );
  }

  private assertOpen(): void {
    if (this.closed) {
      throw new StoreError('store_unavailable', 'store: neo4j store closed');
    }
  }
}

/** Nodes label by label, then relationships type by type. */
async function writeGroups(
  tx: TxLike,
  nodes: Map<NodeLabel, NodeRow[]>,
  rels: Map<RelType, RelRow[]>,
): Promise<BatchResult> {
  const result: BatchResult = {
    nodesCreated: 0,
    nodesMatched: 0,
    relsCreated: 0,
    relsMatched: 0,
  };
  for (const [label, rows] of nodes) {
    const res = await tx.run(Q.MERGE_NODES[label], { rows });
    const created = res.summary.counters.updates().nodesCreated;
    result.nodesCreated += created;
    result.nodesMatched += writtenCount(res) - created;
  }
  for (const [type, rows] of rels) {
    const res = await tx.run(Q.MERGE_RELS[type], { rows });
    const written = writtenCount(res);
    if (written !== rows.length) throw missingEndpoint(type, rows, written);
    const created = res.summary.counters.updates().relationshipsCreated;
    result.relsCreated += created;
    result.relsMatched += written - created;
  }
  return result;
}

function missingEndpoint(type: RelType, rows: RelRow[], written: number) {
  const first = rows[0]!;
  return new StoreError(
    'store_missing_endpoint',
    `store: ${rows.length - written} of ${rows.length} ${type} ` +
      `relationships (first ${first.from} -> ${first.to}) refer to a node ` +
      `that is neither stored nor in its batch`,
  );
}

function writtenCount(res: ResultLike): number {
  return Number(res.records[0]?.get('written') ?? 0);
}

function storedRel(
  type: GraphRelationship['type'],
  from: string,
  r: { get(key: string): unknown },
): GraphRelationship {
  const rel: GraphRelationship = {
    kind: 'rel',
    type,
    from,
    to: r.get('to') as string,
    props: graphProps(r.get('props') as Record<string, unknown>),
  };
  if (type === 'CONTAINS') rel.line = Number(r.get('line'));
  return rel;
}

function toPrice(r: { get(key: string): unknown }): Price {
  return {
    fdcId: Number(r.get('fdcId')),
    usdPerKg: Number(r.get('usdPerKg')),
    source: r.get('source') as string,
  };
}

function failSpan(span: Span, err: unknown) {
  span.recordException(err as Error);
  span.setStatus({
    code: SpanStatusCode.ERROR,
    message: (err as { code?: string }).code ?? 'error',
  });
}
