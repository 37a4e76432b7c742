/**
 * Every Cypher statement the Neo4j store sends goes through Neo4j's own
 * Cypher parser and linter (@neo4j-cypher/language-support, the parser
 * behind Neo4j's editors). The schema handed to the linter declares only
 * Brigade's labels, relationship types, endpoints and the parameters the
 * store sends, so a misspelt label or an undeclared parameter fails the
 * check as surely as a syntax error.
 *
 * The package declares node >= 24 in `engines`, but it is plain ESM with
 * no Node-24-only API in the parts used here; it imports and runs on
 * Node 20.
 */
import { lintCypherQuery, type DbSchema } from '@neo4j-cypher/language-support';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CYPHER_STATEMENTS,
  MERGE_NODES,
  MERGE_RELS,
  NODE_LABELS,
  REL_ENDPOINTS,
  REL_TYPES,
} from '../../src/store/cypher.ts';

function schema(params: readonly string[]): DbSchema {
  return {
    labels: [...NODE_LABELS],
    relationshipTypes: [...REL_TYPES],
    graphSchema: REL_TYPES.map((relType) => ({
      relType,
      ...REL_ENDPOINTS[relType],
    })),
    parameters: Object.fromEntries(params.map((p) => [p, null])),
  };
}

/** The linter's messages for a statement, with the parameters it gets. */
function lint(text: string, params: readonly string[]): string[] {
  return lintCypherQuery(text, schema(params)).diagnostics.map((d) =>
    typeof d.message === 'string' ? d.message : d.message.value,
  );
}

describe('Cypher statements against the Cypher parser', () => {
  it.each(CYPHER_STATEMENTS.map((s) => [s.name, s] as const))(
    '%s parses with no error or warning',
    (_name, statement) => {
      expect(lint(statement.text, statement.params)).toEqual([]);
    },
  );

  it('covers one merge per label and per relationship type', () => {
    const names = CYPHER_STATEMENTS.map((s) => s.name);
    for (const l of NODE_LABELS) expect(names).toContain(`merge ${l}`);
    for (const t of REL_TYPES) expect(names).toContain(`merge ${t}`);
  });
});

/** The ```cypher blocks of docs/neo4j.md, which users paste as they are. */
const DOC_QUERIES = [
  ...readFileSync(
    new URL('../../docs/neo4j.md', import.meta.url),
    'utf8',
  ).matchAll(/```cypher\n([\s\S]*?)```/g),
].map((m) => m[1]!);

describe('the example queries of docs/neo4j.md', () => {
  it('has examples to check', () => {
    expect(DOC_QUERIES.length).toBeGreaterThan(0);
  });

  it.each(DOC_QUERIES)('parses: %s', (text) => {
    expect(lint(text, [])).toEqual([]);
  });
});

describe('the check itself', () => {
  it('fails a statement with a missing parenthesis', () => {
    const broken = MERGE_NODES.Recipe.replace(
      '{key: row.key})',
      '{key: row.key}',
    );
    expect(lint(broken, ['rows'])).toEqual([
      expect.stringContaining("Invalid input 'SET'"),
    ]);
  });

  // The linter warns of unknown labels where a statement reads them
  // (MATCH); a MERGE may create its label, so it is not flagged there.
  it('fails a statement matching a label outside the graph model', () => {
    const misspelt = MERGE_RELS.CONTAINS.replace(':Recipe', ':Recipie');
    expect(lint(misspelt, ['rows'])).toEqual([
      expect.stringContaining('Recipie'),
    ]);
  });

  it('fails a statement using a parameter the store does not send', () => {
    expect(lint(MERGE_NODES.Food, [])).toEqual([
      'Parameter $rows is not defined.',
    ]);
  });
});
