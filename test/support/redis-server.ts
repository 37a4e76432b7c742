/** A throwaway redis-server on a free loopback port, without persistence. */
import { spawn } from 'node:child_process';
import { Redis } from 'ioredis';
import { freePort } from './server-process.ts';

export interface RedisServer {
  url: string;
  client: Redis;
  stop(): Promise<void>;
}

export async function startRedis(bin: string): Promise<RedisServer> {
  const port = await freePort();
  const child = spawn(
    bin,
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  await new Promise<void>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(
      () => reject(new Error(`redis-server: ${out}`)),
      10_000,
    );
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) =>
      reject(new Error(`redis-server exited ${code}: ${out}`)),
    );
  });
  const url = `redis://127.0.0.1:${port}`;
  const client = new Redis(url);
  return {
    url,
    client,
    async stop() {
      client.disconnect();
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
