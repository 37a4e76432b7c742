/**
 * Writes a scenario's report: reports/load-<scenario>.json with every
 * figure, reports/load-<scenario>.md with the verdicts, the phases and
 * the latency histogram, and the histogram itself as an SVG beside it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bucketize, histogramSvg } from './histogram-svg.ts';
import type { Phase } from './phase.ts';
import type { Check } from './verdicts.ts';
import { BUDGETS } from './verdicts.ts';

export const REPORTS_DIR = fileURLToPath(
  new URL('../../reports', import.meta.url),
);

export interface ScenarioReport {
  scenario: string;
  startedAt: string;
  server: string;
  settings: Record<string, string | number>;
  phases: Phase[];
  checks: Check[];
  notes: string[];
  /** The phase whose latencies the histogram shows. */
  histogramPhase: string;
}

const ms = (n: number) => (Number.isNaN(n) ? '–' : `${Math.round(n)}`);
const MARK = { pass: 'pass', fail: '**FAIL**', 'n/a': 'n/a' } as const;

export function renderMarkdown(r: ScenarioReport, svgFile: string): string {
  const checks = r.checks.map(
    (c) => `| ${c.name} | ${c.measured} | ${c.target} | ${MARK[c.outcome]} |`,
  );
  const phases = r.phases.map((p) =>
    [
      p.name,
      p.connections,
      p.runs,
      ms(p.latency.p50Ms),
      ms(p.latency.p95Ms),
      ms(p.latency.p99Ms),
      ms(p.latency.maxMs),
      p.throughputRps.toFixed(2),
      codes(p.statusCodes, p.errors),
      codes(p.runStatus, 0),
    ].join(' | '),
  );
  const settings = Object.entries(r.settings).map(([k, v]) => `${k}=${v}`);
  return [
    `# Load scenario \`${r.scenario}\``,
    '',
    `${r.startedAt} · server ${r.server} · ${settings.join(' · ')}`,
    '',
    '## Verdicts',
    '',
    '| check | measured | target | verdict |',
    '|---|---|---|---|',
    ...checks,
    '',
    '## Phases',
    '',
    '| phase | connections | runs | p50 ms | p95 ms | p99 ms | max ms | ' +
      'runs/s | HTTP status | run status |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...phases.map((row) => `| ${row} |`),
    '',
    'Latencies are client-side, request sent to response read, nearest-rank percentiles.',
    '',
    `## Latency histogram (${r.histogramPhase})`,
    '',
    `Buckets are the budget edges of \`otel/names.ts\`; red bars are over ` +
      `the ${BUDGETS.p95Ms / 1000} s run budget.`,
    '',
    `![latency histogram](${svgFile})`,
    '',
    ...(r.notes.length
      ? ['## Notes', '', ...r.notes.map((n) => `- ${n}`), '']
      : []),
  ].join('\n');
}

function codes(counts: Record<string, number>, errors: number): string {
  const parts = Object.entries(counts).map(([k, v]) => `${k}×${v}`);
  if (errors) parts.push(`no answer×${errors}`);
  return parts.join(', ') || '–';
}

/** Writes the three files; returns the Markdown path. */
export function writeReport(r: ScenarioReport, dir = REPORTS_DIR): string {
  mkdirSync(dir, { recursive: true });
  const base = `load-${r.scenario}`;
  const svgFile = `${base}-latency.svg`;
  const phase = r.phases.find((p) => p.name === r.histogramPhase);
  const svg = histogramSvg(bucketize(phase?.latenciesMs ?? []), {
    title: `${r.scenario}: ${phase?.runs ?? 0} runs (${r.histogramPhase})`,
    budgetS: BUDGETS.p95Ms / 1000,
  });
  writeFileSync(path.join(dir, svgFile), svg);
  writeFileSync(
    path.join(dir, `${base}.json`),
    JSON.stringify(r, null, 2) + '\n',
  );
  const md = path.join(dir, `${base}.md`);
  writeFileSync(md, renderMarkdown(r, svgFile));
  return md;
}
