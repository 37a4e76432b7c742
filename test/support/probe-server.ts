/**
 * The server entry for tests across processes: src/server.ts's
 * startServer with one agent wrapped by a RedisProbe, so that runs in
 * several processes are counted in one place.
 *   PROBE_REDIS_URL  Redis holding the counter (required)
 *   PROBE_HOLD_MS    how long each probed execution holds (default 400)
 */
import { Redis } from 'ioredis';
import { startServer } from '../../src/server.ts';
import { loadConfig } from '../../src/config.ts';
import { probedAgents, RedisProbe } from './probe-agent.ts';

const url = process.env.PROBE_REDIS_URL;
if (!url) throw new Error('probe-server: PROBE_REDIS_URL is required');
const client = new Redis(url);
const probe = new RedisProbe(client);
const holdMs = Number(process.env.PROBE_HOLD_MS ?? 400);

const { close } = await startServer(loadConfig(), {
  agents: probedAgents(probe, holdMs),
});
process.once('SIGTERM', () => {
  void close().then(() => {
    client.disconnect();
    process.exit(0);
  });
});
