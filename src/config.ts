/**
 * Every setting Brigade reads from the environment, in one place. The
 * README's configuration table mirrors `SETTINGS` below; a test keeps the
 * two in step.
 *
 * Empty values count as unset. A value that does not parse is an error
 * naming the variable: a service that silently ignores a typo in
 * MEMORY_LIMIT_MB is worse than one that refuses to start.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const int = (min: number) => z.coerce.number().int().min(min);
const optionalText = z.string().min(1).optional();

/** Variable name → schema with its default. Order is the README's order. */
export const SETTINGS = {
  PORT: int(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
    .default('info'),
  DATA_DIR: z.string().default(path.join(ROOT, 'var')),
  FOODS_PATH: z.string().default(path.join(ROOT, 'data/usda/ingredients.json')),
  PRICES_PATH: z.string().default(path.join(ROOT, 'data/prices.csv')),
  MAX_INGREDIENTS: int(1).default(20),
  BODY_LIMIT_KB: int(1).default(64),
  MAX_CONCURRENT: int(1).default(3),
  QUEUE_MAX: int(0).default(0),
  QUEUE_TIMEOUT_MS: int(1).default(10_000),
  MEMORY_LIMIT_MB: int(1).default(600),
  MEMORY_GRACE_MB: int(0).default(50),
  RUN_HISTORY: int(1).default(200),
  FAULTS: z.string().default(''),
  REDIS_URL: optionalText,
  REDIS_TIMEOUT_MS: int(1).default(50),
  CACHE_INGREDIENT_TTL_S: int(1).default(3600),
  CACHE_INGREDIENT_MAX: int(1).default(1000),
  CACHE_DENSITY_TTL_S: int(1).default(86_400),
  CACHE_DENSITY_MAX: int(1).default(500),
  CACHE_COST_TTL_S: int(1).default(21_600),
  CACHE_COST_MAX: int(1).default(500),
  CACHE_NUTRIENTS_TTL_S: int(1).default(604_800),
  CACHE_NUTRIENTS_MAX: int(1).default(2000),
  CACHE_ENABLED: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  ADMIN_TOKEN: optionalText,
  NEO4J_URI: optionalText,
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: optionalText,
  NEO4J_DATABASE: z.string().default('neo4j'),
} as const;

type Settings = typeof SETTINGS;
export type Config = { [K in keyof Settings]: z.output<Settings[K]> };

export class ConfigError extends Error {
  readonly code = 'invalid_config';
}

/** Reads and validates the environment; throws ConfigError naming the key. */
export function loadConfig(
  env: Record<string, string | undefined> = process.env,
): Config {
  const out: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(SETTINGS)) {
    const raw = env[key];
    const parsed = (schema as z.ZodType).safeParse(
      raw === '' ? undefined : raw,
    );
    if (!parsed.success) {
      const why = parsed.error.issues[0]?.message ?? 'invalid';
      throw new ConfigError(`${key}=${JSON.stringify(raw)}: ${why}`);
    }
    out[key] = parsed.data;
  }
  return out as Config;
}
