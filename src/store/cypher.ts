/**
 * Every Cypher statement the Neo4j store sends, as constants. Labels and
 * relationship types cannot be parameters in Cypher, so the statements
 * that need one are written out here once per member of the fixed
 * NodeLabel and RelType unions; nothing a user typed ever reaches this
 * text, every value travels as a parameter. CYPHER_STATEMENTS lists them
 * all with their parameters, so a test can put each through the Cypher
 * parser.
 */
import type { NodeLabel, RelType } from '../graph/graph-model.ts';

export const NODE_LABELS: readonly NodeLabel[] = ['Recipe', 'Food', 'Nutrient'];
export const REL_TYPES: readonly RelType[] = [
  'CONTAINS',
  'HAS_NUTRIENT',
  'PROVIDES',
];

/** The labels at each end of a relationship type, used to MATCH by key. */
export const REL_ENDPOINTS: Record<
  RelType,
  { from: NodeLabel; to: NodeLabel }
> = {
  CONTAINS: { from: 'Recipe', to: 'Food' },
  HAS_NUTRIENT: { from: 'Food', to: 'Nutrient' },
  PROVIDES: { from: 'Recipe', to: 'Nutrient' },
};

// ── Schema ──────────────────────────────────────────────────────────────

/** A uniqueness constraint also gives the range index MERGE looks up. */
export const CONSTRAINTS: readonly string[] = [
  'CREATE CONSTRAINT brigade_recipe_key IF NOT EXISTS FOR (n:Recipe) REQUIRE n.key IS UNIQUE',
  'CREATE CONSTRAINT brigade_food_key IF NOT EXISTS FOR (n:Food) REQUIRE n.key IS UNIQUE',
  'CREATE CONSTRAINT brigade_nutrient_key IF NOT EXISTS FOR (n:Nutrient) REQUIRE n.key IS UNIQUE',
  'CREATE CONSTRAINT brigade_food_fdc_id IF NOT EXISTS FOR (n:Food) REQUIRE n.fdcId IS UNIQUE',
];

// ── Graph writes ────────────────────────────────────────────────────────

/**
 * `+=` keeps properties the batch does not carry: a Food node also holds
 * the catalog's data, which a recipe's write must not erase.
 */
const mergeNodes = (label: NodeLabel) =>
  `UNWIND $rows AS row
MERGE (n:${label} {key: row.key})
SET n += row.props
RETURN count(n) AS written`;

export const MERGE_NODES: Record<NodeLabel, string> = {
  Recipe: mergeNodes('Recipe'),
  Food: mergeNodes('Food'),
  Nutrient: mergeNodes('Nutrient'),
};

/**
 * MATCH, not MERGE, on the endpoints: a missing endpoint drops its row
 * instead of creating an empty node, and the store compares `written`
 * with the rows it sent. CONTAINS is merged on `line` too, since one food
 * may appear on two lines of a recipe.
 */
const mergeRels = (type: RelType, onLine: boolean) => {
  const { from, to } = REL_ENDPOINTS[type];
  const identity = onLine ? ' {line: row.line}' : '';
  return `UNWIND $rows AS row
MATCH (a:${from} {key: row.from})
MATCH (b:${to} {key: row.to})
MERGE (a)-[r:${type}${identity}]->(b)
SET r += row.props
RETURN count(r) AS written`;
};

export const MERGE_RELS: Record<RelType, string> = {
  CONTAINS: mergeRels('CONTAINS', true),
  HAS_NUTRIENT: mergeRels('HAS_NUTRIENT', false),
  PROVIDES: mergeRels('PROVIDES', false),
};

// ── Graph reads ─────────────────────────────────────────────────────────

const countLabel = (label: NodeLabel) =>
  `MATCH (n:${label}) RETURN count(n) AS n`;

export const COUNT_NODES: Record<NodeLabel | 'all', string> = {
  Recipe: countLabel('Recipe'),
  Food: countLabel('Food'),
  Nutrient: countLabel('Nutrient'),
  all: 'MATCH (n) WHERE n:Recipe OR n:Food OR n:Nutrient RETURN count(n) AS n',
};

export const COUNT_RELS =
  'MATCH ()-[r:CONTAINS|HAS_NUTRIENT|PROVIDES]->() RETURN count(r) AS n';

export const GET_RECIPE =
  'MATCH (r:Recipe {key: $key}) RETURN properties(r) AS props';

