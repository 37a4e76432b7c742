import {
  mkdtempSync,
  rmSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type {
  Dashboard,
  Panel,
} from '@grafana/grafana-foundation-sdk/dashboard';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { findTool, run, shouldRun } from '../alerts/external-tool.ts';
import { dashboards, panelQueries, renderDashboard } from './registry.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const generated = path.join(here, 'generated');
const built = dashboards();
const promtool = findTool('promtool');

function panels(d: Dashboard): Panel[] {
  return (d.panels ?? []).filter((p): p is Panel => p.type !== 'row');
}

const overview = built['brigade-oncall.json'] as Dashboard;
const byTitle = (title: string) => {
  const found = panels(overview).find((p) => p.title === title);
  if (!found) throw new Error(`no panel titled ${title}`);
  return found;
};
const stepValues = (p: Panel) =>
  (p.fieldConfig?.defaults?.thresholds?.steps ?? []).map((s) => s.value);

describe('generated dashboards', () => {
  it('are committed exactly as dashboards/build.ts writes them', () => {
    expect(readdirSync(generated).sort()).toEqual(Object.keys(built).sort());
    for (const [file, d] of Object.entries(built)) {
      const committed = readFileSync(path.join(generated, file), 'utf8');
      expect(committed, `${file}: run npx tsx dashboards/build.ts`).toBe(
        renderDashboard(d),
      );
    }
  });

  it.each(Object.entries(built))(
    '%s: every panel has a title and a query',
    (_f, d) => {
      for (const p of panels(d)) {
        expect(p.title, JSON.stringify(p.gridPos)).toBeTruthy();
        const exprs = (p.targets ?? []).map(
          (t) => (t as { expr?: string }).expr,
        );
        expect(exprs.length, p.title).toBeGreaterThan(0);
        for (const e of exprs) expect(e, p.title).toMatch(/\S/);
      }
    },
  );

  it('give every panel a unique id', () => {
    const ids = (overview.panels ?? []).map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('the on-call overview', () => {
  it('draws the budgets of the design as threshold lines', () => {
    // Run budget 4 s, RSS 600 MiB, minimum cache hit ratio 60 %.
    expect(stepValues(byTitle('Run latency p50 / p95 / p99'))).toContain(4);
    expect(stepValues(byTitle('Resident memory against 600 MiB'))).toContain(
      600 * 1024 * 1024,
    );
    expect(stepValues(byTitle('Cache hit rate by cache and tier'))).toContain(
      0.6,
    );
    // Page thresholds of the multi-window burn-rate alerts.
    expect(stepValues(byTitle('Error budget burn rate'))).toEqual([
      null,
      6,
      14.4,
    ]);
  });

  it('links latency panels to a Jaeger search for slow Brigade spans', () => {
    for (const title of [
      'Run latency p50 / p95 / p99',
      'Agent p95 latency against budget',
    ]) {
      const links = byTitle(title).fieldConfig?.defaults?.links ?? [];
      expect(links, title).toHaveLength(1);
      const url = decodeURIComponent(links[0]?.url ?? '');
      expect(url).toMatch(/^\/explore\?/);
      const panes = JSON.parse(url.slice(url.indexOf('panes=') + 6));
      const query = panes.traces.queries[0];
      expect(query.datasource).toEqual({ type: 'jaeger', uid: 'jaeger' });
      expect(query.service).toBe('brigade');
      expect(panes.traces.range).toEqual({ from: '${__from}', to: '${__to}' });
    }
    const run = byTitle('Run latency p50 / p95 / p99').fieldConfig?.defaults
      ?.links?.[0]?.url;
    expect(decodeURIComponent(run ?? '')).toContain('"minDuration":"4s"');
  });

  it('compares each agent with the recorded budget series', () => {
    const exprs = panelQueries()
      .filter((q) => q.panel === 'Agent p95 latency against budget')
      .map((q) => q.expr);
    expect(exprs).toContain(
      'agent_name:orchestration_agent_budget_seconds:constant',
    );
  });
});

describe('panelQueries()', () => {
  const queries = panelQueries({ rateInterval: '2m' });

  it('lists every target with Grafana variables substituted', () => {
    const targets = Object.values(built)
      .flatMap(panels)
      .flatMap((p) => p.targets ?? []);
    expect(queries).toHaveLength(targets.length);
    for (const q of queries) {
      expect(q.expr, q.panel).not.toMatch(/\$/);
    }
    const runRate = queries.find(
      (q) => q.panel === 'Runs per second by status',
    );
    expect(runRate?.expr).toContain('[2m]');
  });

  it('flags the queries that need the recording rules loaded', () => {
    const burn = queries.filter((q) => q.panel === 'Error budget burn rate');
    expect(burn.every((q) => q.usesRecordingRules)).toBe(true);
    const status = queries.find((q) => q.panel === 'Runs per second by status');
    expect(status?.usesRecordingRules).toBe(false);
  });

  it.runIf(shouldRun(promtool))('are valid PromQL by promtool', () => {
    // promtool parses rule expressions offline; each query becomes one.
    const rules = queries.map((q, i) => ({
      record: `brigade_panel_query_${i}`,
      expr: q.expr,
    }));
    const dir = mkdtempSync(path.join(tmpdir(), 'brigade-panels-'));
    const file = path.join(dir, 'panels.rules.yml');
    writeFileSync(file, stringify({ groups: [{ name: 'panels', rules }] }));
    const result = run('promtool', ['check', 'rules', file]);
    rmSync(dir, { recursive: true, force: true });
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toContain(`${queries.length} rules found`);
  });
});

describe('Grafana provisioning', () => {
  const read = (f: string) =>
    parse(readFileSync(path.join(here, 'provisioning', f), 'utf8'));

  it('provides the datasource uids the dashboards use', () => {
    const { datasources } = read('datasources/brigade.yml');
    const uids = Object.fromEntries(
      datasources.map((d: { type: string; uid: string }) => [d.type, d.uid]),
    );
    expect(uids).toMatchObject({ prometheus: 'prometheus', jaeger: 'jaeger' });
    const templating = overview.templating?.list?.[0];
    expect(templating?.current?.value).toBe('prometheus');
  });

  it('loads dashboards from one file provider', () => {
    const { providers } = read('dashboards/brigade.yml');
    expect(providers).toHaveLength(1);
    expect(providers[0].type).toBe('file');
  });
});

describe('docs/runbook.md', () => {
  it('names only panels that exist', () => {
    const text = readFileSync(path.join(here, '../docs/runbook.md'), 'utf8');
    const titles = new Set(panels(overview).map((p) => p.title));
    // Italics in the runbook are panel titles, except these UI names.
    const notPanels = new Set([
      'Brigade / On-call overview',
      'Slow runs in Jaeger',
      'Slow agent calls in Jaeger',
      'Min Duration',
      'Status → Targets',
    ]);
    const italics = [...text.matchAll(/(?<!\*)\*(?!\*)([^*]+?)\*(?!\*)/g)].map(
      (m) => (m[1] ?? '').replace(/\s+/g, ' '),
    );
    expect(italics.length).toBeGreaterThan(10);
    for (const name of italics) {
      if (!notPanels.has(name)) expect(titles, name).toContain(name);
    }
  });
});
