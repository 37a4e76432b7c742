/**
 * The operators' view, proven on the real tools: a real Prometheus
 * (Debian's package) scrapes a running Brigade every second and evaluates
 * the committed rule files; real runs, a slow agent, failures and
 * rejections are driven through HTTP; then, through Prometheus's HTTP API,
 * every dashboard panel query and every rule expression must parse, the
 * panels must return data, and the latency alert's expression must be
 * false while runs are fast and true once an agent is slowed past 4 s.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { panelQueries } from '../../dashboards/registry.ts';
import { findBinary } from '../support/binaries.ts';
import { realRecipe } from '../support/in-process.ts';
import { startRedis, type RedisWithClient } from '../support/redis-server.ts';
import {
  freePort,
  ROOT,
  startServerProcess,
  type ServerProcess,
} from '../support/server-process.ts';

const prometheusBin = findBinary('prometheus');
const redisBin = findBinary('redis-server');
const RULE_FILES = ['alerts/recording.rules.yml', 'alerts/brigade.rules.yml'];
const LATENCY_ALERT = 'BrigadeRunLatencyHigh';

interface RuleGroup {
  rules: Array<{ alert?: string; record?: string; expr: string }>;
}

function ruleExpressions() {
  return RULE_FILES.flatMap((file) => {
    const doc = parse(readFileSync(path.join(ROOT, file), 'utf8')) as {
      groups: RuleGroup[];
    };
    return doc.groups.flatMap((g) => g.rules);
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// The stack as compose runs it: Redis behind the caches (so the L2 tier's
// series exist) and the shared run limit.
describe.skipIf(!prometheusBin || !redisBin)(
  'Prometheus against a running Brigade',
  () => {
    let redis: RedisWithClient | undefined;
    let prom: ChildProcess;
    let promUrl = '';
    let brigadePort = 0;
    let server: ServerProcess | undefined;
    const dir = mkdtempSync(path.join(tmpdir(), 'brigade-prom-'));

    async function query(expr: string) {
      const url = `${promUrl}/api/v1/query?query=${encodeURIComponent(expr)}`;
      const res = await fetch(url);
      const body = (await res.json()) as {
        status: string;
        error?: string;
        data?: { result: unknown[] };
      };
      return { http: res.status, ...body };
    }

    /** Waits until Prometheus has scraped the current server at least twice. */
    async function scraped() {
      for (let i = 0; i < 40; i++) {
        const r = await query('up{job="brigade"} == 1');
        if (r.data?.result.length) {
          await sleep(2500);
          return;
        }
        await sleep(250);
      }
      throw new Error('Prometheus never scraped Brigade');
    }

    async function startBrigade(faults: string) {
      await server?.stop();
      server = await startServerProcess({
        env: { FAULTS: faults, LOG_LEVEL: 'warn', REDIS_URL: redis!.url },
        port: brigadePort,
      });
    }

    async function drive(recipes: string[], concurrent: number) {
      const bodies = await Promise.all(
        recipes.map(async (id) =>
          JSON.stringify({ recipe: await realRecipe(id) }),
        ),
      );
      const post = (body: string) =>
        fetch(`${server!.url}/api/orchestration/run`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
        }).then((r) => r.status);
      const statuses: number[] = [];
      for (let i = 0; i < bodies.length; i += concurrent) {
        statuses.push(
          ...(await Promise.all(bodies.slice(i, i + concurrent).map(post))),
        );
      }
      return statuses;
    }

    beforeAll(async () => {
      redis = await startRedis(redisBin!);
      brigadePort = await freePort();
      const promPort = await freePort();
      promUrl = `http://127.0.0.1:${promPort}`;
      writeFileSync(
        path.join(dir, 'prometheus.yml'),
        [
          'global: { scrape_interval: 1s, evaluation_interval: 1s }',
          'rule_files:',
          ...RULE_FILES.map((f) => `  - ${path.join(ROOT, f)}`),
          'scrape_configs:',
          '  - job_name: brigade',
          `    static_configs: [{ targets: ['127.0.0.1:${brigadePort}'] }]`,
        ].join('\n'),
      );
      prom = spawn(
        prometheusBin!,
        [
          `--config.file=${path.join(dir, 'prometheus.yml')}`,
          `--storage.tsdb.path=${path.join(dir, 'data')}`,
          `--web.listen-address=127.0.0.1:${promPort}`,
        ],
        { stdio: 'ignore' },
      );
      for (let i = 0; i < 80; i++) {
        if (
          await fetch(`${promUrl}/-/ready`).then(
            (r) => r.ok,
            () => false,
          )
        )
          break;
        await sleep(250);
      }
    }, 60_000);

    afterAll(async () => {
      await server?.stop();
      await redis?.stop();
      if (prom && prom.exitCode === null) {
        const exited = new Promise((r) => prom.once('exit', r));
        prom.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    });

    it('parses every rule expression', async () => {
      for (const rule of ruleExpressions()) {
        const r = await query(rule.expr);
        expect(r.status, `${rule.alert ?? rule.record}: ${r.error}`).toBe(
          'success',
        );
      }
    });

    it('keeps the latency alert false while runs are fast', async () => {
      await startBrigade('');
      await scraped();
      const statuses = await drive(
        [
          'pumpkin-bread',
          'sangria',
          'apple-pie',
          'irish-coffee',
          'curry-sauce',
          'greek-salad',
        ],
        2,
      );
      expect(statuses.every((s) => s === 200)).toBe(true);
      await sleep(3000);
      const expr = ruleExpressions().find(
        (r) => r.alert === LATENCY_ALERT,
      )!.expr;
      expect((await query(expr)).data?.result).toEqual([]);
    }, 60_000);

    it('turns the latency alert true when an agent is slowed past 4 s, and every panel has data', async () => {
      // GraphBuilder held 4.2 s: every run is over the 4 s run budget; the
      // QAValidator fault fills the error and partial series, and the fourth
      // request of each burst of four is refused (MAX_CONCURRENT 3).
      await startBrigade('GraphBuilder:delay=4200,QAValidator:error');
      await scraped();
      const statuses = await drive(
        [
          'pumpkin-bread',
          'sangria',
          'apple-pie',
          'irish-coffee',
          'curry-sauce',
          'greek-salad',
          'assam-tea',
          'sangria',
        ],
        4,
      );
      expect(statuses.filter((s) => s === 429)).toHaveLength(2);
      await sleep(3500);

      const expr = ruleExpressions().find(
        (r) => r.alert === LATENCY_ALERT,
      )!.expr;
      const fired = await query(expr);
      expect(fired.data?.result.length).toBeGreaterThan(0);

      const empty: string[] = [];
      for (const panel of panelQueries({ rateInterval: '1m' })) {
        const r = await query(panel.expr);
        expect(r.status, `${panel.panel} ${panel.refId}: ${r.error}`).toBe(
          'success',
        );
        if (!r.data?.result.length)
          empty.push(`${panel.panel} [${panel.refId}]`);
      }
      expect(empty, 'panels without data').toEqual([]);
    }, 90_000);
  },
);
