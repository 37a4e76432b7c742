/**
 * Tables and statements of the embedded store. Statements are prepared
 * once, when the store starts, and reused for every write.
 */
import type Database from 'better-sqlite3';

/**
 * `line` is -1 for relationship types without one: SQLite treats NULLs as
 * distinct in a key, so a NULL line would let HAS_NUTRIENT duplicate.
 * Foreign keys make a relationship to a node that is not stored fail its
 * whole batch instead of leaving a dangling row.
 */
const SCHEMA = `
CREATE TABLE IF NOT EXISTS nodes (
  key TEXT PRIMARY KEY,
  label TEXT NOT NULL,
  props TEXT NOT NULL
) STRICT;
CREATE INDEX IF NOT EXISTS nodes_by_label ON nodes (label);

CREATE TABLE IF NOT EXISTS relationships (
  type TEXT NOT NULL,
  from_key TEXT NOT NULL REFERENCES nodes (key),
  to_key TEXT NOT NULL REFERENCES nodes (key),
  line INTEGER NOT NULL,
  props TEXT NOT NULL,
  PRIMARY KEY (type, from_key, to_key, line)
) STRICT, WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS relationships_by_from
  ON relationships (from_key, type);
CREATE INDEX IF NOT EXISTS relationships_by_to ON relationships (to_key);

CREATE TABLE IF NOT EXISTS foods (
  fdc_id INTEGER PRIMARY KEY,
  food TEXT NOT NULL
) STRICT;

CREATE TABLE IF NOT EXISTS prices (
  fdc_id INTEGER PRIMARY KEY,
  usd_per_kg REAL NOT NULL,
  source TEXT NOT NULL
) STRICT;
`;

export const NO_LINE = -1;

export interface NodeRow {
  key: string;
  label: string;
  props: string;
}

export interface RelRow {
  type: string;
  from_key: string;
  to_key: string;
  line: number;
  props: string;
}

export interface PriceRow {
  fdc_id: number;
  usd_per_kg: number;
  source: string;
}

export function createSchema(db: Database.Database): void {
  db.exec(SCHEMA);
}

/**
 * The upserts skip rewriting a row whose properties did not change, so a
 * repeated run costs lookups, not page writes.
 */
export function prepareStatements(db: Database.Database) {
  return {
    nodeExists: db
      .prepare<[string], number>('SELECT 1 FROM nodes WHERE key = ?')
      .pluck(),
    upsertNode: db.prepare<[string, string, string]>(
      `INSERT INTO nodes (key, label, props) VALUES (?, ?, ?)
       ON CONFLICT (key) DO UPDATE
       SET label = excluded.label, props = excluded.props
       WHERE label IS NOT excluded.label OR props IS NOT excluded.props`,
    ),
    relExists: db
      .prepare<[string, string, string, number], number>(
        `SELECT 1 FROM relationships
       WHERE type = ? AND from_key = ? AND to_key = ? AND line = ?`,
      )
      .pluck(),
    upsertRel: db.prepare<[string, string, string, number, string]>(
      `INSERT INTO relationships (type, from_key, to_key, line, props)
       VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (type, from_key, to_key, line) DO UPDATE
       SET props = excluded.props WHERE props IS NOT excluded.props`,
    ),
    countNodes: db.prepare<[], number>('SELECT count(*) FROM nodes').pluck(),
    countNodesByLabel: db
      .prepare<[string], number>('SELECT count(*) FROM nodes WHERE label = ?')
      .pluck(),
    countRels: db
      .prepare<[], number>('SELECT count(*) FROM relationships')
      .pluck(),
    getNode: db.prepare<[string], NodeRow>(
      'SELECT key, label, props FROM nodes WHERE key = ?',
    ),
    relsFrom: db.prepare<[string, string], RelRow>(
      `SELECT type, from_key, to_key, line, props FROM relationships
       WHERE from_key = ? AND type = ? ORDER BY line, to_key`,
    ),
    countFoods: db.prepare<[], number>('SELECT count(*) FROM foods').pluck(),
    getFood: db
      .prepare<[number], string>('SELECT food FROM foods WHERE fdc_id = ?')
      .pluck(),
    listFoods: db
      .prepare<[], string>('SELECT food FROM foods ORDER BY fdc_id')
      .pluck(),
    upsertFood: db.prepare<[number, string]>(
      `INSERT INTO foods (fdc_id, food) VALUES (?, ?)
       ON CONFLICT (fdc_id) DO UPDATE SET food = excluded.food
       WHERE food IS NOT excluded.food`,
    ),
    getPrice: db.prepare<[number], PriceRow>(
      'SELECT fdc_id, usd_per_kg, source FROM prices WHERE fdc_id = ?',
    ),
    listPrices: db.prepare<[], PriceRow>(
      'SELECT fdc_id, usd_per_kg, source FROM prices ORDER BY fdc_id',
    ),
    deletePrices: db.prepare('DELETE FROM prices'),
    insertPrice: db.prepare<[number, number, string]>(
      'INSERT INTO prices (fdc_id, usd_per_kg, source) VALUES (?, ?, ?)',
    ),
  };
}

export type Statements = ReturnType<typeof prepareStatements>;
