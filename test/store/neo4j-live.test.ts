/**
 * The Neo4j store against a real Neo4j, when NEO4J_URI is set (with
 * NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE as the service reads them);
 * skipped, with a warning saying so, otherwise. The scenarios are those of
 * neo4j-store.test.ts, which runs them against a recording double.
 *
 * It DELETES every Recipe, Food and Nutrient node of NEO4J_DATABASE before
 * each test: point it at a scratch server (docs/neo4j.md shows one).
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { batches, buildGraph } from '../../src/graph/build-graph.ts';
import type { GraphBatch, GraphNode } from '../../src/graph/graph-model.ts';
import { Neo4jStore } from '../../src/store/neo4j-store.ts';
import { FOODS, shortbread } from '../fixtures/scaled-recipe.ts';

const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
const uri = config.NEO4J_URI;
if (!uri) {
  // A skipped live suite must be visible in every log, CI's included.
  // eslint-disable-next-line no-console
  console.warn(
    '\n*** neo4j-live: SKIPPED, NEO4J_URI is not set; these tests need a running Neo4j (see docs/neo4j.md) ***\n',
  );
}

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
  props: { name: key, fdcId: Number(key.split(':')[1]) },
});

describe.skipIf(!uri)('Neo4jStore on a live Neo4j', () => {
  let store: Neo4jStore;
  let admin: Driver;
  beforeAll(async () => {
    store = new Neo4jStore({
      uri: uri!,
      user: config.NEO4J_USER,
      password: config.NEO4J_PASSWORD,
      database: config.NEO4J_DATABASE,
    });
    await store.init();
    admin = neo4j.driver(
      uri!,
      config.NEO4J_PASSWORD === undefined
        ? undefined
        : neo4j.auth.basic(config.NEO4J_USER, config.NEO4J_PASSWORD),
    );
  });
  afterAll(async () => {
    await store?.close();
    await admin?.close();
  });
  beforeEach(async () => {
    await admin.executeQuery(
      'MATCH (n) WHERE n:Recipe OR n:Food OR n:Nutrient DETACH DELETE n',
      {},
      { database: config.NEO4J_DATABASE },
    );
  });

  it('is healthy once initialised, and init can run again', async () => {
    await store.init();
    expect(await store.health()).toMatchObject({ ok: true });
  });

  // Shortbread by hand: 1 recipe + 3 foods + 9 nutrients = 13 nodes;
  // 3 CONTAINS + 3 × 9 HAS_NUTRIENT + 9 PROVIDES = 39 relationships.
  it('creates the graph, then adds nothing when it is written again', async () => {
    expect(await store.writeBatch(oneBatch())).toEqual({
      nodesCreated: 13,
      nodesMatched: 0,
      relsCreated: 39,
      relsMatched: 0,
    });
    expect(await store.writeBatch(oneBatch())).toEqual({
      nodesCreated: 0,
      nodesMatched: 13,
      relsCreated: 0,
      relsMatched: 39,
    });
    expect(await store.countNodes()).toBe(13);
    expect(await store.countNodes('Food')).toBe(3);
    expect(await store.countRelationships()).toBe(39);
  });

  it('shares foods and nutrients between two targets of a recipe', async () => {
    await store.writeBatch(oneBatch(shortbread(4)));
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
    expect(await store.countNodes()).toBe(13);
    expect(await store.countRelationships()).toBe(39);
  });

  it('reads a recipe back with its foods and relationships', async () => {
    const batch = oneBatch();
    await store.writeBatch(batch);
    const stored = await store.getRecipe(batch.nodes[0]!.key);
    expect(stored?.recipe.props.title).toBe('Scottish Shortbread');
    expect(stored?.foods.map((f) => f.key).sort()).toEqual([
      'food:168894',
      'food:169655',
      'food:173410',
    ]);
    expect(stored?.contains.map((r) => [r.line, r.props.scaledGrams])).toEqual([
      [0, 250],
      [1, 100],
      [2, 200],
    ]);
    expect(stored?.provides).toHaveLength(9);
    expect(await store.getRecipe('recipe:none:000000000000')).toBeUndefined();
  });

  it('stores a Cypher-like title as text and deletes nothing', async () => {
    const title = "'}) DETACH DELETE n //";
    const input = shortbread();
    input.recipe = { ...input.recipe, title };
    const batch = oneBatch(input);
    await store.writeBatch(batch);
    expect(
      (await store.getRecipe(batch.nodes[0]!.key))?.recipe.props.title,
    ).toBe(title);
    expect(await store.countNodes()).toBe(13);
  });

  it('keeps nothing of a batch whose relationship has no endpoint', async () => {
    await store.writeBatch({
      index: 0,
      nodes: [food('food:1')],
      relationships: [],
    });
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
    expect(await store.countNodes()).toBe(1);
    expect(await store.countRelationships()).toBe(0);
  });

  it('refuses a batch that breaks the fdcId constraint, keeping none of it', async () => {
    // Two Food keys with one fdcId: the unique constraint refuses the
    // second, and the transaction takes the first with it.
    const twin = { ...food('food:8'), props: { name: 'twin', fdcId: 7 } };
    await expect(
      store.writeBatch({
        index: 0,
        nodes: [food('food:7'), twin],
        relationships: [],
      }),
    ).rejects.toThrow(code('store_batch_failed'));
    expect(await store.countNodes()).toBe(0);
  });

  it('loads the USDA catalog onto Food nodes and reads it back whole', async () => {
    await store.upsertFoods(FOODS);
    expect(await store.foodCount()).toBe(FOODS.length);
    expect(await store.listFoods()).toEqual(
      [...FOODS].sort((a, b) => a.fdcId - b.fdcId),
    );
    const butter = FOODS.find((f) => f.fdcId === 173410)!;
    await store.replacePrices([
      { fdcId: 173410, usdPerKg: 11.5, source: 'test' },
    ]);
    expect(await store.getPrice(173410)).toEqual({
      fdcId: 173410,
      usdPerKg: 11.5,
      source: 'test',
    });
    // A recipe's write finds its foods already there and keeps their data.
    expect((await store.writeBatch(oneBatch())).nodesCreated).toBe(1 + 9);
    expect(await store.getFood(173410)).toEqual(butter);
  });
});
