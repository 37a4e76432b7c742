/**
 * RecordingDriver: a test double for `neo4j-driver`, NOT a database.
 *
 * It stands in for the driver at the Neo4j store's boundary
 * (DriverLike in src/store/neo4j-driver-port.ts) and records every
 * session, transaction, statement and parameter list the store sends.
 * To answer, it keeps a deliberately small model of what the store's
 * statements do: a set of node keys per label, a set of relationship
 * identities (type, from, to, line), the catalog rows and the prices.
 * It recognises statements by comparing their text with the constants of
 * src/store/cypher.ts; it does not interpret Cypher. Each transaction
 * works on a copy of the model that replaces it on commit and is dropped
 * when the work throws, as a rolled-back transaction would be.
 *
 * It can be told to fail: `failOn` returns an error for a statement, and
 * `unreachable` makes every session fail as the driver does once its
 * retries give up. It does not retry: the driver's retry loop is the
 * driver's, exercised only by the live suite against a real Neo4j.
 */
import neo4j, { Neo4jError } from 'neo4j-driver';
import * as Q from '../../src/store/cypher.ts';
import type {
  DriverLike,
  RecordLike,
  ResultLike,
  SessionLike,
  TxLike,
} from '../../src/store/neo4j-driver-port.ts';

export interface RecordedCall {
  tx: number;
  mode: 'READ' | 'WRITE';
  query: string;
  params: Record<string, unknown>;
}

type Row = Record<string, unknown>;

interface Model {
  nodes: Map<string, Set<string>>;
  rels: Set<string>;
  foods: Map<number, Row>;
  prices: Map<number, Row>;
}

const copy = (m: Model): Model => ({
  nodes: new Map([...m.nodes].map(([l, s]) => [l, new Set(s)])),
  rels: new Set(m.rels),
  foods: new Map(m.foods),
  prices: new Map(m.prices),
});

/** A driver error as neo4j-driver raises it. */
export function neo4jError(code: string, message = `fake ${code}`) {
  return new Neo4jError(message, code, '50N42', 'general processing exception');
}

export class RecordingDriver implements DriverLike {
  calls: RecordedCall[] = [];
  transactions: Array<'committed' | 'rolled back'> = [];
  sessionsOpened = 0;
  sessionsClosed = 0;
  closed = false;
  unreachable = false;
  failOn?: (call: RecordedCall) => Error | undefined;
  private model: Model = {
    nodes: new Map(Q.NODE_LABELS.map((l) => [l, new Set<string>()])),
    rels: new Set(),
    foods: new Map(),
    prices: new Map(),
  };

  session(config: { database: string; defaultAccessMode: 'READ' | 'WRITE' }) {
    this.sessionsOpened++;
    const run = <T>(mode: 'READ' | 'WRITE', work: (tx: TxLike) => Promise<T>) =>
      this.transaction(mode, work);
    const session: SessionLike = {
      executeWrite: (work) => run('WRITE', work),
      executeRead: (work) => run('READ', work),
      close: async () => {
        this.sessionsClosed++;
      },
    };
    void config;
    return session;
  }

  async getServerInfo() {
    if (this.unreachable) throw neo4jError(neo4j.error.SERVICE_UNAVAILABLE);
    return { address: 'localhost:7687', agent: 'Neo4j/5.26.0' };
  }

  async close() {
    this.closed = true;
  }

  /** Statements sent in write transactions, in order. */
  writes(): RecordedCall[] {
    return this.calls.filter((c) => c.mode === 'WRITE');
  }

  private async transaction<T>(
    mode: 'READ' | 'WRITE',
    work: (tx: TxLike) => Promise<T>,
  ): Promise<T> {
    if (this.unreachable) throw neo4jError(neo4j.error.SERVICE_UNAVAILABLE);
    const id = this.transactions.length;
    this.transactions.push('rolled back');
    const staged = copy(this.model);
    const tx: TxLike = {
      run: async (query, params = {}) => {
        const call = { tx: id, mode, query, params };
        this.calls.push(call);
        const err = this.failOn?.(call);
        if (err) throw err;
        return answer(staged, query, params);
      },
    };
    const result = await work(tx);
    this.model = staged;
    this.transactions[id] = 'committed';
    return result;
  }
}

