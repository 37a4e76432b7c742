/**
 * Tells every Brigade process sharing a Redis which keys a price import
 * dropped, so their L1 tiers drop them too instead of serving the old
 * cost until its TTL. Redis pub/sub is fire-and-forget: a process that is
 * disconnected when the message goes out keeps its stale L1 entries
 * until their TTL (6 h for costs by default).
 */
import type { RedisClientType } from '@keyv/redis';
import type { Logger } from 'pino';
import type { RedisConnection } from './redis-connection.ts';

export const INVALIDATION_CHANNEL = 'brigade:cache:invalidate';

interface Message {
  /** Sender, so a process does not act on its own message. */
  from: string;
  keys: string[];
}

export class InvalidationChannel {
  private readonly subscriber: RedisClientType;
  private readonly id = `${process.pid}-${Math.random().toString(36).slice(2)}`;

  constructor(
    private readonly redis: RedisConnection,
    private readonly onKeys: (keys: string[]) => Promise<void>,
    private readonly log: Logger,
  ) {
    // A subscribed connection can run no other command, hence its own.
    this.subscriber = redis.client.duplicate() as RedisClientType;
    // Its faults are the main connection's faults; that one logs them.
    this.subscriber.on('error', () => {});
  }

  start(): void {
    this.subscriber
      .connect()
      .then(() => this.subscriber.subscribe(INVALIDATION_CHANNEL, this.receive))
      .catch((err: Error) =>
        this.log.debug({ err }, 'cache: invalidation channel not subscribed'),
      );
  }

  /** Publishes dropped keys; false when Redis did not take the message. */
  async publish(keys: readonly string[]): Promise<boolean> {
    const message: Message = { from: this.id, keys: [...keys] };
    try {
      await this.redis.call(
        () =>
          this.redis.client.publish(
            INVALIDATION_CHANNEL,
            JSON.stringify(message),
          ),
        { urgent: true, timeoutMs: this.redis.timeoutMs * 20 },
      );
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    if (this.subscriber.isOpen) {
      await this.subscriber.close().catch(() => this.subscriber.destroy());
    }
  }

  private readonly receive = (raw: string): void => {
    let message: Message;
    try {
      message = JSON.parse(raw) as Message;
    } catch {
      return;
    }
    if (message.from === this.id || !Array.isArray(message.keys)) return;
    this.onKeys(message.keys).catch((err: Error) =>
      this.log.warn({ err }, 'cache: could not drop invalidated keys'),
    );
  };
}
