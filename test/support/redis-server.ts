/**
 * A throwaway redis-server for tests: a free loopback port, no
 * persistence, and kill/freeze/restart on the same port to act out an
 * outage. Where the binary is missing the tests skip loudly, except under
 * CI, where they must run (see binaries.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createConnection } from 'node:net';
import { Redis } from 'ioredis';
import { findBinary } from './binaries.ts';
import { freePort } from './server-process.ts';

/** The redis-server binary, or undefined (with a loud warning) if absent. */
export const redisBinary = (): string | undefined => findBinary('redis-server');

export function redisAvailable(): boolean {
  return redisBinary() !== undefined;
}

function answersPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    socket.setTimeout(200);
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (d) => {
      socket.destroy();
      resolve(d.toString().startsWith('+PONG'));
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

export class RedisServer {
  private child: ChildProcess | undefined;

  private constructor(
    readonly port: number,
    private readonly bin: string,
  ) {}

  static async start(bin = redisBinary()): Promise<RedisServer> {
    if (!bin) throw new Error('redis-server is not installed');
    const server = new RedisServer(await freePort(), bin);
    await server.restart();
    return server;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** Starts (again) on the same port, empty, and waits for PONG. */
  async restart(): Promise<void> {
    this.child = spawn(
      this.bin,
      [
        '--port',
        String(this.port),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'no',
      ],
      { stdio: 'ignore' },
    );
    for (let i = 0; i < 100; i++) {
      if (await answersPing(this.port)) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`redis-server did not answer on port ${this.port}`);
  }

  /** SIGKILL: no goodbye to clients, as when a host dies. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await exited;
    this.child = undefined;
  }

  /** SIGSTOP / SIGCONT: the socket stays open but nothing answers. */
  freeze(): void {
    this.child?.kill('SIGSTOP');
  }

  thaw(): void {
    this.child?.kill('SIGCONT');
  }

  stop(): Promise<void> {
    this.thaw();
    return this.kill();
  }
}

/** A running server with a connected client, for tests that inspect keys. */
export interface RedisWithClient {
  url: string;
  client: Redis;
  server: RedisServer;
  stop(): Promise<void>;
}

export async function startRedis(bin?: string): Promise<RedisWithClient> {
  const server = await RedisServer.start(bin);
  const client = new Redis(server.url);
  return {
    url: server.url,
    client,
    server,
    async stop() {
      client.disconnect();
      await server.stop();
    },
  };
}
