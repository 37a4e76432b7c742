/**
 * Starts the HTTP server (`npm start`, `brigade serve`). Run it with
 * `node --import tsx --import ./otel/register.ts src/server.ts` so
 * telemetry is up before the app loads.
 */
import type { Server } from 'node:http';
import { shutdownTelemetry } from '../otel/lifecycle.ts';
import { createBrigade, type BrigadeOptions } from './brigade.ts';
import { loadConfig, type Config } from './config.ts';
import { createApp } from './http/app.ts';
import { log } from './log.ts';

export async function startServer(
  config: Config = loadConfig(),
  options: BrigadeOptions = {},
) {
  const brigade = await createBrigade(config, options);
  const app = createApp(brigade);
  const server: Server = app.listen(config.PORT, config.HOST);
  // A client that sends less body than it announced is dropped after
  // 30 s rather than Node's default 5 minutes.
  server.requestTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const address = server.address();
  const port =
    typeof address === 'object' && address ? address.port : config.PORT;
  log.info({ port }, `server: listening on http://${config.HOST}:${port}`);

  let closing = false;
  const close = async () => {
    if (closing) return;
    closing = true;
    log.info('server: shutting down');
    await new Promise((resolve) => server.close(resolve));
    await brigade.close();
    // The last runs' spans are still in the batch processor.
    await shutdownTelemetry();
  };
  return { server, port, brigade, close };
}

/**
 * Why the server could not start, in one line that names what to change:
 * the variable (ConfigError names it already) or the port.
 */
export function startFailureMessage(err: unknown): string {
  const e = err as NodeJS.ErrnoException & { port?: number; address?: string };
  const where = `port ${e?.port} on ${e?.address}`;
  switch (e?.code) {
    case 'EADDRINUSE':
      return `${where} is already in use; stop the other server or set PORT to a free port`;
    case 'EACCES':
      return `no permission to listen on ${where}; set PORT to 1024 or above`;
    case 'EADDRNOTAVAIL':
      return `HOST=${e.address} is not an address of this machine`;
    default:
      return e?.message ?? String(err);
  }
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  startServer()
    .then(({ close }) => {
      for (const signal of ['SIGINT', 'SIGTERM'] as const) {
        process.once(signal, () => void close().then(() => process.exit(0)));
      }
    })
    .catch((err: unknown) => {
      // The stack helps only someone debugging Brigade itself.
      log.debug({ err }, 'server: start failure detail');
      log.fatal(`server: cannot start: ${startFailureMessage(err)}`);
      process.exit(1);
    });
}
