/**
 * The four load scenarios of the plan. Each fires runs at a server,
 * scrapes its /metrics meanwhile, and returns its phases and the checks
 * against the budgets; main.ts turns that into the report and exit code.
 */
import { cacheHitRate } from './prometheus-text.ts';
import { rssSlopeMbPerMin } from './memory-trend.ts';
import { fire, merge, progressBar, type FireResult } from './fire.ts';
import { count, failedRuns, toPhase, type Phase } from './phase.ts';
import { Scraper, type ScrapeResult } from './scraper.ts';
import { healthy, type Target } from './server.ts';
import { toMb } from './stats.ts';
import {
  atMost,
  BUDGETS,
  exactly,
  holds,
  over,
  ratePct,
  under,
  type Check,
} from './verdicts.ts';

export interface Context {
  target: Target;
  bodies: readonly string[];
  /** Whether the server was started here with the scenario's env. */
  spawned: boolean;
  runs?: number;
  minutes?: number;
}

export interface Outcome {
  settings: Record<string, string | number>;
  phases: Phase[];
  checks: Check[];
  notes: string[];
  histogramPhase: string;
}

export interface Scenario {
  description: string;
  /** Environment of a server started for this scenario. */
  env: Record<string, string>;
  run(ctx: Context): Promise<Outcome>;
}

const p95Check = (p: Phase) =>
  atMost('p95 latency', p.latency.p95Ms, BUDGETS.p95Ms, ' ms');
const rssCheck = (s: ScrapeResult) =>
  atMost(
    'peak RSS',
    s.peakRssBytes && toMb(s.peakRssBytes),
    BUDGETS.rssMb,
    ' MB',
  );

async function aliveAfter(ctx: Context): Promise<Check> {
  const ok = ctx.target.alive() && (await healthy(ctx.target.url));
  const exit = ctx.target.exitReport?.();
  if (exit) console.error(`load: ${exit}`);
  return holds('server answers /healthz afterwards', ok, 'answers');
}

async function withScraper<T>(
  ctx: Context,
  intervalMs: number,
  work: () => Promise<T>,
): Promise<[T, ScrapeResult]> {
  const scraper = new Scraper(ctx.target, intervalMs);
  await scraper.start();
  const result = await work();
  return [result, await scraper.stop()];
}

async function baseline(ctx: Context): Promise<Outcome> {
  const runs = ctx.runs ?? 10;
  const [result, scrape] = await withScraper(ctx, 250, () =>
    fire({
      url: ctx.target.url,
      bodies: ctx.bodies,
      connections: 1,
      amount: runs,
      label: 'baseline',
    }),
  );
  const phase = toPhase('sequential', 1, result);
  return {
    settings: { runs, connections: 1 },
    phases: [phase],
    checks: [
      p95Check(phase),
      rssCheck(scrape),
      exactly('runs without a successful run document', failedRuns(phase), 0),
      await aliveAfter(ctx),
    ],
    notes: scrapeNotes(scrape),
    histogramPhase: phase.name,
  };
}

async function concurrent(ctx: Context): Promise<Outcome> {
  const runs = ctx.runs ?? 30;
  const [[base, load], scrape] = await withScraper(ctx, 100, async () => [
    await fire({
      url: ctx.target.url,
      bodies: ctx.bodies,
      connections: 1,
      amount: 10,
      label: 'baseline  ',
    }),
    await fire({
      url: ctx.target.url,
      bodies: ctx.bodies,
      connections: 3,
      amount: runs,
      offset: 10,
      label: 'concurrent',
    }),
  ]);
  const before = toPhase('baseline (sequential)', 1, base);
  const phase = toPhase('concurrent', 3, load);
  const ratio = (a: number, b: number) => (a / b).toFixed(2);
  return {
    settings: { runs, connections: 3, baselineRuns: 10 },
    phases: [before, phase],
    checks: [
      p95Check(phase),
      rssCheck(scrape),
      exactly('429 responses', count(phase, 429), 0),
      exactly('503 responses (memory guard)', count(phase, 503), 0),
      exactly('runs without a successful run document', failedRuns(phase), 0),
      await aliveAfter(ctx),
    ],
    notes: [
      `Latency degradation against the sequential baseline: p50 ` +
        `×${ratio(phase.latency.p50Ms, before.latency.p50Ms)}, p95 ` +
        `×${ratio(phase.latency.p95Ms, before.latency.p95Ms)}; throughput ` +
        `${before.throughputRps.toFixed(2)} → ` +
        `${phase.throughputRps.toFixed(2)} runs/s.`,
      `The cap is not judged from orchestration_active_runs here: a run ` +
        `does little I/O, so the server answers a scrape only between runs ` +
        `and the gauge reads ${scrape.maxActiveRuns ?? 'nothing'} at most, ` +
        `which proves nothing. The zero 429s show three clients fit; the ` +
        `stress scenario (exactly 7 × 429 of 10) and ` +
        `test/http/admission.test.ts show a fourth is refused. ` +
        `${phase.overlapped} of ${phase.runs} run documents say another run ` +
        `was in flight when they started (memoryApproximate).`,
      ...scrapeNotes(scrape),
    ],
    histogramPhase: phase.name,
  };
}

