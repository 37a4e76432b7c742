/**
 * A Brigade with its HTTP app on a free loopback port, in this process,
 * on a throwaway data folder. For tests that talk real HTTP without the
 * cost of a child process.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  createBrigade,
  type Brigade,
  type BrigadeOptions,
} from '../../src/brigade.ts';
import { loadConfig } from '../../src/config.ts';
import { createApp } from '../../src/http/app.ts';

export interface InProcess {
  brigade: Brigade;
  url: string;
  dataDir: string;
  close(): Promise<void>;
}

export async function startInProcess(
  env: Record<string, string> = {},
  options: BrigadeOptions = {},
): Promise<InProcess> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'brigade-test-'));
  const config = loadConfig({ LOG_LEVEL: 'silent', ...env, DATA_DIR: dataDir });
  const brigade = await createBrigade(config, options);
  const server: Server = createApp(brigade).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    brigade,
    url: `http://127.0.0.1:${port}`,
    dataDir,
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await brigade.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The recipes of data/recipes/recipes.json, by id. */
export async function realRecipe(id: string) {
  const { default: recipes } = await import('../../data/recipes/recipes.json', {
    with: { type: 'json' },
  });
  const found = (recipes as Array<{ id: string }>).find((r) => r.id === id);
  if (!found) throw new Error(`no recipe ${id} in the data`);
  return found as unknown as import('../../src/domain/types.ts').RecipeInput;
}

export function postRun(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
) {
  return fetch(`${url}/api/orchestration/run`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}
