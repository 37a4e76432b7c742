/**
 * Picks the store from the configuration: Neo4j when NEO4J_URI is set,
 * the embedded SQLite file in DATA_DIR otherwise.
 */
import path from 'node:path';
import type { Config } from '../config.ts';
import type { CatalogStore, GraphStore } from './graph-store.ts';
import { Neo4jStore } from './neo4j-store.ts';
import { SqliteStore } from './sqlite-store.ts';

export interface OpenedStore {
  store: GraphStore & CatalogStore;
  /** 'neo4j' or 'sqlite', for the run document and spans. */
  storeName: 'neo4j' | 'sqlite';
}

export function openStore(
  config: Pick<
    Config,
    | 'DATA_DIR'
    | 'NEO4J_URI'
    | 'NEO4J_USER'
    | 'NEO4J_PASSWORD'
    | 'NEO4J_DATABASE'
  >,
): OpenedStore {
  if (config.NEO4J_URI) {
    const store = new Neo4jStore({
      uri: config.NEO4J_URI,
      user: config.NEO4J_USER,
      password: config.NEO4J_PASSWORD,
      database: config.NEO4J_DATABASE,
    });
    return { store, storeName: 'neo4j' };
  }
  const store = new SqliteStore(path.join(config.DATA_DIR, 'brigade.db'));
  return { store, storeName: 'sqlite' };
}
