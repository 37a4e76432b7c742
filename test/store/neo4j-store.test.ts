/**
 * The Neo4j store at the driver boundary, against RecordingDriver: a
 * recording double of neo4j-driver (see neo4j-recording-driver.ts), not
 * a database. These tests check what the store sends (statements,
 * grouping, parameters, transactions, sessions) and what it makes of the
 * answers and failures. neo4j-live.test.ts runs the same scenarios on a
 * real Neo4j when NEO4J_URI is set.
 */
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  SimpleSpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import { trace } from '@opentelemetry/api';
import neo4j from 'neo4j-driver';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ATTR, SPAN } from '../../otel/names.ts';
import { batches, buildGraph } from '../../src/graph/build-graph.ts';
import type { GraphBatch, GraphNode } from '../../src/graph/graph-model.ts';
import * as Q from '../../src/store/cypher.ts';
import { Neo4jStore } from '../../src/store/neo4j-store.ts';
import { FOODS, shortbread } from '../fixtures/scaled-recipe.ts';
import { RecordingDriver, neo4jError } from './neo4j-recording-driver.ts';

const spans = new InMemorySpanExporter();
beforeAll(() => {
  trace.setGlobalTracerProvider(
    new BasicTracerProvider({
      spanProcessors: [new SimpleSpanProcessor(spans)],
    }),
  );
});

const SETTINGS = {
  uri: 'bolt://neo4j.test:7687',
  user: 'neo4j',
  password: 'secret',
  database: 'neo4j',
};
const code = (c: string) => expect.objectContaining({ code: c });
const oneBatch = (input = shortbread()): GraphBatch => {
  const [batch, ...rest] = [...batches(buildGraph(input))];
  expect(rest).toHaveLength(0);
  return batch!;
};
const food = (key: string): GraphNode => ({
  kind: 'node',
  label: 'Food',
  key,
  props: { name: key },
});
const ALL_TEXTS = new Set(Q.CYPHER_STATEMENTS.map((s) => s.text));

let driver: RecordingDriver;
let store: Neo4jStore;
beforeEach(async () => {
  spans.reset();
  driver = new RecordingDriver();
  store = new Neo4jStore(SETTINGS, driver);
  await store.init();
});
afterEach(async () => {
  // Whatever a test did, every session was closed and every statement
  // sent is one the Cypher parser test checks.
  expect(driver.sessionsClosed).toBe(driver.sessionsOpened);
  for (const call of driver.calls) expect(ALL_TEXTS).toContain(call.query);
  await store.close();
});

describe('Neo4jStore init', () => {
  it('creates the four key constraints, each IF NOT EXISTS', () => {
    const sent = driver.writes().map((c) => c.query);
    expect(sent).toEqual(Q.CONSTRAINTS);
    expect(sent.every((q) => q.includes(' IF NOT EXISTS '))).toBe(true);
    expect(driver.transactions).toEqual(Array(4).fill('committed'));
  });

  it('sends nothing more when init is called again', async () => {
    await store.init();
    expect(driver.calls).toHaveLength(4);
  });
});

describe('Neo4jStore graph writes', () => {
  // Shortbread by hand: 1 recipe + 3 foods + 9 nutrients = 13 nodes;
  // 3 CONTAINS + 3 × 9 HAS_NUTRIENT + 9 PROVIDES = 39 relationships.
  it('sends one UNWIND per label, then per type, in one transaction', async () => {
    driver.calls = [];
    await store.writeBatch(oneBatch());
    const sent = driver.calls.map((c) => [
      c.query,
      (c.params.rows as []).length,
    ]);
    expect(sent).toEqual([
      [Q.MERGE_NODES.Recipe, 1],
      [Q.MERGE_NODES.Food, 3],
      [Q.MERGE_NODES.Nutrient, 9],
      [Q.MERGE_RELS.CONTAINS, 3],
      [Q.MERGE_RELS.HAS_NUTRIENT, 27],
      [Q.MERGE_RELS.PROVIDES, 9],
    ]);
    expect(new Set(driver.calls.map((c) => c.tx)).size).toBe(1);
    expect(driver.calls.every((c) => c.mode === 'WRITE')).toBe(true);
  });

  it('reports everything created on the first write', async () => {
    expect(await store.writeBatch(oneBatch())).toEqual({
      nodesCreated: 13,
      nodesMatched: 0,
      relsCreated: 39,
      relsMatched: 0,
    });
  });

  it('reports everything matched when the same recipe is written twice', async () => {
    await store.writeBatch(oneBatch());
    expect(await store.writeBatch(oneBatch())).toEqual({
      nodesCreated: 0,
      nodesMatched: 13,
      relsCreated: 0,
      relsMatched: 39,
    });
    expect(await store.countNodes()).toBe(13);
    expect(await store.countRelationships()).toBe(39);
  });

  it('shares foods and nutrients between two targets of a recipe', async () => {
    await store.writeBatch(oneBatch(shortbread(4)));
    // A new Recipe node and its 3 CONTAINS + 9 PROVIDES; the rest exists.
    expect(await store.writeBatch(oneBatch(shortbread(8)))).toEqual({
      nodesCreated: 1,
      nodesMatched: 12,
      relsCreated: 12,
      relsMatched: 27,
    });
  });

  it('writes the same graph when it arrives in small batches', async () => {
    for (const batch of batches(buildGraph(shortbread()), 4)) {
      await store.writeBatch(batch);
    }
    // 13 nodes in batches of 4: 4 + 4 + 4 + 1.
    expect(driver.transactions.slice(4)).toEqual(Array(4).fill('committed'));
    expect(await store.countNodes()).toBe(13);
    expect(await store.countRelationships()).toBe(39);
  });
});