async function stress(ctx: Context): Promise<Outcome> {
  const [result, scrape] = await withScraper(ctx, 250, () =>
    fire({
      url: ctx.target.url,
      bodies: ctx.bodies,
      connections: 10,
      amount: 10,
      label: 'stress',
    }),
  );
  const phase = toPhase('10 simultaneous', 10, result);
  const notes = scrapeNotes(scrape);
  if (!ctx.spawned) {
    notes.push(
      'Against --url the slow agent cannot be injected here; start that ' +
        'server with FAULTS=GraphBuilder:delay=1500 for the expected ' +
        '7 × 429.',
    );
  }
  return {
    settings: { runs: 10, connections: 10, FAULTS: STRESS_FAULTS },
    phases: [phase],
    checks: [
      exactly('429 responses', count(phase, 429), 7),
      exactly('successful runs', phase.runStatus.success ?? 0, 3),
      exactly(
        '5xx responses and unanswered runs',
        fiveHundreds(phase) + phase.errors,
        0,
      ),
      rssCheck(scrape),
      await aliveAfter(ctx),
    ],
    notes,
    histogramPhase: phase.name,
  };
}

const STRESS_FAULTS = 'GraphBuilder:delay=1500';

async function sustained(ctx: Context): Promise<Outcome> {
  const runs = ctx.runs ?? 100;
  const minutes = ctx.minutes ?? 10;
  const spacingMs = (minutes * 60_000) / runs;
  const scrapeMs = Math.min(5000, Math.max(250, (minutes * 60_000) / 200));

  const [result, scrape] = await withScraper(ctx, scrapeMs, () =>
    spaced(ctx, runs, spacingMs),
  );
  const phase = toPhase('spaced', 1, result);
  const errorRuns =
    phase.runs -
    (phase.runStatus.success ?? 0) -
    (phase.runStatus.partial ?? 0);
  const hitRate = cacheHitRate(scrape.first, scrape.last);
  const slope = rssSlopeMbPerMin(scrape.samples, 0.1);
  return {
    settings: { runs, minutes, spacingMs: Math.round(spacingMs) },
    phases: [phase],
    checks: [
      under(
        'error rate',
        ratePct(errorRuns, phase.runs),
        BUDGETS.errorRatePct,
        ' %',
      ),
      p95Check(phase),
      rssCheck(scrape),
      over('cache hit rate', hitRate, BUDGETS.cacheHitRatePct, ' %'),
      under(
        'RSS trend after warm-up',
        slope,
        BUDGETS.rssSlopeMbPerMin,
        ' MB/min',
      ),
      await aliveAfter(ctx),
    ],
    notes: [
      hitRate === undefined
        ? 'Cache hit rate: not available (no cache_requests_total in /metrics).'
        : `Cache hit rate from cache_requests_total over the scenario: ${hitRate.toFixed(1)} %.`,
      `RSS trend: least-squares slope over ${scrape.samples.length} RSS ` +
        `samples, leaving out the first 10 % of the run as warm-up.`,
      ...scrapeNotes(scrape),
    ],
    histogramPhase: phase.name,
  };
}

/** `runs` runs, one at a time, started `spacingMs` apart. */
async function spaced(ctx: Context, runs: number, spacingMs: number) {
  const bar = progressBar({ amount: runs, label: 'sustained' });
  const t0 = performance.now();
  const results: FireResult[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const wait = t0 + i * spacingMs - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      results.push(
        await fire({
          url: ctx.target.url,
          bodies: ctx.bodies,
          connections: 1,
          amount: 1,
          offset: i,
          progress: false,
        }),
      );
      bar.increment();
    }
  } finally {
    bar.stop();
  }
  // Throughput over the whole spread, idle gaps included.
  return { ...merge(results), durationS: (performance.now() - t0) / 1000 };
}

const fiveHundreds = (p: Phase) =>
  Object.entries(p.statusCodes)
    .filter(([code]) => code.startsWith('5'))
    .reduce((a, [, n]) => a + n, 0);

function scrapeNotes(s: ScrapeResult): string[] {
  const notes = [
    `${s.samples.length} memory samples scraped; peak RSS is the larger ` +
      `of the scraped RSS and the kernel's high-water mark (VmHWM) of a ` +
      `server started here.`,
  ];
  if (s.failedScrapes)
    notes.push(
      `${s.failedScrapes} scrapes of /metrics failed and were skipped.`,
    );
  return notes;
}

export const SCENARIOS: Record<string, Scenario> = {
  baseline: { description: '10 sequential runs', env: {}, run: baseline },
  concurrent: {
    description: '3 concurrent × 10, after a short baseline',
    env: {},
    run: concurrent,
  },
  stress: {
    description: '10 simultaneous runs with a slow GraphBuilder',
    env: { FAULTS: STRESS_FAULTS },
    run: stress,
  },
  sustained: {
    description: 'N runs spread over M minutes',
    env: {},
    run: sustained,
  },
};
