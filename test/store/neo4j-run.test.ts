/**
 * Whole runs with the Neo4j store as both graph and catalog store, over
 * RecordingDriver (a recording double of neo4j-driver, not a database:
 * see neo4j-recording-driver.ts). The catalog is seeded into it the way
 * createBrigade seeds a store, so the six agents read foods and prices
 * through the Neo4j store; the double is then made unreachable to check
 * what a run says when the store goes away mid-service.
 */
import { context, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  SimpleSpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import neo4j from 'neo4j-driver';
import pino from 'pino';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ATTR, SPAN } from '../../otel/names.ts';
import { AGENTS } from '../../src/brigade.ts';
import { Catalog } from '../../src/catalog/catalog.ts';
import { loadConfig } from '../../src/config.ts';
import { Orchestrator } from '../../src/pipeline/orchestrator.ts';
import { seedCatalog } from '../../src/store/catalog-seed.ts';
import { Neo4jStore } from '../../src/store/neo4j-store.ts';
import { realRecipe } from '../support/in-process.ts';
import { RecordingDriver, neo4jError } from './neo4j-recording-driver.ts';

const spans = new InMemorySpanExporter();
beforeAll(() => {
  context.setGlobalContextManager(
    new AsyncLocalStorageContextManager().enable(),
  );
  trace.setGlobalTracerProvider(
    new BasicTracerProvider({
      spanProcessors: [new SimpleSpanProcessor(spans)],
    }),
  );
});

let driver: RecordingDriver;
let store: Neo4jStore;
let orchestrator: Orchestrator<unknown>;
beforeEach(async () => {
  spans.reset();
  driver = new RecordingDriver();
  store = new Neo4jStore(
    { uri: 'bolt://neo4j.test:7687', user: 'neo4j', database: 'neo4j' },
    driver,
  );
  await store.init();
  const config = loadConfig({});
  await seedCatalog(store, {
    foodsPath: config.FOODS_PATH,
    pricesPath: config.PRICES_PATH,
  });
  const catalog = await Catalog.open(store);
  orchestrator = new Orchestrator({
    agents: AGENTS,
    deps: { catalog, store, storeName: 'neo4j' },
    log: pino({ level: 'silent' }),
  }) as Orchestrator<unknown>;
});
afterEach(() => store.close());

const pumpkinBread = async () => ({
  recipe: await realRecipe('pumpkin-bread'),
});

describe('a run on the Neo4j store', () => {
  it('reads the catalog from Neo4j and stores the graph on its Food nodes', async () => {
    const doc = await orchestrator.run(await pumpkinBread());
    expect(doc.status).toBe('success');
    const foods = new Set(
      doc.lines.flatMap((l) => (l.food ? [l.food.fdcId] : [])),
    );
    // The recipe and the 9 label nutrients are new; every food was loaded
    // with the catalog, so it is matched.
    expect(doc.persistence).toMatchObject({
      store: 'neo4j',
      batches: 1,
      nodesCreated: 1 + 9,
      nodesMatched: foods.size,
    });
    expect(
      driver.calls.some((c) =>
        c.query.includes('MATCH (f:Food {fdcId: $fdcId})'),
      ),
    ).toBe(true);
  });

  it('stamps the totals on the Persistence span, under which the batch span sits', async () => {
    const doc = await orchestrator.run(await pumpkinBread());
    const finished = spans.getFinishedSpans();
    const agent = finished.find((s) => s.name === SPAN.agent('Persistence'))!;
    const batch = finished.find((s) => s.name === SPAN.storeBatch)!;
    const p = doc.persistence!;
    expect(agent.attributes).toMatchObject({
      [ATTR.dbSystem]: 'neo4j',
      [ATTR.nodesWritten]: p.nodesCreated + p.nodesMatched,
      [ATTR.relsWritten]: p.relationshipsCreated + p.relationshipsMatched,
    });
    expect(batch.parentSpanContext?.spanId).toBe(agent.spanContext().spanId);
  });

  it('ends partial, saying why, when Neo4j goes away before Persistence', async () => {
    // Catalog reads succeed; the first write finds the server gone.
    driver.failOn = (call) =>
      call.mode === 'WRITE'
        ? neo4jError(neo4j.error.SERVICE_UNAVAILABLE, 'connection refused')
        : undefined;
    const doc = await orchestrator.run(await pumpkinBread());
    expect(doc.status).toBe('partial');
    expect(doc.error).toMatchObject({
      agent: 'Persistence',
      code: 'store_unavailable',
    });
    expect(doc.error?.message).toContain(
      'neo4j at bolt://neo4j.test:7687 is unreachable',
    );
    expect(doc.persistence).toBeNull();
    expect(doc.nutrition).not.toBeNull();
    expect(driver.transactions.at(-1)).toBe('rolled back');
    expect(await store.countNodes('Recipe')).toBe(0);

    driver.failOn = undefined;
    expect((await orchestrator.run(await pumpkinBread())).status).toBe(
      'success',
    );
  });

  // With no cache in front (as here), the catalog reads come first and
  // fail first: without foods there is nothing to scale, so `failed`.
  it('fails with the store named when Neo4j is down for the catalog reads too', async () => {
    driver.unreachable = true;
    const doc = await orchestrator.run(await pumpkinBread());
    expect(doc.status).toBe('failed');
    expect(doc.error).toMatchObject({
      agent: 'RecipeEngineer',
      code: 'store_unavailable',
    });
    expect(doc.error?.message).toContain(
      'read food: neo4j at bolt://neo4j.test:7687 is unreachable',
    );
  });
});