export const GET_CONTAINS = `MATCH (:Recipe {key: $key})-[c:CONTAINS]->(f:Food)
RETURN f.key AS to, c.line AS line, properties(c) AS props, properties(f) AS food
ORDER BY c.line`;

export const GET_PROVIDES = `MATCH (:Recipe {key: $key})-[p:PROVIDES]->(n:Nutrient)
RETURN n.key AS to, properties(p) AS props
ORDER BY n.key`;

// ── Catalog ─────────────────────────────────────────────────────────────

/** A catalog food is a Food node that carries the USDA data. */
export const COUNT_FOODS =
  'MATCH (f:Food) WHERE f.nutrientsJson IS NOT NULL RETURN count(f) AS n';

const FOOD_FIELDS = `f {.fdcId, .ndb, .name, .description, .category, .aliases,
  .nutrientsJson, .portionsJson, .derivedJson, .extraJson} AS food`;

export const GET_FOOD = `MATCH (f:Food {fdcId: $fdcId})
WHERE f.nutrientsJson IS NOT NULL
RETURN ${FOOD_FIELDS}`;

export const LIST_FOODS = `MATCH (f:Food)
WHERE f.nutrientsJson IS NOT NULL
RETURN ${FOOD_FIELDS}
ORDER BY f.fdcId`;

/**
 * Every field is SET on its own, so a field a new version lacks (a null
 * parameter) is removed rather than kept from the old one.
 */
export const UPSERT_FOODS = `UNWIND $rows AS row
MERGE (f:Food {key: row.key})
SET f.fdcId = row.fdcId, f.ndb = row.ndb, f.name = row.name,
  f.description = row.description, f.category = row.category,
  f.aliases = row.aliases, f.gPerMl = row.gPerMl,
  f.nutrientsJson = row.nutrientsJson, f.portionsJson = row.portionsJson,
  f.derivedJson = row.derivedJson, f.extraJson = row.extraJson
RETURN count(f) AS written`;

export const GET_PRICE = `MATCH (f:Food {fdcId: $fdcId})
WHERE f.usdPerKg IS NOT NULL
RETURN f.fdcId AS fdcId, f.usdPerKg AS usdPerKg, f.priceSource AS source`;

export const LIST_PRICES = `MATCH (f:Food)
WHERE f.usdPerKg IS NOT NULL
RETURN f.fdcId AS fdcId, f.usdPerKg AS usdPerKg, f.priceSource AS source
ORDER BY f.fdcId`;

export const CLEAR_PRICES = `MATCH (f:Food)
WHERE f.usdPerKg IS NOT NULL
REMOVE f.usdPerKg, f.priceSource`;

export const SET_PRICES = `UNWIND $rows AS row
MATCH (f:Food {fdcId: row.fdcId})
SET f.usdPerKg = row.usdPerKg, f.priceSource = row.source
RETURN count(f) AS written`;

export interface CypherStatement {
  name: string;
  text: string;
  /** The parameters the store sends with it. */
  params: readonly string[];
}

const keyed = (name: string, text: string): CypherStatement => ({
  name,
  text,
  params: ['key'],
});
const rows = (name: string, text: string): CypherStatement => ({
  name,
  text,
  params: ['rows'],
});

/** Every statement above, named, with its parameters. */
export const CYPHER_STATEMENTS: readonly CypherStatement[] = [
  ...CONSTRAINTS.map((text, i) => ({
    name: `constraint ${i}`,
    text,
    params: [],
  })),
  ...NODE_LABELS.map((l) => rows(`merge ${l}`, MERGE_NODES[l])),
  ...REL_TYPES.map((t) => rows(`merge ${t}`, MERGE_RELS[t])),
  ...Object.entries(COUNT_NODES).map(([k, text]) => ({
    name: `count ${k}`,
    text,
    params: [],
  })),
  { name: 'count relationships', text: COUNT_RELS, params: [] },
  keyed('get recipe', GET_RECIPE),
  keyed('get contains', GET_CONTAINS),
  keyed('get provides', GET_PROVIDES),
  { name: 'count foods', text: COUNT_FOODS, params: [] },
  { name: 'get food', text: GET_FOOD, params: ['fdcId'] },
  { name: 'list foods', text: LIST_FOODS, params: [] },
  rows('upsert foods', UPSERT_FOODS),
  { name: 'get price', text: GET_PRICE, params: ['fdcId'] },
  { name: 'list prices', text: LIST_PRICES, params: [] },
  { name: 'clear prices', text: CLEAR_PRICES, params: [] },
  rows('set prices', SET_PRICES),
];
