/**
 * Keeps the process under its memory limit. New runs are refused above
 * MEMORY_LIMIT_MB; a run already going may use the grace above it, and
 * is stopped beyond limit + grace. Nothing here ever exits the process.
 */
import { componentLog } from '../log.ts';
import { AdmissionError } from './admission-error.ts';

const log = componentLog('admission.memory');
const MB = 1024 * 1024;

export class MemoryLimitError extends Error {
  readonly code = 'memory_limit';
}

export interface MemoryGuardOptions {
  limitMb: number;
  graceMb: number;
  /** Injected in tests; defaults to the process's RSS. */
  rssBytes?: () => number;
  onRejected?: () => void;
}

export class MemoryGuard {
  private readonly rss: () => number;

  constructor(private readonly opts: MemoryGuardOptions) {
    this.rss = opts.rssBytes ?? (() => process.memoryUsage.rss());
  }

  /** Before admission: throws a 503 AdmissionError above the limit. */
  admit(): void {
    const rss = this.rss();
    if (rss <= this.opts.limitMb * MB) return;
    const figures = { rssMb: mb(rss), limitMb: this.opts.limitMb };
    log.warn(
      figures,
      `admission.memory: refusing a run, RSS ${figures.rssMb} MB over the ` +
        `${figures.limitMb} MB limit`,
    );
    this.opts.onRejected?.();
    throw new AdmissionError(
      'memory',
      `RSS ${figures.rssMb} MB is over the ${figures.limitMb} MB limit`,
      5,
    );
  }

  /** Before each agent: throws MemoryLimitError beyond limit + grace. */
  checkRun(agent: string): void {
    const rss = this.rss();
    const hard = (this.opts.limitMb + this.opts.graceMb) * MB;
    if (rss <= hard) return;
    const figures = { agent, rssMb: mb(rss), hardLimitMb: mb(hard) };
    log.error(
      figures,
      `admission.memory: stopping a run before ${agent}, RSS ` +
        `${figures.rssMb} MB over ${figures.hardLimitMb} MB`,
    );
    throw new MemoryLimitError(
      `RSS ${figures.rssMb} MB exceeded the ${figures.hardLimitMb} MB limit (limit + grace)`,
    );
  }
}

const mb = (bytes: number) => Math.round(bytes / MB);
