/**
 * The recipe property graph: what a node and a relationship look like, and
 * how their keys are made. Every store (SQLite now, Neo4j later) merges on
 * these keys, so the same recipe written twice lands on the same nodes.
 *
 * Properties are flat maps of primitives because Neo4j cannot store nested
 * objects, and a null is left out rather than stored: in Neo4j setting a
 * property to null removes it, and USDA's "no value" must not turn into 0.
 */
import { createHash } from 'node:crypto';
import type { LabelNutrient, Target } from '../domain/types.ts';

export type NodeLabel = 'Recipe' | 'Food' | 'Nutrient';
export type RelType = 'CONTAINS' | 'HAS_NUTRIENT' | 'PROVIDES';

export type Primitive = string | number | boolean;
export type Props = Record<string, Primitive>;

/** `props` never holds `key`: a store keeps the key as its own property. */
export interface GraphNode {
  kind: 'node';
  label: NodeLabel;
  key: string;
  props: Props;
}

/**
 * A relationship is identified by (type, from, to, line). `line` is set
 * only on CONTAINS, where one food may appear on two lines of a recipe.
 */
export interface GraphRelationship {
  kind: 'rel';
  type: RelType;
  from: string;
  to: string;
  line?: number;
  props: Props;
}

export type GraphElement = GraphNode | GraphRelationship;

/** Bound on a batch: keeps one transaction short in any store. */
export const MAX_NODES_PER_BATCH = 500;

export interface GraphBatch {
  /** 0-based position of the batch in its stream. */
  index: number;
  nodes: GraphNode[];
  relationships: GraphRelationship[];
}

/** The nutrients a label shows, with their units; one Nutrient node each. */
export const LABEL_NUTRIENTS: ReadonlyArray<{
  key: LabelNutrient;
  name: string;
  unit: 'kcal' | 'g' | 'mg';
}> = [
  { key: 'energy_kcal', name: 'Energy', unit: 'kcal' },
  { key: 'fat_g', name: 'Total fat', unit: 'g' },
  { key: 'saturated_fat_g', name: 'Saturated fat', unit: 'g' },
  { key: 'carbohydrate_g', name: 'Total carbohydrate', unit: 'g' },
  { key: 'sugars_g', name: 'Total sugars', unit: 'g' },
  { key: 'fiber_g', name: 'Dietary fiber', unit: 'g' },
  { key: 'protein_g', name: 'Protein', unit: 'g' },
  { key: 'sodium_mg', name: 'Sodium', unit: 'mg' },
  { key: 'cholesterol_mg', name: 'Cholesterol', unit: 'mg' },
];

export const foodKey = (fdcId: number): string => `food:${fdcId}`;
export const nutrientKey = (key: string): string => `nutrient:${key}`;

/**
 * `recipe:<slug>:<12 hex of sha256>` over the title, the ingredient lines
 * as written and the target. The slug is for people reading the store; the
 * hash is what makes the key unique, so a different target (or one edited
 * line) gives a different recipe node.
 */
export function recipeKey(
  title: string,
  lines: readonly string[],
  target: Target,
): string {
  const hash = createHash('sha256')
    .update(JSON.stringify([title, lines, targetText(target)]))
    .digest('hex')
    .slice(0, 12);
  return `recipe:${slugify(title)}:${hash}`;
}

/** One canonical text per target: "servings=4", "factor=2", "batch=50 kg". */
export function targetText(target: Target): string {
  if ('servings' in target) return `servings=${target.servings}`;
  if ('factor' in target) return `factor=${target.factor}`;
  return `batch=${target.batch.trim().replace(/\s+/g, ' ').toLowerCase()}`;
}

export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  return slug || 'untitled';
}

/** Drops null and undefined, keeping a flat map that Neo4j can store. */
export function props(
  values: Record<string, Primitive | null | undefined>,
): Props {
  const out: Props = {};
  for (const [name, value] of Object.entries(values)) {
    if (value !== null && value !== undefined) out[name] = value;
  }
  return out;
}

/** The identity a store merges a relationship on. */
export function relIdentity(rel: GraphRelationship): string {
  return `${rel.type}|${rel.from}|${rel.to}|${rel.line ?? ''}`;
}
