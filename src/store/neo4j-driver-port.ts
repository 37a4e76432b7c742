/**
 * The part of `neo4j-driver` the Neo4j store uses, as small interfaces,
 * so tests can stand a recording double in for the driver; and the one
 * place that opens the real driver and turns its errors into StoreErrors.
 */
import neo4j from 'neo4j-driver';
import { StoreError } from './store-error.ts';

export interface CountersLike {
  updates(): { nodesCreated: number; relationshipsCreated: number };
}

export interface RecordLike {
  get(key: string): unknown;
}

export interface ResultLike {
  records: RecordLike[];
  summary: { counters: CountersLike };
}

export interface TxLike {
  run(query: string, params?: Record<string, unknown>): PromiseLike<ResultLike>;
}

export interface SessionLike {
  executeWrite<T>(work: (tx: TxLike) => Promise<T>): Promise<T>;
  executeRead<T>(work: (tx: TxLike) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface DriverLike {
  session(config: {
    database: string;
    defaultAccessMode: 'READ' | 'WRITE';
  }): SessionLike;
  getServerInfo(config: {
    database: string;
  }): Promise<{ address?: string; agent?: string }>;
  close(): Promise<void>;
}

export interface Neo4jSettings {
  uri: string;
  user: string;
  /** Unset means the server runs without authentication. */
  password?: string;
  database: string;
  /**
   * How long a managed transaction keeps retrying transient errors (and
   * an unreachable server), in ms. The driver's default is 30 s; a run
   * should learn sooner that the store is down. With 1 s, a write to a
   * server that refuses connections gives up after about 1.2 s.
   */
  maxRetryMs?: number;
  /** Time to open a connection, in ms. */
  connectionTimeoutMs?: number;
}

export const DEFAULT_MAX_RETRY_MS = 1000;
export const DEFAULT_CONNECTION_TIMEOUT_MS = 3000;

/** One driver per process: it owns the connection pool. */
export function openDriver(s: Neo4jSettings): DriverLike {
  const auth =
    s.password === undefined
      ? undefined // the driver then sends the `none` scheme
      : neo4j.auth.basic(s.user, s.password);
  try {
    return neo4j.driver(s.uri, auth, {
      disableLosslessIntegers: true,
      maxTransactionRetryTime: s.maxRetryMs ?? DEFAULT_MAX_RETRY_MS,
      connectionTimeout: s.connectionTimeoutMs ?? DEFAULT_CONNECTION_TIMEOUT_MS,
      connectionAcquisitionTimeout:
        s.connectionTimeoutMs ?? DEFAULT_CONNECTION_TIMEOUT_MS,
      userAgent: 'brigade',
    }) satisfies DriverLike;
  } catch (err) {
    throw new StoreError(
      'store_unavailable',
      `store: cannot open neo4j at ${s.uri}: ${(err as Error).message}`,
      { cause: err },
    );
  }
}

const UNREACHABLE = new Set([
  neo4j.error.SERVICE_UNAVAILABLE,
  neo4j.error.SESSION_EXPIRED,
]);

/** True when the server could not be reached, rather than refusing. */
export function isUnreachable(err: unknown): boolean {
  return UNREACHABLE.has((err as { code?: string })?.code ?? '');
}

/** `neo4j <code>: <message>`, the part of a StoreError's message. */
export function describeNeo4jError(err: unknown): string {
  const code = (err as { code?: unknown })?.code;
  const message = err instanceof Error ? err.message : String(err);
  return `neo4j ${typeof code === 'string' ? code : 'error'}: ${message}`;
}

/** Opens a session for one unit of work and closes it on every path. */
export async function inSession<T>(
  driver: DriverLike,
  database: string,
  mode: 'READ' | 'WRITE',
  work: (tx: TxLike) => PromiseLike<T>,
): Promise<T> {
  const session = driver.session({ database, defaultAccessMode: mode });
  const unit = async (tx: TxLike) => work(tx);
  try {
    return mode === 'WRITE'
      ? await session.executeWrite(unit)
      : await session.executeRead(unit);
  } finally {
    await session.close();
  }
}
