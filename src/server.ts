/**
 * Starts the HTTP server (`npm start`, `brigade serve`). Run it with
 * `node --import tsx --import ./otel/register.ts src/server.ts` so
 * telemetry is up before the app loads.
 */
import type { Server } from 'node:http';
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
  };
  return { server, port, brigade, close };
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  startServer()
    .then(({ close }) => {
      for (const signal of ['SIGINT', 'SIGTERM'] as const) {
        process.once(signal, () => void close().then(() => process.exit(0)));
      }
    })
    .catch((err: Error) => {
      log.fatal({ err }, `server: cannot start: ${err.message}`);
      process.exit(1);
    });
}
