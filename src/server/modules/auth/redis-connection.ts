// The Redis connection behind login throttling: fails fast while down, reconnects forever, logs each outage once.
import type { FastifyBaseLogger } from 'fastify';
import { Redis } from 'ioredis';

/** Every timing of the connection, chosen so that a request never waits long on a Redis that is gone. */
export const REDIS_CONNECTION = {
  /** How long one connection attempt may take before it counts as failed. */
  connectTimeoutMs: 2000,
  /** A command on a connection that has gone silent (no reset, no reply) fails after this. */
  commandTimeoutMs: 1000,
  /** Reconnection waits grow by this much per failed attempt… */
  reconnectStepMs: 100,
  /** …up to this, and never stop: Redis coming back is noticed within this long. */
  reconnectMaxMs: 1000,
} as const;

export interface RedisConnection {
  redis: Redis;
  /** True when Redis answers a PING now. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

/** host:port only, so a password in REDIS_URL never reaches a log line. */
function describe(url: string): string {
  return new URL(url).host;
}

/**
 * Watches the connection and logs once when an outage starts (warn) and once when it ends
 * (info), instead of once per failed reconnection; the 'error' listener also keeps ioredis
 * from reporting "Unhandled error event".
 */
function logOutagesOnce(redis: Redis, where: string, log: FastifyBaseLogger): { closing(): void } {
  let down = false;
  let closing = false;
  const wentDown = (err?: Error) => {
    if (down || closing) return;
    down = true;
    log.warn(
      // The reason alone: a stack trace says nothing about a server that is not answering.
      { redis: where, reason: err?.message ?? 'connection closed' },
      'Redis (REDIS_URL) is unreachable: login, sign-up and password change answer 503, and /readyz 503, until it is back',
    );
  };
  redis.on('error', wentDown);
  redis.on('close', () => wentDown());
  redis.on('ready', () => {
    if (!down) return;
    down = false;
    log.info({ redis: where }, 'Redis is reachable again: login works again');
  });
  return {
    closing: () => {
      closing = true;
    },
  };
}

/**
 * Connects to Redis. Commands fail at once while it is unreachable (no offline queue, no
 * retries), so the attempt counter can answer 503 instead of holding requests. When Redis
 * does not answer at start-up the app still starts, not ready: /readyz answers 503 and
 * sign-in 503 until the background reconnection succeeds.
 */
export async function connectRedis(url: string, log: FastifyBaseLogger): Promise<RedisConnection> {
  const where = describe(url);
  const redis = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: REDIS_CONNECTION.connectTimeoutMs,
    commandTimeout: REDIS_CONNECTION.commandTimeoutMs,
    retryStrategy: (attempt) =>
      Math.min(attempt * REDIS_CONNECTION.reconnectStepMs, REDIS_CONNECTION.reconnectMaxMs),
  });
  const outages = logOutagesOnce(redis, where, log);
  // A failed first connection is logged as the start of an outage; reconnection goes on.
  await redis.connect().catch(() => undefined);
  return {
    redis,
    ping: () =>
      redis.ping().then(
        () => true,
        () => false,
      ),
    async close() {
      outages.closing();
      if (redis.status === 'ready') await redis.quit().catch(() => redis.disconnect());
      else redis.disconnect();
    },
  };
}
