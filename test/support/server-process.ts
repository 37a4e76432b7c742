/**
 * A Brigade server in a child process, as operators run it (`node --import
 * tsx --import ./otel/register.ts src/server.ts`), on a free loopback port
 * and a throwaway data folder. Its stdout (pino JSON) is kept line by line
 * so tests can read the logs.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../..',
);

export interface ServerProcess {
  url: string;
  port: number;
  pid: number;
  child: ChildProcess;
  /** Every stdout line so far, parsed when it is JSON. */
  logs(): Array<Record<string, unknown>>;
  stderr(): string;
  stop(): Promise<void>;
}

export interface ServerProcessOptions {
  env?: Record<string, string>;
  /** The entry module, relative to the repository (default src/server.ts). */
  entry?: string;
  /** Load otel/register.ts first (default true). */
  telemetry?: boolean;
  startTimeoutMs?: number;
  /** A fixed port, e.g. to restart on the port a scraper watches. */
  port?: number;
}

/** A port nobody listens on right now (the kernel picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

export async function startServerProcess(
  opts: ServerProcessOptions = {},
): Promise<ServerProcess> {
  const port = opts.port ?? (await freePort());
  const dataDir = mkdtempSync(path.join(tmpdir(), 'brigade-proc-'));
  const imports = ['--import', 'tsx'];
  if (opts.telemetry ?? true) imports.push('--import', './otel/register.ts');
  const child = spawn(
    process.execPath,
    [...imports, opts.entry ?? 'src/server.ts'],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        LOG_LEVEL: 'info',
        OTEL_SDK_DISABLED: undefined,
        ...opts.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const out = collectLines(child);
  let err = '';
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()));

  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitHealthy(url, child, opts.startTimeoutMs ?? 30_000, () => err);
  } catch (e) {
    await stop();
    throw e;
  }
  return {
    url,
    port,
    pid: child.pid!,
    child,
    logs: () => out.map(parseLine),
    stderr: () => err,
    stop,
  };
}

function collectLines(child: ChildProcess): string[] {
  const lines: string[] = [];
  let partial = '';
  child.stdout?.on('data', (d: Buffer) => {
    const parts = (partial + d.toString()).split('\n');
    partial = parts.pop() ?? '';
    lines.push(...parts.filter(Boolean));
  });
  return lines;
}

function parseLine(line: string): Record<string, unknown> {
  try {
    return JSON.parse(line) as Record<string, unknown>;
  } catch {
    return { notJson: line };
  }
}

async function waitHealthy(
  url: string,
  child: ChildProcess,
  timeoutMs: number,
  stderr: () => string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`server exited with ${child.exitCode}: ${stderr()}`);
    }
    const ok = await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`server not healthy after ${timeoutMs} ms: ${stderr()}`);
}
