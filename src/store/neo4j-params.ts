/**
 * Turns graph batches and catalog foods into the parameter lists the
 * Cypher statements of cypher.ts UNWIND, and rows read back into graph
 * elements and foods.
 *
 * The driver sends every JS number as a Cypher Float; whole numbers are
 * sent as Integer instead, so `fdcId`, `line` and counts are integers in
 * the database (the driver reads them back as JS numbers because the
 * store turns lossless integers off).
 */
import neo4j from 'neo4j-driver';
import type { Food, Price } from '../catalog/food.ts';
import {
  foodKey,
  type GraphNode,
  type GraphRelationship,
  type NodeLabel,
  type Primitive,
  type Props,
  type RelType,
} from '../graph/graph-model.ts';
import { NODE_LABELS, REL_TYPES } from './cypher.ts';
import { StoreError } from './store-error.ts';

export type Param = Primitive | ReturnType<typeof neo4j.int>;
export type ParamProps = Record<string, Param>;

export interface NodeRow {
  key: string;
  props: ParamProps;
}

export interface RelRow {
  from: string;
  to: string;
  line?: Param;
  props: ParamProps;
}

export function toParam(value: Primitive): Param {
  return typeof value === 'number' && Number.isSafeInteger(value)
    ? neo4j.int(value)
    : value;
}

export function toParamProps(props: Props): ParamProps {
  const out: ParamProps = {};
  for (const [name, value] of Object.entries(props)) out[name] = toParam(value);
  return out;
}

/**
 * A label is spliced into Cypher text, so it must be one of the fixed
 * union even if a caller bypassed the types.
 */
export function assertLabel(label: string): asserts label is NodeLabel {
  if (!(NODE_LABELS as readonly string[]).includes(label)) {
    throw new StoreError(
      'store_batch_failed',
      `store: ${JSON.stringify(label)} is not a node label of the graph model`,
    );
  }
}

export function assertRelType(type: string): asserts type is RelType {
  if (!(REL_TYPES as readonly string[]).includes(type)) {
    throw new StoreError(
      'store_batch_failed',
      `store: ${JSON.stringify(type)} is not a relationship type of the graph model`,
    );
  }
}

/** Rows per label, in the fixed label order. */
export function nodeRowsByLabel(
  nodes: readonly GraphNode[],
): Map<NodeLabel, NodeRow[]> {
  const out = new Map<NodeLabel, NodeRow[]>();
  for (const node of nodes) assertLabel(node.label);
  for (const label of NODE_LABELS) {
    const rows = nodes
      .filter((n) => n.label === label)
      .map((n) => ({ key: n.key, props: toParamProps(n.props) }));
    if (rows.length > 0) out.set(label, rows);
  }
  return out;
}

/** Rows per relationship type, in the fixed type order. */
export function relRowsByType(
  rels: readonly GraphRelationship[],
): Map<RelType, RelRow[]> {
  const out = new Map<RelType, RelRow[]>();
  for (const rel of rels) assertRelType(rel.type);
  for (const type of REL_TYPES) {
    const rows = rels.filter((r) => r.type === type).map(relRow);
    if (rows.length > 0) out.set(type, rows);
  }
  return out;
}

function relRow(rel: GraphRelationship): RelRow {
  const row: RelRow = {
    from: rel.from,
    to: rel.to,
    props: toParamProps(rel.props),
  };
  if (rel.line !== undefined) row.line = toParam(rel.line);
  return row;
}

/**
 * Neo4j properties cannot be maps, or lists of maps: a food's nutrients,
 * portions and derived values travel as JSON text; its aliases are a list
 * of strings, which Neo4j stores as is. Fields the Food type does not
 * name (USDA's `sr28Description` on some foods) go together into
 * `extraJson`, so a food reads back as it was loaded. A null removes the
 * property.
 */
export function foodRow(food: Food) {
  const extra = Object.fromEntries(
    Object.entries(food).filter(([name]) => !FOOD_FIELDS.has(name)),
  );
  return {
    key: foodKey(food.fdcId),
    fdcId: neo4j.int(food.fdcId),
    ndb: food.ndb ?? null,
    name: food.name,
    description: food.description ?? null,
    category: food.category ?? null,
    aliases: food.aliases ?? [],
    gPerMl: food.derived?.gPerMl ?? null,
    nutrientsJson: JSON.stringify(food.nutrientsPer100g),
    portionsJson: JSON.stringify(food.portions),
    derivedJson: food.derived ? JSON.stringify(food.derived) : null,
    extraJson: Object.keys(extra).length > 0 ? JSON.stringify(extra) : null,
  };
}

const FOOD_FIELDS = new Set([
  'fdcId',
  'ndb',
  'name',
  'description',
  'category',
  'nutrientsPer100g',
  'portions',
  'aliases',
  'derived',
]);

export interface FoodRecord {
  fdcId: number;
  ndb: string;
  name: string;
  description: string;
  category: string;
  aliases: string[] | null;
  nutrientsJson: string;
  portionsJson: string;
  derivedJson: string | null;
  extraJson: string | null;
}

export function toFood(r: FoodRecord): Food {
  const food: Food = {
    ...(r.extraJson === null ? {} : JSON.parse(r.extraJson)),
    fdcId: r.fdcId,
    ndb: r.ndb,
    name: r.name,
    description: r.description,
    category: r.category,
    nutrientsPer100g: JSON.parse(r.nutrientsJson),
    portions: JSON.parse(r.portionsJson),
    aliases: r.aliases ?? [],
  };
  if (r.derivedJson !== null) food.derived = JSON.parse(r.derivedJson);
  return food;
}

export function priceRow(price: Price) {
  return {
    fdcId: neo4j.int(price.fdcId),
    usdPerKg: price.usdPerKg,
    source: price.source,
  };
}

/** The catalog's own properties on a Food node, left out of graph reads. */
const CATALOG_ONLY = new Set([
  'key',
  'aliases',
  'nutrientsJson',
  'portionsJson',
  'derivedJson',
  'extraJson',
  'usdPerKg',
  'priceSource',
]);

export function graphProps(stored: Record<string, unknown>): Props {
  const out: Props = {};
  for (const [name, value] of Object.entries(stored)) {
    if (!CATALOG_ONLY.has(name)) out[name] = value as Primitive;
  }
  return out;
}
