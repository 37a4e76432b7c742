/**
 * Turns a scaled recipe into its property graph, one element at a time.
 * A node always comes before the relationships that use it, so a consumer
 * can write the stream in order without holding it all.
 */
import type { Food } from '../catalog/food.ts';
import type {
  FoodRef,
  Nutrition,
  RecipeInput,
  ScaledLine,
  Target,
  Totals,
} from '../domain/types.ts';
import { GraphError } from './graph-error.ts';
import {
  type GraphBatch,
  type GraphElement,
  type GraphNode,
  type GraphRelationship,
  LABEL_NUTRIENTS,
  MAX_NODES_PER_BATCH,
  foodKey,
  nutrientKey,
  props,
  recipeKey,
  targetText,
} from './graph-model.ts';

export interface GraphInput {
  recipe: Pick<RecipeInput, 'title'> & Partial<RecipeInput>;
  target: Target;
  lines: readonly ScaledLine[];
  totals: Totals;
  /** Per serving; without it the recipe has no PROVIDES relationships. */
  nutrition?: Nutrition;
  lookup: (fdcId: number) => Food | undefined;
}

/**
 * Yields the Recipe node, the nine label Nutrient nodes, then per line its
 * Food (once per food, with its HAS_NUTRIENT relationships) and CONTAINS,
 * and last the recipe's PROVIDES relationships.
 */
export function* buildGraph(input: GraphInput): Generator<GraphElement> {
  const recipe = recipeNode(input);
  yield recipe;
  for (const nutrient of LABEL_NUTRIENTS) {
    yield node('Nutrient', nutrientKey(nutrient.key), {
      nutrient: nutrient.key,
      name: nutrient.name,
      unit: nutrient.unit,
    });
  }

  const seen = new Set<number>();
  for (const line of input.lines) {
    if (line.food === null) continue;
    if (!seen.has(line.food.fdcId)) {
      seen.add(line.food.fdcId);
      yield* foodElements(line.food, input.lookup(line.food.fdcId));
    }
    yield containsRel(recipe.key, line, line.food);
  }

  if (input.nutrition) yield* providesRels(recipe.key, input.nutrition);
}

/** Counts what a stream holds, consuming it without keeping its elements. */
export function summarizeGraph(elements: Iterable<GraphElement>): {
  nodes: number;
  relationships: number;
  byLabel: Record<string, number>;
  byType: Record<string, number>;
} {
  const byLabel: Record<string, number> = {};
  const byType: Record<string, number> = {};
  let nodes = 0;
  let relationships = 0;
  for (const el of elements) {
    if (el.kind === 'node') {
      nodes++;
      byLabel[el.label] = (byLabel[el.label] ?? 0) + 1;
    } else {
      relationships++;
      byType[el.type] = (byType[el.type] ?? 0) + 1;
    }
  }
  return { nodes, relationships, byLabel, byType };
}

/**
 * Groups a stream into batches of at most `maxNodes` nodes. A relationship
 * joins the batch being filled, which holds or follows both its endpoints;
 * one whose endpoint the stream has not yet yielded is refused, since a
 * store would reject it or, worse, create an empty node for it.
 */
export function* batches(
  elements: Iterable<GraphElement>,
  maxNodes = MAX_NODES_PER_BATCH,
): Generator<GraphBatch> {
  if (!Number.isInteger(maxNodes) || maxNodes < 1) {
    throw new GraphError(
      'graph_invalid_batch_size',
      `graph: maxNodes must be a positive integer, got ${maxNodes}`,
    );
  }
  const written = new Set<string>();
  let current: GraphBatch = { index: 0, nodes: [], relationships: [] };

  for (const el of elements) {
    if (el.kind === 'node') {
      if (current.nodes.length === maxNodes) {
        yield current;
        current = { index: current.index + 1, nodes: [], relationships: [] };
      }
      current.nodes.push(el);
      written.add(el.key);
    } else {
      assertEndpoints(el, written);
      current.relationships.push(el);
    }
  }
  if (current.nodes.length > 0 || current.relationships.length > 0) {
    yield current;
  }
}

function assertEndpoints(rel: GraphRelationship, written: Set<string>) {
  for (const key of [rel.from, rel.to]) {
    if (!written.has(key)) {
      throw new GraphError(
        'graph_dangling_relationship',
        `graph: ${rel.type} refers to ${key} before that node was yielded`,
      );
    }
  }
}

/** The key of the Recipe node `buildGraph(input)` yields first. */
export function recipeKeyOf(input: GraphInput): string {
  return recipeKey(
    input.recipe.title,
    input.lines.map((l) => l.input),
    input.target,
  );
}

function recipeNode(input: GraphInput) {
  const { recipe, target, lines, totals } = input;
  return node('Recipe', recipeKeyOf(input), {
    title: recipe.title,
    id: recipe.id,
    source: recipe.source,
    yield: recipe.yield,
    target: targetText(target),
    lines: lines.length,
    factor: totals.factor,
    grams: totals.grams,
    scaledGrams: totals.scaledGrams,
    servings: totals.servings,
    scaledServings: totals.scaledServings,
    cost: totals.cost,
    costComplete: totals.costComplete,
    costPerServing: totals.costPerServing,
  });
}

/**
 * The Food node is built from the catalog entry when there is one, and
 * otherwise from the line's own reference, so the recipe still points at
 * the food it was matched to.
 */
function* foodElements(
  ref: FoodRef,
  food: Food | undefined,
): Generator<GraphElement> {
  const key = foodKey(ref.fdcId);
  yield node('Food', key, {
    fdcId: ref.fdcId,
    name: food?.name ?? ref.name,
    description: food?.description ?? ref.description,
    ndb: food?.ndb,
    category: food?.category,
    gPerMl: food?.derived?.gPerMl,
  });
  if (!food) return;
  for (const nutrient of LABEL_NUTRIENTS) {
    const per100g = food.nutrientsPer100g[nutrient.key];
    // USDA's null means "not measured": no relationship, not a zero.
    if (per100g === null || per100g === undefined) continue;
    yield rel('HAS_NUTRIENT', key, nutrientKey(nutrient.key), {
      per100g,
      unit: nutrient.unit,
    });
  }
}

function containsRel(
  recipe: string,
  line: ScaledLine,
  food: FoodRef,
): GraphRelationship {
  return {
    ...rel('CONTAINS', recipe, foodKey(food.fdcId), {
      line: line.index,
      input: line.input,
      grams: line.grams,
      scaledGrams: line.scaledGrams,
      percent: line.percent,
      cost: line.cost,
      gramsMethod: line.gramsMethod,
    }),
    line: line.index,
  };
}

function* providesRels(
  recipe: string,
  nutrition: Nutrition,
): Generator<GraphRelationship> {
  for (const nutrient of LABEL_NUTRIENTS) {
    const value = nutrition[nutrient.key];
    yield rel('PROVIDES', recipe, nutrientKey(nutrient.key), {
      perServing: value.amount,
      unit: value.unit,
      coverage: value.coverage,
    });
  }
}

function node(
  label: GraphNode['label'],
  key: string,
  values: Parameters<typeof props>[0],
): GraphNode {
  return { kind: 'node', label, key, props: props(values) };
}

function rel(
  type: GraphRelationship['type'],
  from: string,
  to: string,
  values: Parameters<typeof props>[0],
): GraphRelationship {
  return { kind: 'rel', type, from, to, props: props(values) };
}