function answer(m: Model, query: string, params: Row): ResultLike {
  const rows = (params.rows ?? []) as Row[];
  const label = keyOf(Q.MERGE_NODES, query);
  if (label) return mergeNodes(m.nodes.get(label)!, rows);
  const type = keyOf(Q.MERGE_RELS, query);
  if (type) return mergeRels(m, type as keyof typeof Q.REL_ENDPOINTS, rows);
  const counted = keyOf(Q.COUNT_NODES, query);
  if (counted) return single('n', countNodes(m, counted));
  switch (query) {
    case Q.COUNT_RELS:
      return single('n', m.rels.size);
    case Q.COUNT_FOODS:
      return single('n', m.foods.size);
    case Q.UPSERT_FOODS:
      return upsertFoods(m, rows);
    case Q.LIST_FOODS:
      return result(byFdcId(m.foods).map((food) => ({ food })));
    case Q.GET_FOOD: {
      const food = m.foods.get(Number(params.fdcId));
      return result(food ? [{ food }] : []);
    }
    case Q.CLEAR_PRICES:
      m.prices.clear();
      return result([]);
    case Q.SET_PRICES:
      return setPrices(m, rows);
    case Q.LIST_PRICES:
      return result(byFdcId(m.prices));
    case Q.GET_PRICE: {
      const price = m.prices.get(Number(params.fdcId));
      return result(price ? [price] : []);
    }
  }
  // Constraints; getRecipe's statements are answered by the live suite.
  return result([]);
}

function mergeNodes(keys: Set<string>, rows: Row[]): ResultLike {
  let created = 0;
  for (const row of rows) {
    if (keys.has(row.key as string)) continue;
    keys.add(row.key as string);
    created++;
  }
  return result([{ written: rows.length }], { nodesCreated: created });
}

function mergeRels(
  m: Model,
  type: keyof typeof Q.REL_ENDPOINTS,
  rows: Row[],
): ResultLike {
  const { from, to } = Q.REL_ENDPOINTS[type];
  let written = 0;
  let created = 0;
  for (const row of rows) {
    const ends =
      m.nodes.get(from)!.has(row.from as string) &&
      m.nodes.get(to)!.has(row.to as string);
    if (!ends) continue; // MATCH finds no endpoint: the row is dropped
    written++;
    const id = `${type}|${row.from}|${row.to}|${String(row.line ?? '')}`;
    if (!m.rels.has(id)) created++;
    m.rels.add(id);
  }
  return result([{ written }], { relationshipsCreated: created });
}

function upsertFoods(m: Model, rows: Row[]): ResultLike {
  let created = 0;
  const keys = m.nodes.get('Food')!;
  for (const row of rows) {
    if (!keys.has(row.key as string)) created++;
    keys.add(row.key as string);
    // As stored and read back with lossless integers off.
    m.foods.set(Number(row.fdcId), { ...row, fdcId: Number(row.fdcId) });
  }
  return result([{ written: rows.length }], { nodesCreated: created });
}

function setPrices(m: Model, rows: Row[]): ResultLike {
  let written = 0;
  for (const row of rows) {
    const fdcId = Number(row.fdcId);
    if (!m.foods.has(fdcId)) continue;
    m.prices.set(fdcId, { ...row, fdcId });
    written++;
  }
  return result([{ written }]);
}

function countNodes(m: Model, which: string): number {
  if (which !== 'all') return m.nodes.get(which)!.size;
  return [...m.nodes.values()].reduce((n, s) => n + s.size, 0);
}

function keyOf(table: Record<string, string>, query: string) {
  return Object.entries(table).find(([, text]) => text === query)?.[0];
}

function single(name: string, value: number): ResultLike {
  return result([{ [name]: value }]);
}

function result(
  rows: Row[],
  updates: { nodesCreated?: number; relationshipsCreated?: number } = {},
): ResultLike {
  const records: RecordLike[] = rows.map((row) => ({
    get: (key: string) => row[key],
  }));
  const counters = {
    updates: () => ({
      nodesCreated: updates.nodesCreated ?? 0,
      relationshipsCreated: updates.relationshipsCreated ?? 0,
    }),
  };
  return { records, summary: { counters } };
}

const byFdcId = (rows: Map<number, Row>) =>
  [...rows].sort(([a], [b]) => a - b).map(([, row]) => row);
