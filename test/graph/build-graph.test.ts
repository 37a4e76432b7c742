import { describe, expect, it } from 'vitest';
import type { Food } from '../../src/catalog/food.ts';
import {
  batches,
  buildGraph,
  recipeKeyOf,
  summarizeGraph,
  type GraphInput,
} from '../../src/graph/build-graph.ts';
import type {
  GraphElement,
  GraphNode,
  GraphRelationship,
} from '../../src/graph/graph-model.ts';
import { line, lookup, shortbread } from '../fixtures/scaled-recipe.ts';

const all = (input: GraphInput) => [...buildGraph(input)];
const nodes = (els: GraphElement[]) =>
  els.filter((e): e is GraphNode => e.kind === 'node');
const rels = (els: GraphElement[]) =>
  els.filter((e): e is GraphRelationship => e.kind === 'rel');

describe('buildGraph on a 3-line recipe', () => {
  it('yields 1 recipe, 3 foods and 9 nutrients', () => {
    // flour, sugar and butter have all nine label nutrients in USDA SR28.
    expect(summarizeGraph(buildGraph(shortbread()))).toEqual({
      nodes: 13,
      relationships: 3 + 3 * 9 + 9,
      byLabel: { Recipe: 1, Food: 3, Nutrient: 9 },
      byType: { CONTAINS: 3, HAS_NUTRIENT: 27, PROVIDES: 9 },
    });
  });

  it('yields every node before a relationship that uses it', () => {
    const seen = new Set<string>();
    for (const el of buildGraph(shortbread())) {
      if (el.kind === 'node') seen.add(el.key);
      else expect([seen.has(el.from), seen.has(el.to)]).toEqual([true, true]);
    }
  });

  it('carries USDA values per 100 g on HAS_NUTRIENT', () => {
    // SOURCE.md checks: butter fat 81.11 g, sodium 643 mg per 100 g.
    const butter = rels(all(shortbread())).filter(
      (r) => r.type === 'HAS_NUTRIENT' && r.from === 'food:173410',
    );
    const fat = butter.find((r) => r.to === 'nutrient:fat_g');
    const sodium = butter.find((r) => r.to === 'nutrient:sodium_mg');
    expect(fat?.props).toEqual({ per100g: 81.11, unit: 'g' });
    expect(sodium?.props).toEqual({ per100g: 643, unit: 'mg' });
  });

  it('writes a food once when two lines use it, with one CONTAINS each', () => {
    const input = shortbread();
    input.lines = [...input.lines, line(3, '1 tbsp sugar', 169655, 12.5)];
    const els = all(input);
    expect(nodes(els).filter((n) => n.key === 'food:169655')).toHaveLength(1);
    const contains = rels(els).filter(
      (r) => r.type === 'CONTAINS' && r.to === 'food:169655',
    );
    expect(contains.map((r) => r.line)).toEqual([1, 3]);
  });

  it('leaves out a nutrient USDA did not measure instead of storing 0', () => {
    // Semolina (169715) has sugars_g null in SR28: 8 of 9 relationships.
    const input = shortbread();
    input.lines = [line(0, '100 g semolina', 169715, 100)];
    const semolina = rels(all(input)).filter((r) => r.type === 'HAS_NUTRIENT');
    expect(semolina).toHaveLength(8);
    expect(semolina.some((r) => r.to === 'nutrient:sugars_g')).toBe(false);
  });

  it('skips lines without a food and PROVIDES without nutrition', () => {
    const input = shortbread();
    input.lines = [line(0, 'FOR THE DOUGH', null, null), ...input.lines];
    delete input.nutrition;
    expect(summarizeGraph(buildGraph(input)).byType).toEqual({
      HAS_NUTRIENT: 27,
      CONTAINS: 3,
    });
  });

  it('keeps properties flat and free of nulls', () => {
    for (const el of buildGraph(shortbread())) {
      for (const value of Object.values(el.props)) {
        expect(['string', 'number', 'boolean']).toContain(typeof value);
      }
      expect(el.props).not.toHaveProperty('key');
    }
  });
});

describe('recipe keys', () => {
  const key = (input: GraphInput) => nodes(all(input))[0]!.key;

  it('is the same on every run for the same recipe and target', () => {
    expect(key(shortbread(8))).toBe(key(shortbread(8)));
    expect(key(shortbread(8))).toMatch(
      /^recipe:scottish-shortbread:[0-9a-f]{12}$/,
    );
  });

  it('is announced by recipeKeyOf before the stream is read', () => {
    expect(recipeKeyOf(shortbread(8))).toBe(key(shortbread(8)));
  });

  it('differs for a different target', () => {
    expect(key(shortbread(8))).not.toBe(key(shortbread(4)));
    const byFactor = { ...shortbread(8), target: { factor: 2 } };
    expect(key(byFactor)).not.toBe(key(shortbread(8)));
  });

  it('differs when one ingredient line is edited', () => {
    const edited = shortbread();
    const lines = [...edited.lines];
    lines[2] = line(2, '225 g butter, softened', 173410, 225);
    edited.lines = lines;
    expect(key(edited)).not.toBe(key(shortbread()));
  });
});

/** 1,200 lines, each with its own made-up food: 1 + 9 + 1,200 nodes. */
function largeRecipe(): GraphInput {
  const base = lookup(168894)!;
  const foods = new Map<number, Food>();
  const lines = Array.from({ length: 1200 }, (_, i) => {
    const fdcId = 900_000 + i;
    foods.set(fdcId, { ...base, fdcId, name: `food ${i}` });
    const l = line(i, `${i} g of food ${i}`, 168894, i);
    l.food = { fdcId, name: `food ${i}`, description: 'synthetic' };
    return l;
  });
  return { ...shortbread(), lines, lookup: (id) => foods.get(id) };
}

describe('batches', () => {
  it('never puts more than 500 nodes in a batch', () => {
    const sizes = [...batches(buildGraph(largeRecipe()))].map(
      (b) => b.nodes.length,
    );
    expect(sizes).toEqual([500, 500, 210]);
  });

  it('sends a relationship only with or after both its endpoints', () => {
    const written = new Set<string>();
    let relCount = 0;
    for (const batch of batches(buildGraph(largeRecipe()), 100)) {
      for (const n of batch.nodes) written.add(n.key);
      for (const r of batch.relationships) {
        expect(written.has(r.from) && written.has(r.to)).toBe(true);
        relCount++;
      }
    }
    // 1,200 CONTAINS + 1,200 × 9 HAS_NUTRIENT + 9 PROVIDES.
    expect(relCount).toBe(1200 + 10_800 + 9);
  });

  it('numbers batches from 0 and loses no element', () => {
    const list = [...batches(buildGraph(shortbread()), 5)];
    expect(list.map((b) => b.index)).toEqual([0, 1, 2]);
    expect(list.map((b) => b.nodes.length)).toEqual([5, 5, 3]);
  });

  it('refuses a relationship whose endpoint was never yielded', () => {
    const dangling: GraphElement[] = [
      { kind: 'node', label: 'Food', key: 'food:1', props: {} },
      {
        kind: 'rel',
        type: 'HAS_NUTRIENT',
        from: 'food:1',
        to: 'nutrient:fat_g',
        props: {},
      },
    ];
    expect(() => [...batches(dangling)]).toThrow(
      expect.objectContaining({ code: 'graph_dangling_relationship' }),
    );
  });

  it('refuses a batch size below 1', () => {
    expect(() => [...batches([], 0)]).toThrow(
      expect.objectContaining({ code: 'graph_invalid_batch_size' }),
    );
  });
});
