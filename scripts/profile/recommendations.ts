/**
 * What the profile suggests doing, drawn from its own figures: the
 * heaviest allocation sites, the agents closest to their caps, and the
 * process against the run budget. Each line names the figure behind it.
 */
import type { AgentPeak } from './agent-peaks.ts';
import type { Site } from './heap-sites.ts';

export interface Findings {
  peaks: readonly AgentPeak[];
  sites: readonly Site[];
  byOrigin: ReadonlyArray<{ origin: string; bytes: number }>;
  peakRssBytes: number;
  rssBudgetBytes: number;
}

/** Agents at or above this share of their cap are flagged. */
export const CAP_WARNING_SHARE = 0.5;

const pct = (share: number) => `${(share * 100).toFixed(1)} %`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const where = (s: Site) => `\`${s.functionName}\` (${s.file}:${s.line})`;

export function recommendations(f: Findings): string[] {
  const out: string[] = [];
  const total = f.byOrigin.reduce((a, o) => a + o.bytes, 0);

  const top = f.sites[0];
  if (top) {
    out.push(
      `The heaviest allocation site is ${where(top)} with ` +
        `${pct(top.share)} of sampled bytes; start there when allocation ` +
        `volume or GC time matters.`,
    );
  }
  const hooks = f.sites
    .filter((s) => s.file.startsWith('node:internal/async_hooks'))
    .reduce((a, s) => a + s.share, 0);
  if (hooks >= 0.02) {
    out.push(
      `Async hooks account for ${pct(hooks)} of sampled bytes: the price ` +
        `of carrying the trace context across awaits (AsyncLocalStorage). ` +
        `Fewer awaits on hot paths, not less tracing, is the lever.`,
    );
  }
  const ours = f.sites.find((s) => s.origin === 'brigade');
  if (ours) {
    out.push(
      `Brigade's own heaviest site is ${where(ours)} with ` +
        `${pct(ours.share)}; it is the first place a change in Brigade's ` +
        `code pays off.`,
    );
  }
  const pkg = f.byOrigin.find((o) => o.origin.startsWith('package '));
  if (pkg && total) {
    out.push(
      `Of the dependencies, ${pkg.origin.slice(8)} allocates most: ` +
        `${pct(pkg.bytes / total)} of sampled bytes.`,
    );
  }

  const hot = f.peaks.filter((p) => p.shareOfCap >= CAP_WARNING_SHARE);
  for (const p of hot) {
    out.push(
      `${p.name} grew the heap by up to ${mb(p.peakBytes)}, ` +
        `${pct(p.shareOfCap)} of its ${mb(p.capBytes)} cap: look at its ` +
        `allocations before the cap is reached under real load.`,
    );
  }
  if (!hot.length && f.peaks.length) {
    const closest = [...f.peaks].sort(
      (a, b) => b.shareOfCap - a.shareOfCap,
    )[0] as AgentPeak;
    out.push(
      `No agent came above ${pct(CAP_WARNING_SHARE)} of its cap; the ` +
        `closest is ${closest.name} at ${pct(closest.shareOfCap)} ` +
        `(${mb(closest.peakBytes)} of ${mb(closest.capBytes)}), so the caps ` +
        `leave ample headroom for these recipes.`,
    );
  }

  const rssShare = f.peakRssBytes / f.rssBudgetBytes;
  out.push(
    rssShare >= CAP_WARNING_SHARE
      ? `Peak RSS ${mb(f.peakRssBytes)} is ${pct(rssShare)} of the ` +
          `${mb(f.rssBudgetBytes)} run budget: three concurrent runs may not ` +
          `fit; measure with the concurrent load scenario.`
      : `Peak RSS ${mb(f.peakRssBytes)} is ${pct(rssShare)} of the ` +
          `${mb(f.rssBudgetBytes)} budget; most of it is the process itself ` +
          `(code, catalog, index), not the runs.`,
  );
  return out;
}
