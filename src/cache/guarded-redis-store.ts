/**
 * The Keyv store of one cache's L2 tier: @keyv/redis with every read and
 * write going through the shared connection's timeout and breaker. A
 * fault never reaches Keyv or cacheable: a read answers "not here" (so
 * the lookup falls through to the store), a write is dropped, and both
 * are counted by `onFault`.
 */
import KeyvRedis from '@keyv/redis';
import type { RedisConnection } from './redis-connection.ts';

export class GuardedRedisStore extends KeyvRedis<unknown> {
  constructor(
    private readonly connection: RedisConnection,
    private readonly onFault: () => void,
  ) {
    super(connection.client, {
      throwOnConnectError: true,
      throwOnErrors: true,
    });
    // Client errors are the connection's to log; re-emitted here they
    // would only repeat it, four times.
    this.on('error', () => {});
  }

  override async get<U = unknown>(key: string): Promise<U | undefined> {
    try {
      return await this.connection.call(() => super.get<U>(key));
    } catch {
      this.onFault();
      return undefined;
    }
  }

  override async set(key: string, value: string, ttl?: number): Promise<void> {
    try {
      await this.connection.call(() => super.set(key, value, ttl));
    } catch {
      this.onFault();
    }
  }

  override async delete(key: string): Promise<boolean> {
    try {
      return await this.connection.call(() => super.delete(key));
    } catch {
      this.onFault();
      return false;
    }
  }
}
