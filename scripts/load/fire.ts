/**
 * Sends a fixed number of runs with autocannon, each with the next body
 * of a rotating list, and keeps every response: status code, latency and
 * the run status of the run document. A progress bar shows on stderr.
 */
import autocannon from 'autocannon';
import { SingleBar, Presets } from 'cli-progress';

export interface Response {
  statusCode: number;
  latencyMs: number;
}

export interface FireResult {
  responses: Response[];
  /** Connection errors and timeouts: runs that got no answer at all. */
  errors: number;
  /** Run documents by their `status` (success, partial, failed). */
  runStatus: Record<string, number>;
  /** Runs whose agents saw another run in flight on the server. */
  overlapped: number;
  durationS: number;
}

export interface FirePlan {
  url: string;
  bodies: readonly string[];
  /** Connections open at once: runs in flight at the same time. */
  connections: number;
  amount: number;
  /** Index of the first body, so consecutive calls keep rotating. */
  offset?: number;
  label?: string;
  /** A caller that draws its own progress (sustained) turns this off. */
  progress?: boolean;
  timeoutS?: number;
}

export async function fire(plan: FirePlan): Promise<FireResult> {
  const responses: Response[] = [];
  const runStatus: Record<string, number> = {};
  let overlapped = 0;
  let next = plan.offset ?? 0;
  const bar = plan.progress === false ? undefined : progressBar(plan);

  let done!: (r: autocannon.Result) => void;
  let failed!: (err: unknown) => void;
  const finished = new Promise<autocannon.Result>((resolve, reject) => {
    done = resolve;
    failed = reject;
  });
  const options: autocannon.Options = {
    url: `${plan.url}/api/orchestration/run`,
    connections: plan.connections,
    amount: plan.amount,
    timeout: plan.timeoutS ?? 30,
    // autocannon notices it is done only on a sample tick (1 s by
    // default), which would pad every short phase to whole seconds.
    sampleInt: 20,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupRequest: (req) => ({
          ...req,
          body: plan.bodies[next++ % plan.bodies.length],
        }),
        onResponse: (_status, body) => {
          const doc = runDocument(body);
          if (doc.status)
            runStatus[doc.status] = (runStatus[doc.status] ?? 0) + 1;
          if (doc.agents?.some((a) => a.memoryApproximate)) overlapped++;
        },
      },
    ],
  };
  const instance = autocannon(options, (err, result) =>
    err ? failed(err) : done(result),
  );
  let errors = 0;
  const t0 = performance.now();
  let lastAt = t0;
  instance.on('response', (_client, statusCode, _bytes, latencyMs) => {
    lastAt = performance.now();
    responses.push({ statusCode, latencyMs });
    bar?.increment();
  });
  instance.on('reqError', () => {
    lastAt = performance.now();
    errors++;
    bar?.increment();
  });
  await finished.finally(() => bar?.stop());
  // Wall time from start to the last answer, not autocannon's own figure,
  // which is rounded up to its sample tick.
  const durationS = (lastAt - t0) / 1000;
  return { responses, errors, runStatus, overlapped, durationS };
}

interface RunDocumentView {
  status?: string;
  agents?: Array<{ memoryApproximate?: boolean }>;
}

/** The parts of a run document load cares about; {} for a problem body. */
function runDocument(body: string): RunDocumentView {
  try {
    return JSON.parse(body) as RunDocumentView;
  } catch {
    return {};
  }
}

export function progressBar(plan: { amount: number; label?: string }) {
  const bar = new SingleBar(
    {
      format: `${plan.label ?? 'runs'} [{bar}] {value}/{total} runs, {duration}s`,
      stream: process.stderr,
      hideCursor: true,
    },
    Presets.shades_classic,
  );
  bar.start(plan.amount, 0);
  return bar;
}

/** Merges results of consecutive fire() calls. */
export function merge(results: readonly FireResult[]): FireResult {
  const runStatus: Record<string, number> = {};
  for (const r of results) {
    for (const [k, v] of Object.entries(r.runStatus)) {
      runStatus[k] = (runStatus[k] ?? 0) + v;
    }
  }
  return {
    responses: results.flatMap((r) => r.responses),
    errors: results.reduce((a, r) => a + r.errors, 0),
    runStatus,
    overlapped: results.reduce((a, r) => a + r.overlapped, 0),
    durationS: results.reduce((a, r) => a + r.durationS, 0),
  };
}
