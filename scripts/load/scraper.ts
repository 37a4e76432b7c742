/**
 * Scrapes /metrics while load runs, as Prometheus would: RSS and active
 * runs over time, and the first and last expositions so counters can be
 * read as deltas over the scenario. A scrape that fails is skipped (the
 * server may be busy); the report counts them.
 */
import { parseExposition, sumOf, type Sample } from './prometheus-text.ts';
import { procMemory, type Target } from './server.ts';

export interface MemorySample {
  /** Milliseconds since the scraper started. */
  tMs: number;
  rssBytes: number;
  activeRuns?: number;
}

export interface ScrapeResult {
  samples: MemorySample[];
  first: Sample[];
  last: Sample[];
  failedScrapes: number;
  /** Highest RSS seen: the kernel's high-water mark when the pid is ours. */
  peakRssBytes?: number;
  maxActiveRuns?: number;
}

export class Scraper {
  private readonly samples: MemorySample[] = [];
  private first: Sample[] = [];
  private last: Sample[] = [];
  private failed = 0;
  private timer?: NodeJS.Timeout;
  private readonly t0 = performance.now();
  private inFlight?: Promise<void>;

  constructor(
    private readonly target: Target,
    private readonly intervalMs: number,
  ) {}

  async start(): Promise<void> {
    await this.scrape();
    this.first = this.last;
    this.timer = setInterval(() => {
      this.inFlight ??= this.scrape().finally(
        () => (this.inFlight = undefined),
      );
    }, this.intervalMs);
  }

  async stop(): Promise<ScrapeResult> {
    clearInterval(this.timer);
    await this.inFlight;
    await this.scrape();
    const rss = this.samples.map((s) => s.rssBytes);
    const active = this.samples.flatMap((s) => s.activeRuns ?? []);
    const peak = procMemory(this.target.pid)?.peakBytes;
    return {
      samples: this.samples,
      first: this.first,
      last: this.last,
      failedScrapes: this.failed,
      peakRssBytes:
        rss.length || peak ? Math.max(peak ?? 0, ...rss) : undefined,
      maxActiveRuns: active.length ? Math.max(...active) : undefined,
    };
  }

  private async scrape(): Promise<void> {
    const tMs = performance.now() - this.t0;
    try {
      const res = await fetch(`${this.target.url}/metrics`, {
        signal: AbortSignal.timeout(5000),
      });
      const parsed = parseExposition(await res.text());
      this.last = parsed;
      const fromProc = procMemory(this.target.pid)?.rssBytes;
      const rss = fromProc ?? sumOf(parsed, 'process_resident_memory_bytes');
      const activeRuns = sumOf(parsed, 'orchestration_active_runs');
      if (rss !== undefined)
        this.samples.push({ tMs, rssBytes: rss, activeRuns });
    } catch {
      this.failed++;
    }
  }
}
