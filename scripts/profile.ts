/**
 * A memory profile of orchestration runs, in process, under V8's
 * sampling heap profiler:
 *
 *   npm run profile [-- --runs 10] [--interval-kb 32]
 *
 * Writes reports/profile.md (peak memory per agent against its cap, the
 * top allocation sites by function and line, recommendations) and
 * reports/profile.heapprofile for Chrome DevTools. Sampling starts after
 * the catalog is loaded, so the profile shows the runs, not start-up.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { findSourceMap } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { SingleBar, Presets } from 'cli-progress';
import { capIngredients, loadRecipes } from './load/recipes.ts';
import { agentPeaks, type AgentSample } from './profile/agent-peaks.ts';
import {
  allocationSites,
  bytesByOrigin,
  type HeapProfile,
} from './profile/heap-sites.ts';
import { recommendations } from './profile/recommendations.ts';
import { renderProfile } from './profile/report.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const REPORTS = path.join(ROOT, 'reports');

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '10' },
    'interval-kb': { type: 'string', default: '32' },
  },
});
const runs = Number(values.runs);
const intervalBytes = Number(values['interval-kb']) * 1024;
if (!Number.isInteger(runs) || runs < 1 || !(intervalBytes > 0)) {
  console.error(
    'profile: --runs must be a positive integer, --interval-kb positive',
  );
  process.exit(2);
}

// Logs would be allocations of their own; keep them to warnings.
process.env.LOG_LEVEL ||= 'warn';
// Lets findSourceMap() map V8's transpiled lines back to the .ts lines;
// it must be on before the modules load.
process.setSourceMapsEnabled(true);
const { createBrigade } = await import('../src/brigade.ts');
const { loadConfig } = await import('../src/config.ts');
const { RUN_BUDGET } = await import('../src/pipeline/budgets.ts');

const dataDir = mkdtempSync(path.join(tmpdir(), 'brigade-profile-'));
const config = loadConfig({ ...process.env, DATA_DIR: dataDir });
const brigade = await createBrigade(config);
const recipes = loadRecipes().map((r) =>
  capIngredients(r, config.MAX_INGREDIENTS),
);

const session = new Session();
session.connect();
await session.post('HeapProfiler.enable');
await session.post('HeapProfiler.startSampling', {
  samplingInterval: intervalBytes,
  // Without these, V8 reports only what is still alive at the end; the
  // sites that churn short-lived objects are the ones worth finding.
  includeObjectsCollectedByMajorGC: true,
  includeObjectsCollectedByMinorGC: true,
});

const startedAt = new Date().toISOString();
const bar = new SingleBar(
  { format: 'profile [{bar}] {value}/{total} runs', stream: process.stderr },
  Presets.shades_classic,
);
bar.start(runs, 0);
const agentRuns: AgentSample[][] = [];
let peakRss = process.memoryUsage.rss();
try {
  for (let i = 0; i < runs; i++) {
    const recipe = recipes[i % recipes.length] as (typeof recipes)[number];
    const doc = await brigade.run({ recipe });
    agentRuns.push(doc.agents);
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
    bar.increment();
  }
} finally {
  bar.stop();
}

const { profile } = (await session.post('HeapProfiler.stopSampling')) as {
  profile: HeapProfile;
};
session.disconnect();
await brigade.close();
rmSync(dataDir, { recursive: true, force: true });

const sites = allocationSites(profile, ROOT, (url, line, column) => {
  if (!url.startsWith('file://')) return undefined;
  const entry = findSourceMap(url)?.findEntry(line, column);
  return entry && 'originalLine' in entry ? entry.originalLine : undefined;
});
const byOrigin = bytesByOrigin(sites);
const peaks = agentPeaks(agentRuns);
const heapProfileFile = 'profile.heapprofile';
mkdirSync(REPORTS, { recursive: true });
writeFileSync(path.join(REPORTS, heapProfileFile), JSON.stringify(profile));
const md = renderProfile({
  startedAt,
  runs,
  recipes: Math.min(runs, recipes.length),
  samplingIntervalBytes: intervalBytes,
  peaks,
  sites,
  byOrigin,
  peakRssBytes: peakRss,
  heapProfileFile,
  recommendations: recommendations({
    peaks,
    sites,
    byOrigin,
    peakRssBytes: peakRss,
    rssBudgetBytes: RUN_BUDGET.memoryBytes,
  }),
});
writeFileSync(path.join(REPORTS, 'profile.md'), md);
console.log(md);