describe('Neo4jStore parameters', () => {
  it('sends a Cypher-like title as a parameter value, never as Cypher', async () => {
    const title = "'}) DETACH DELETE n //";
    const input = shortbread();
    input.recipe = { ...input.recipe, title };
    await store.writeBatch(oneBatch(input));
    const recipe = driver.calls.find((c) => c.query === Q.MERGE_NODES.Recipe)!;
    expect(recipe.params.rows).toEqual([
      expect.objectContaining({
        props: expect.objectContaining({ title }),
      }),
    ]);
    for (const call of driver.calls) expect(call.query).not.toContain('DETACH');
  });

  it('sends whole numbers as Cypher integers and fractions as floats', async () => {
    await store.writeBatch(oneBatch());
    const foods = driver.calls.find((c) => c.query === Q.MERGE_NODES.Food)!;
    const butter = (
      foods.params.rows as Array<{
        key: string;
        props: Record<string, unknown>;
      }>
    ).find((r) => r.key === 'food:173410')!;
    expect(neo4j.isInt(butter.props.fdcId)).toBe(true);
    expect(Number(butter.props.fdcId)).toBe(173410);
    const contains = driver.calls.find(
      (c) => c.query === Q.MERGE_RELS.CONTAINS,
    )!;
    const lines = (contains.params.rows as Array<{ line: unknown }>).map(
      (r) => r.line,
    );
    expect(lines.every((l) => neo4j.isInt(l))).toBe(true);
    expect(lines.map(Number)).toEqual([0, 1, 2]);
  });

  it('leaves out properties that have no value rather than sending null', async () => {
    await store.writeBatch(oneBatch());
    for (const call of driver.writes()) {
      for (const row of (call.params.rows ?? []) as Array<{ props: object }>) {
        expect(Object.values(row.props)).not.toContain(null);
      }
    }
  });
});

describe('Neo4jStore failed batches', () => {
  beforeEach(async () => {
    await store.writeBatch({
      index: 0,
      nodes: [food('food:1')],
      relationships: [],
    });
  });

  it('keeps nothing of a batch whose relationship has no endpoint', async () => {
    const batch: GraphBatch = {
      index: 1,
      nodes: [food('food:2'), food('food:3')],
      relationships: [
        {
          kind: 'rel',
          type: 'HAS_NUTRIENT',
          from: 'food:2',
          to: 'nutrient:x',
          props: {},
        },
      ],
    };
    await expect(store.writeBatch(batch)).rejects.toThrow(
      code('store_missing_endpoint'),
    );
    expect(driver.transactions.at(-1)).toBe('rolled back');
    expect(await store.countNodes()).toBe(1);
  });

  it('keeps nothing of a batch the server refuses midway', async () => {
    driver.failOn = (call) =>
      call.query === Q.MERGE_RELS.HAS_NUTRIENT
        ? neo4jError('Neo.ClientError.Schema.ConstraintValidationFailed')
        : undefined;
    const err = await store.writeBatch(oneBatch()).catch((e) => e);
    expect(err).toMatchObject({ code: 'store_batch_failed' });
    expect(err.message).toContain('batch 0, rolled back');
    expect(err.message).toContain(
      'Neo.ClientError.Schema.ConstraintValidationFailed',
    );
    expect(driver.transactions.at(-1)).toBe('rolled back');
    expect(await store.countNodes()).toBe(1);
    expect(await store.countRelationships()).toBe(0);
  });

  it('says the server is unreachable, and stays usable once it is back', async () => {
    driver.unreachable = true;
    const err = await store.writeBatch(oneBatch()).catch((e) => e);
    expect(err).toMatchObject({ code: 'store_unavailable' });
    expect(err.message).toContain(
      'neo4j at bolt://neo4j.test:7687 is unreachable',
    );
    expect(await store.health()).toMatchObject({ ok: false });
    expect((await store.health()).detail).toContain('unreachable');

    driver.unreachable = false;
    expect((await store.writeBatch(oneBatch())).nodesCreated).toBe(13);
    expect(await store.health()).toEqual({
      ok: true,
      detail: 'neo4j bolt://neo4j.test:7687 database neo4j (Neo4j/5.26.0)',
    });
  });

  it('refuses a batch of more than 500 nodes before opening a session', async () => {
    const opened = driver.sessionsOpened;
    const nodes = Array.from({ length: 501 }, (_, i) => food(`food:${i + 10}`));
    await expect(
      store.writeBatch({ index: 1, nodes, relationships: [] }),
    ).rejects.toThrow(code('store_batch_too_large'));
    expect(driver.sessionsOpened).toBe(opened);
  });

  it('refuses a label outside the graph model before any Cypher is built', async () => {
    const opened = driver.sessionsOpened;
    const node = {
      ...food('x'),
      label: 'Food) DETACH DELETE (m',
    } as unknown as GraphNode;
    await expect(
      store.writeBatch({ index: 1, nodes: [node], relationships: [] }),
    ).rejects.toThrow(code('store_batch_failed'));
    expect(driver.sessionsOpened).toBe(opened);
  });
});

