/**
 * reports/profile.md: the per-agent peaks against their caps, the top
 * allocation sites, the bytes per origin, and the recommendations.
 */
import type { AgentPeak } from './agent-peaks.ts';
import type { Site } from './heap-sites.ts';

export interface ProfileReport {
  startedAt: string;
  runs: number;
  recipes: number;
  samplingIntervalBytes: number;
  peaks: AgentPeak[];
  sites: Site[];
  byOrigin: Array<{ origin: string; bytes: number }>;
  peakRssBytes: number;
  recommendations: string[];
  heapProfileFile: string;
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(2);
const kb = (bytes: number) => (bytes / 1024).toFixed(0);
const pct = (share: number) => `${(share * 100).toFixed(1)} %`;

export function renderProfile(r: ProfileReport, topN = 20): string {
  const total = r.byOrigin.reduce((a, o) => a + o.bytes, 0);
  return [
    '# Memory profile',
    '',
    `${r.startedAt} · ${r.runs} runs in process over ${r.recipes} real ` +
      `recipes · V8 sampling heap profiler, one sample per ` +
      `${kb(r.samplingIntervalBytes)} KB allocated, objects later collected ` +
      `included · peak RSS ${mb(r.peakRssBytes)} MB`,
    '',
    '## Peak memory per agent',
    '',
    'Growth is heap used plus external memory from the start to the end ' +
      'of the agent (the run document’s `memoryBytes`), the largest over ' +
      'the runs. RSS is the process’s resident set when the agent ended.',
    '',
    '| agent | runs | peak growth MB | mean growth MB | cap MB | ' +
      'peak / cap | peak RSS MB | slowest ms | budget ms |',
    '|---|---|---|---|---|---|---|---|---|',
    ...r.peaks.map(
      (p) =>
        `| ${p.name} | ${p.runs} | ${mb(p.peakBytes)} | ` +
        `${mb(p.meanBytes)} | ${mb(p.capBytes)} | ${pct(p.shareOfCap)} | ` +
        `${mb(p.peakRssBytes)} | ${p.maxDurationMs.toFixed(1)} | ` +
        `${p.budgetMs} |`,
    ),
    '',
    `## Top ${topN} allocation sites`,
    '',
    'Sampled bytes allocated at each function and line, summed over every ' +
      'call path that reaches it (self size). Allocations inside built-ins ' +
      '(Map, Array methods, RegExp) are charged to the JavaScript line that ' +
      'called them; TypeScript lines are mapped back through the source ' +
      'maps.',
    '',
    '| # | function | file:line | origin | sampled KB | share |',
    '|---|---|---|---|---|---|',
    ...r.sites
      .slice(0, topN)
      .map(
        (s, i) =>
          `| ${i + 1} | \`${s.functionName}\` | ${s.file}:${s.line} | ` +
          `${s.origin} | ${kb(s.bytes)} | ${pct(s.share)} |`,
      ),
    '',
    '## Sampled bytes by origin',
    '',
    '| origin | sampled KB | share |',
    '|---|---|---|',
    ...r.byOrigin
      .slice(0, 12)
      .map(
        (o) =>
          `| ${o.origin} | ${kb(o.bytes)} | ${pct(total ? o.bytes / total : 0)} |`,
      ),
    '',
    '## Recommendations',
    '',
    ...r.recommendations.map((line) => `- ${line}`),
    '',
    `The raw profile is \`${r.heapProfileFile}\`: open it in Chrome ` +
      `DevTools (Memory tab, Load) to walk the call tree.`,
    '',
  ].join('\n');
}
