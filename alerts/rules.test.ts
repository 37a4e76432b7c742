import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findTool, run, shouldRun } from './external-tool.ts';
import { alertingFile, ruleFiles } from './rule-files.ts';
import { recordingGroups } from './recording-rules.ts';
import {
  AGENT_BUDGET_S,
  BUCKET_EDGES_S,
  RUN,
  RUNBOOK_BASE,
} from './thresholds.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const alerts = alertingFile().groups.flatMap((g) => g.rules);
const alertNames = [...new Set(alerts.map((a) => a.alert))];
const promtool = findTool('promtool');
const amtool = findTool('amtool');

/** Heading anchors as GitHub renders them for docs/runbook.md. */
function runbookAnchors(): Set<string> {
  const text = readFileSync(path.join(root, 'docs/runbook.md'), 'utf8');
  const headings = text.match(/^#{1,6} .+$/gm) ?? [];
  return new Set(
    headings.map((h) =>
      h
        .replace(/^#+ /, '')
        .trim()
        .toLowerCase()
        .replace(/[^\p{L}\p{N} _-]/gu, '')
        .replace(/ /g, '-'),
    ),
  );
}

interface PromtoolCase {
  alertname: string;
  exp_alerts: unknown[];
}

function promtoolCases(): PromtoolCase[] {
  const dir = path.join(here, 'tests');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.test.yml'))
    .flatMap((f) => parse(readFileSync(path.join(dir, f), 'utf8')).tests)
    .flatMap(
      (t: { alert_rule_test?: PromtoolCase[] }) => t.alert_rule_test ?? [],
    );
}

describe('generated rule files', () => {
  it('match what alerts/build.ts writes', () => {
    for (const [name, text] of Object.entries(ruleFiles())) {
      expect(readFileSync(path.join(here, name), 'utf8'), name).toBe(text);
    }
  });

  it('hold the budgets of the original design, each a bucket edge', () => {
    expect(AGENT_BUDGET_S).toEqual({
      RecipeEngineer: 0.8,
      ScalingCalculator: 0.5,
      GraphBuilder: 1.2,
      QAValidator: 0.4,
      UIDesigner: 0.3,
      Persistence: 0.45,
    });
    expect(RUN.p95Seconds).toBe(4);
    expect(RUN.rssBytes).toBe(600 * 1024 * 1024);
    for (const s of [...Object.values(AGENT_BUDGET_S), RUN.p95Seconds]) {
      expect(BUCKET_EDGES_S).toContain(s);
    }
  });

  it('name every recording rule level:metric:operations', () => {
    const records = recordingGroups().flatMap((g) => g.rules);
    for (const r of records) {
      expect(r.record).toMatch(/^[a-z_]+:[a-z0-9_]+:[a-z0-9_]+$/);
    }
  });
});

describe('every alert', () => {
  const anchors = runbookAnchors();

  it.each(alerts.map((a) => [a.alert, a] as const))(
    '%s has a prefixed name, a severity, a summary and a figure',
    (name, a) => {
      expect(name).toMatch(/^Brigade[A-Z][A-Za-z0-9]+$/);
      expect(['critical', 'warning', 'info']).toContain(a.labels.severity);
      expect(a.annotations.summary).toMatch(/^[A-Z][^.]*\.$/);
      expect(a.annotations.description).toMatch(/\{\{ \$(value|labels)/);
      // A target that is down has no figure to report but its address.
      if (name !== 'BrigadeTargetDown') {
        expect(a.annotations.description).toContain('$value');
      }
    },
  );

  it.each(alerts.map((a) => [a.alert, a.annotations.runbook_url] as const))(
    '%s links to an existing runbook section',
    (_name, url) => {
      const [base, anchor] = url.split('#');
      expect(base).toBe(RUNBOOK_BASE);
      expect(anchors).toContain(anchor);
    },
  );

  it('has a promtool case where it fires and one where it stays silent', () => {
    const cases = promtoolCases();
    const firing = new Set(
      cases.filter((c) => c.exp_alerts.length > 0).map((c) => c.alertname),
    );
    const silent = new Set(
      cases.filter((c) => c.exp_alerts.length === 0).map((c) => c.alertname),
    );
    for (const name of alertNames) {
      expect(firing, name).toContain(name);
      expect(silent, name).toContain(name);
    }
  });
});

describe.runIf(shouldRun(promtool))('promtool', () => {
  it('accepts the rule files', () => {
    const files = Object.keys(ruleFiles()).map((f) => path.join(here, f));
    const result = run('promtool', ['check', 'rules', ...files]);
    expect(result.status, result.stdout + result.stderr).toBe(0);
  });

  it('passes every unit test in alerts/tests', () => {
    const dir = path.join(here, 'tests');
    const files = readdirSync(dir).filter((f) => f.endsWith('.test.yml'));
    const result = run('promtool', ['test', 'rules', ...files], dir);
    expect(result.status, result.stdout + result.stderr).toBe(0);
  });

  it('accepts the compose Prometheus configuration with its rules', () => {
    // The config names the rules by their path inside the container.
    const dir = mkdtempSync(path.join(tmpdir(), 'brigade-prom-'));
    const config = readFileSync(path.join(here, 'prometheus.yml'), 'utf8');
    const local = config.replaceAll('/etc/prometheus/rules', here);
    writeFileSync(path.join(dir, 'prometheus.yml'), local);
    const result = run('promtool', [
      'check',
      'config',
      `${dir}/prometheus.yml`,
    ]);
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toContain('2 rule files found');
  });
});

describe.runIf(shouldRun(amtool))('amtool', () => {
  const config = path.join(here, 'alertmanager.yml');

  it('accepts alertmanager.yml', () => {
    const result = run('amtool', ['check-config', config]);
    expect(result.status, result.stdout + result.stderr).toBe(0);
  });

  it.each([
    ['critical', 'pager'],
    ['warning', 'tickets'],
    ['info', 'chat'],
  ])('routes severity %s to %s', (severity, receiver) => {
    const result = run('amtool', [
      'config',
      'routes',
      'test',
      `--config.file=${config}`,
      `--verify.receivers=${receiver}`,
      'alertname=BrigadeAnything',
      `severity=${severity}`,
    ]);
    expect(result.status, result.stdout + result.stderr).toBe(0);
  });
});
