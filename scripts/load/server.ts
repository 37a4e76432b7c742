/**
 * The server under load: one already running (`--url`), or a child
 * process started here exactly as `npm start` starts it, on a free port
 * with a throwaway data folder and the faults a scenario needs.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface Target {
  url: string;
  /** The server's pid when it was started here (its /proc is readable). */
  pid?: number;
  /** Whether the server process is still running (always true for --url). */
  alive(): boolean;
  /** How a server started here ended early, with the tail of its stderr. */
  exitReport?(): string | undefined;
  stop(): Promise<void>;
}

export interface SpawnOptions {
  env?: Record<string, string>;
  /** Load telemetry with --import ./otel/register.ts (as npm start does). */
  telemetry?: boolean;
}

export function attach(url: string): Target {
  return {
    url: url.replace(/\/$/, ''),
    alive: () => true,
    stop: async () => undefined,
  };
}

export async function spawnServer(opts: SpawnOptions = {}): Promise<Target> {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'brigade-load-'));
  const imports = ['--import', 'tsx'];
  if (opts.telemetry !== false) imports.push('--import', './otel/register.ts');
  const child = spawn(process.execPath, [...imports, 'src/server.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      LOG_LEVEL: 'warn',
      ...opts.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const stderr: string[] = [];
  child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));

  const url = `http://127.0.0.1:${port}`;
  const target: Target = {
    url,
    pid: child.pid,
    alive: () => child.exitCode === null && child.signalCode === null,
    exitReport: () => {
      if (target.alive()) return undefined;
      const how = child.signalCode ?? `exit code ${child.exitCode}`;
      return (
        `server process ended during the scenario (${how}); its last ` +
        `stderr: ${stderr.join('').slice(-1500).trim() || '(none)'}`
      );
    },
    stop: async () => {
      await stopChild(child);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  try {
    await waitHealthy(url, target, 60_000);
  } catch (err) {
    await target.stop();
    const tail = stderr.join('').slice(-2000);
    throw new Error(`${(err as Error).message}\n${tail}`, { cause: err });
  }
  return target;
}

export async function healthy(url: string): Promise<boolean> {
  try {
    const res = await fetch(`${url}/healthz`, {
      signal: AbortSignal.timeout(2000),
    });
    return res.ok;
  } catch {
    return false;
  }
}

async function waitHealthy(url: string, target: Target, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!target.alive()) throw new Error('server exited before it was healthy');
    if (await healthy(url)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server not healthy within ${timeoutMs / 1000} s`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Peak and current resident set of a local process, from /proc (Linux).
 * Undefined elsewhere or for a server that was not started here.
 */
export function procMemory(
  pid: number | undefined,
): { peakBytes: number; rssBytes: number } | undefined {
  if (pid === undefined) return undefined;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) =>
      Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]) * 1024;
    return { peakBytes: kb('VmHWM'), rssBytes: kb('VmRSS') };
  } catch {
    return undefined;
  }
}
