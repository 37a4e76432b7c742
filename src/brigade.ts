/**
 * The composition root: opens the store, seeds and indexes the catalog,
 * wires the six agents, and puts admission (memory guard, concurrency
 * limiter) in front of the orchestrator. The HTTP app and the CLI both
 * drive Brigade through this one object.
 */
import { mkdirSync } from 'node:fs';
import { context } from '@opentelemetry/api';
import { readFile } from 'node:fs/promises';
import { createLimiter } from './admission/create-limiter.ts';
import type { Limiter } from './admission/limiter.ts';
import { MemoryGuard } from './admission/memory-guard.ts';
import { graphBuilder } from './agents/graph-builder/graph-builder.ts';
import { persistence } from './agents/persistence/persistence.ts';
import { qaValidator } from './agents/qa-validator/qa-validator.ts';
import { recipeEngineer } from './agents/recipe-engineer/recipe-engineer.ts';
import {
  recipeServings,
  scalingCalculator,
} from './agents/scaling-calculator/scaling-calculator.ts';
import { uiDesigner } from './agents/ui-designer/ui-designer.ts';
import type { AgentDeps } from './agents/deps.ts';
import { createCatalogCaches } from './cache/catalog-caches.ts';
import { withCacheStats } from './cache/run-cache-stats.ts';
import {
  Catalog,
  storeLookups,
  type CatalogLookups,
} from './catalog/catalog.ts';
import type { Config } from './config.ts';
import { instruments } from '../otel/instruments.ts';
import { LABEL } from '../otel/names.ts';
import { log } from './log.ts';
import type { Agent } from './pipeline/agent.ts';
import { parseFaults } from './pipeline/faults.ts';
import {
  importPriceCsv,
  type PriceImportResult,
} from './pricing/price-import.ts';
import { checkIngredientLimit } from './pipeline/ingredient-limit.ts';
import { Orchestrator, type RunRequest } from './pipeline/orchestrator.ts';
import type { RunDocument } from './pipeline/run-document.ts';
import { RunHistory } from './pipeline/run-history.ts';
import { seedCatalog } from './store/catalog-seed.ts';
import { openStore } from './store/open-store.ts';
import { parseBatchMass } from './units/batch-mass.ts';
import { scaleFactor } from './units/scale-factor.ts';

export const AGENTS = [
  recipeEngineer,
  scalingCalculator,
  graphBuilder,
  qaValidator,
  uiDesigner,
  persistence,
] as const;

export interface ReadyReport {
  ok: boolean;
  checks: Record<string, { ok: boolean; detail: string }>;
}

export interface Brigade {
  readonly config: Config;
  readonly catalog: Catalog;
  /** Validates, admits and runs one recipe. */
  run(req: RunRequest): Promise<RunDocument>;
  getRun(runId: string): RunDocument | undefined;
  ready(): Promise<ReadyReport>;
  catalogSize(): Promise<number>;
  /** Replaces the prices of a CSV file's foods; drops their cached costs. */
  importPrices(file: string): Promise<PriceImportResult>;
  /** The same, from CSV text (the HTTP route). */
  importPriceCsv(csv: string): Promise<PriceImportResult>;
  close(): Promise<void>;
}

export interface BrigadeOptions {
  /** Replaces the store-backed lookups (the cache layer plugs in here). */
  lookups?: (base: CatalogLookups) => CatalogLookups;
  limiter?: Limiter;
  /** Replaces the six agents, in order (tests wrap one to observe it). */
  agents?: readonly Agent<AgentDeps>[];
}

/**
 * Checks a target can apply before the run takes a slot. A batch mass can
 * only be parsed here: its factor depends on the recipe's weight, which
 * the ScalingCalculator finds (and refuses there if out of range).
 */
function checkTarget({ target, recipe }: RunRequest): void {
  if (!target) return;
  if ('batch' in target) parseBatchMass(target.batch);
  else scaleFactor(target, recipeServings(recipe), null);
}

export async function createBrigade(
  config: Config,
  options: BrigadeOptions = {},
): Promise<Brigade> {
  mkdirSync(config.DATA_DIR, { recursive: true });
  const { store, storeName } = openStore(config);
  try {
    await store.init();
    await seedCatalog(store, {
      foodsPath: config.FOODS_PATH,
      pricesPath: config.PRICES_PATH,
    });
  } catch (err) {
    // A store that cannot start (Neo4j unreachable, a bad seed file) must
    // not leave its driver or file handle open behind the error.
    await store.close().catch(() => undefined);
    throw err;
  }
  const base = storeLookups(store);
  const caches =
    !options.lookups && config.CACHE_ENABLED
      ? createCatalogCaches(config)
      : undefined;
  const wrap = options.lookups ?? caches?.wrap;
  const catalog = await Catalog.open(store, wrap?.(base) ?? base);
  const importCsv = (csv: string) =>
    importPriceCsv(store, csv, caches?.invalidateCosts);

  const guard = new MemoryGuard({
    limitMb: config.MEMORY_LIMIT_MB,
    graceMb: config.MEMORY_GRACE_MB,
    onRejected: () =>
      instruments().rejections.add(1, { [LABEL.reason]: 'memory' }),
  });
  const limiter = options.limiter ?? createLimiter(config);
  const deps: AgentDeps = { catalog, store, storeName };
  const orchestrator = new Orchestrator({
    agents: options.agents ?? AGENTS,
    deps,
    faults: parseFaults(config.FAULTS),
    beforeAgent: (agent) => guard.checkRun(agent),
    log,
  });
  const history = new RunHistory(config.RUN_HISTORY);

  return {
    config,
    catalog,
    async run(req) {
      checkIngredientLimit(req.recipe, config.MAX_INGREDIENTS);
      checkTarget(req);
      guard.admit();
      // The limiter starts a queued job from whichever run freed the slot,
      // so the job would inherit that run's trace context; carry the
      // caller's context across instead.
      const caller = context.active();
      const run = () => orchestrator.run(req);
      const doc = await limiter.run(() =>
        context.with(caller, wrap ? () => withCacheStats(run) : run),
      );
      history.add(doc);
      return doc;
    },
    getRun: (runId) => history.get(runId),
    async ready() {
      const db = await store.health().catch((err: Error) => ({
        ok: false,
        detail: err.message,
      }));
      const checks: ReadyReport['checks'] = {
        store: db,
        catalog: { ok: catalog.size > 0, detail: `${catalog.size} foods` },
      };
      const ok = Object.values(checks).every((c) => c.ok);
      // Redis is reported but does not decide readiness: without it the
      // caches read the store and runs go on.
      if (caches?.redis) {
        const up = caches.redis.connected;
        checks.redis = {
          ok: up,
          detail: up ? 'connected' : 'unreachable; lookups read the store',
        };
      }
      return { ok, checks };
    },
    catalogSize: () => store.foodCount(),
    importPrices: async (file) => importCsv(await readFile(file, 'utf8')),
    importPriceCsv: importCsv,
    async close() {
      await limiter.stop();
      await caches?.close();
      await store.close();
    },
  };
}
