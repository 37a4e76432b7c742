/**
 * The real neo4j-driver against a port where no server listens: no Neo4j
 * is needed to see what the store does when one is unreachable. The
 * driver's own error codes must come out as `store_unavailable`, within
 * the retry time the store gives the driver, and the store must stay
 * usable for the next call.
 */
import { createServer } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Neo4jStore } from '../../src/store/neo4j-store.ts';
import { shortbread } from '../fixtures/scaled-recipe.ts';
import { batches, buildGraph } from '../../src/graph/build-graph.ts';

/** A loopback port that was free a moment ago, so connections are refused. */
async function closedPort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

let store: Neo4jStore;
let uri: string;
beforeEach(async () => {
  uri = `bolt://127.0.0.1:${await closedPort()}`;
  store = new Neo4jStore({
    uri,
    user: 'neo4j',
    password: 'unused',
    database: 'neo4j',
    maxRetryMs: 300,
    connectionTimeoutMs: 500,
  });
});
afterEach(() => store.close());

describe('Neo4jStore with the real driver and no server', () => {
  it('fails init with store_unavailable naming the URI', async () => {
    const err = await store.init().catch((e) => e);
    expect(err).toMatchObject({ code: 'store_unavailable' });
    expect(err.message).toContain(`neo4j at ${uri} is unreachable`);
    expect(err.message).toContain('ServiceUnavailable');
  });

  it('rejects a batch with store_unavailable, within a few retry periods', async () => {
    const [batch] = [...batches(buildGraph(shortbread()))];
    const t0 = performance.now();
    const err = await store.writeBatch(batch!).catch((e) => e);
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(err).toMatchObject({ code: 'store_unavailable' });
    expect(err.message).toContain('batch 0, rolled back');
  });

  it('reports the server unreachable to /readyz, again on every call', async () => {
    for (let i = 0; i < 2; i++) {
      const health = await store.health();
      expect(health.ok).toBe(false);
      expect(health.detail).toContain(
        `neo4j ${uri} database neo4j: unreachable`,
      );
    }
  });
});