describe('Neo4jStore batch spans', () => {
  it('makes each batch a span with the system, operation and counts', async () => {
    await store.writeBatch(oneBatch());
    const [span] = spans.getFinishedSpans();
    expect(span?.name).toBe(SPAN.storeBatch);
    expect(span?.attributes).toEqual({
      [ATTR.dbSystem]: 'neo4j',
      [ATTR.dbOperation]: 'MERGE',
      [ATTR.dbBatchSize]: 13 + 39,
      [ATTR.nodesWritten]: 13,
      [ATTR.relsWritten]: 39,
    });
  });

  it('marks the span of a failed batch as an error with its code', async () => {
    driver.unreachable = true;
    await store.writeBatch(oneBatch()).catch(() => undefined);
    const [span] = spans.getFinishedSpans();
    expect(span?.status).toEqual({ code: 2, message: 'store_unavailable' });
    expect(span?.attributes[ATTR.nodesWritten]).toBeUndefined();
  });
});

describe('Neo4jStore catalog', () => {
  it('stores the USDA foods on Food nodes and reads them back whole', async () => {
    await store.upsertFoods(FOODS);
    expect(await store.foodCount()).toBe(FOODS.length);
    expect(await store.listFoods()).toEqual(
      [...FOODS].sort((a, b) => a.fdcId - b.fdcId),
    );
    const butter = FOODS.find((f) => f.fdcId === 173410)!;
    expect(await store.getFood(173410)).toEqual(butter);
    expect(await store.getFood(1)).toBeUndefined();
  });

  it('sends nutrients and portions as JSON text, since properties cannot be maps', async () => {
    const butter = FOODS.find((f) => f.fdcId === 173410)!;
    await store.upsertFoods([butter]);
    const [row] = driver.writes().at(-1)!.params.rows as Array<
      Record<string, unknown>
    >;
    expect(row).toMatchObject({
      key: 'food:173410',
      nutrientsJson: JSON.stringify(butter.nutrientsPer100g),
      portionsJson: JSON.stringify(butter.portions),
      aliases: butter.aliases,
    });
  });

  it('loads more than 500 foods in statements of at most 500 rows, one transaction', async () => {
    const many = Array.from({ length: 1201 }, (_, i) => ({
      ...FOODS[0]!,
      fdcId: i + 1,
    }));
    driver.calls = [];
    await store.upsertFoods(many);
    expect(driver.calls.map((c) => (c.params.rows as []).length)).toEqual([
      500, 500, 201,
    ]);
    expect(new Set(driver.calls.map((c) => c.tx)).size).toBe(1);
  });

  it('swaps the price list, and keeps the old one when a price names no food', async () => {
    await store.upsertFoods(FOODS.slice(0, 2));
    const [a, b] = FOODS.map((f) => f.fdcId);
    const old = [{ fdcId: a!, usdPerKg: 5.5, source: 'BLS test' }];
    await store.replacePrices(old);
    expect(await store.listPrices()).toEqual(old);
    expect(await store.getPrice(a!)).toEqual(old[0]);

    const bad = [
      { fdcId: b!, usdPerKg: 2, source: 'x' },
      { fdcId: 999, usdPerKg: 1, source: 'x' },
    ];
    await expect(store.replacePrices(bad)).rejects.toThrow(
      code('store_missing_endpoint'),
    );
    expect(await store.listPrices()).toEqual(old);
  });
});

describe('Neo4jStore lifecycle', () => {
  it('closes the driver once, and refuses work afterwards', async () => {
    await store.close();
    await store.close();
    expect(driver.closed).toBe(true);
    await expect(store.countNodes()).rejects.toThrow(code('store_unavailable'));
    expect((await store.health()).ok).toBe(false);
  });

  it('reports an unreachable server at init with the URI', async () => {
    const down = new RecordingDriver();
    down.unreachable = true;
    const fresh = new Neo4jStore(SETTINGS, down);
    const err = await fresh.init().catch((e) => e);
    expect(err).toMatchObject({ code: 'store_unavailable' });
    expect(err.message).toContain('bolt://neo4j.test:7687 is unreachable');
    expect((await fresh.health()).ok).toBe(false);
    await fresh.close();
  });
});
