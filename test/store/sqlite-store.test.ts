import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { batches, buildGraph } from '../../src/graph/build-graph.ts';
import type { GraphBatch, GraphNode } from '../../src/graph/graph-model.ts';
import { SqliteStore } from '../../src/store/sqlite-store.ts';
import { shortbread } from '../fixtures/scaled-recipe.ts';

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

let store: SqliteStore;
beforeEach(async () => {
  store = new SqliteStore(':memory:');
  await store.init();
});
afterEach(() => store.close());

describe('SqliteStore graph writes', () => {
  // Shortbread by hand: 1 recipe + 3 foods + 9 nutrients = 13 nodes;
  // 3 CONTAINS + 3 × 9 HAS_NUTRIENT + 9 PROVIDES = 39 relationships.
  it('creates every node and relationship on the first write', async () => {
    expect(await store.writeBatch(oneBatch())).toEqual({
      nodesCreated: 13,
      nodesMatched: 0,
      relsCreated: 39,
      relsMatched: 0,
    });
    expect(await store.countNodes()).toBe(13);
    expect(await store.countNodes('Food')).toBe(3);
    expect(await store.countRelationships()).toBe(39);
  });

  it('adds nothing when the same recipe is written twice', async () => {
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
    expect(await store.countNodes('Recipe')).toBe(2);
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
    expect(await store.getRecipe('food:168894')).toBeUndefined();
    expect(await store.getRecipe('recipe:none:000000000000')).toBeUndefined();
  });
});

describe('SqliteStore failed batches', () => {
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
          to: 'food:1',
          props: {},
        },
        {
          kind: 'rel',
          type: 'HAS_NUTRIENT',
          from: 'food:3',
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

  it('keeps nothing of a batch that throws midway', async () => {
    // A BigInt cannot be turned into JSON: the third node's write throws.
    const bad = food('food:4');
    bad.props.size = 1n as unknown as number;
    const batch: GraphBatch = {
      index: 1,
      nodes: [food('food:2'), food('food:3'), bad, food('food:5')],
      relationships: [],
    };
    await expect(store.writeBatch(batch)).rejects.toThrow(
      code('store_batch_failed'),
    );
    expect(await store.countNodes()).toBe(1);
  });

  it('refuses a batch of more than 500 nodes', async () => {
    const nodes = Array.from({ length: 501 }, (_, i) => food(`food:${i + 10}`));
    await expect(
      store.writeBatch({ index: 1, nodes, relationships: [] }),
    ).rejects.toThrow(code('store_batch_too_large'));
    expect(await store.countNodes()).toBe(1);
  });
});

describe('SqliteStore lifecycle', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'brigade-store-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses to be used before init', async () => {
    const fresh = new SqliteStore(':memory:');
    await expect(fresh.countNodes()).rejects.toThrow(
      code('store_not_initialised'),
    );
    await fresh.close();
  });

  it('creates its data folder, uses WAL and keeps data across opens', async () => {
    const file = path.join(dir, 'nested', 'brigade.db');
    const first = new SqliteStore(file);
    await first.init();
    await first.writeBatch(oneBatch());
    expect(await first.health()).toEqual({
      ok: true,
      detail: `sqlite ${file} (wal), 13 nodes`,
    });
    await first.close();
    expect((await first.health()).ok).toBe(false);

    const second = new SqliteStore(file);
    await second.init();
    expect(await second.countNodes()).toBe(13);
    await second.close();
  });
});
