// The pubsub that carries events between instances: Yoga's in-process pubsub by default, Redis when
// REDIS_URL is set.
import { once } from 'node:events';
import { Redis } from 'ioredis';
import { createPubSub } from 'graphql-yoga';
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import type { Logger } from '../logger.ts';
import type { TransportPubSub } from './bus.ts';

export interface Transport {
  pubsub: TransportPubSub;
  /** Called with a callback that runs whenever Redis comes back after a disconnect. */
  onReconnect(listener: () => void): void;
  close(): Promise<void>;
}

export async function createTransport(redisUrl: string | undefined, logger: Logger): Promise<Transport> {
  if (!redisUrl) {
    return { pubsub: createPubSub() as TransportPubSub, onReconnect: () => {}, close: async () => {} };
  }
  const options = { lazyConnect: false, maxRetriesPerRequest: null, retryStrategy: (times: number) => Math.min(times * 200, 2000) };
  const publishClient = new Redis(redisUrl, options);
  const subscribeClient = new Redis(redisUrl, options);
  const listeners: Array<() => void> = [];
  let lostAt: number | undefined;
  for (const [name, client] of [['publish', publishClient], ['subscribe', subscribeClient]] as const) {
    client.on('error', (err) => logger.warn({ err: err.message, client: name }, 'redis error'));
    client.on('close', () => (lostAt ??= Date.now()));
  }
  subscribeClient.on('ready', () => {
    if (lostAt === undefined) return;
    logger.info({ downMs: Date.now() - lostAt }, 'redis is back; catching up from the outbox');
    lostAt = undefined;
    for (const l of listeners) l();
  });
  // ioredis 5.8+: a SUBSCRIBE sent before the client's own ready check can be lost (ioredis#2037).
  // `once` rejects on the first 'error' (e.g. Redis unreachable at start-up): fail the start, but do not leave
  // two clients reconnecting forever behind (they would keep the process alive).
  try {
    await Promise.all([once(publishClient, 'ready'), once(subscribeClient, 'ready')]);
  } catch (err) {
    publishClient.disconnect();
    subscribeClient.disconnect();
    throw err;
  }
  const pubsub = createPubSub({ eventTarget: createRedisEventTarget({ publishClient, subscribeClient }) }) as TransportPubSub;
  return {
    pubsub,
    onReconnect: (listener) => listeners.push(listener),
    close: async () => {
      publishClient.disconnect();
      subscribeClient.disconnect();
    },
  };
}
