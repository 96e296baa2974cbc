// Login brute-force limit: failed logins per username and per client IP within a window. Shared across
// instances through Redis when it is configured (rate-limiter-flexible), in memory otherwise.
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';

export interface LoginLimiter {
  /** Seconds to wait when the username or the IP is locked out; 0 when a try is allowed. */
  retryAfter(username: string, ip: string): Promise<number>;
  recordFailure(username: string, ip: string): Promise<void>;
  recordSuccess(username: string): Promise<void>;
}

export interface LoginLimiterOptions {
  /** Failed tries allowed per window, per username and per IP. */
  failures?: number;
  windowSeconds?: number;
  redis?: Redis;
  /**
   * Redis/memory key prefix. Deployments sharing one Redis must not share it, or failures on one lock the
   * other's users and IPs out: createAuth makes it per database (LOGIN_LIMITER_PREFIX:<cluster>:<database>).
   */
  keyPrefix?: string;
}

export const LOGIN_LIMITER_PREFIX = 'dialgraph:login-failures';

export function createLoginLimiter({ failures = 10, windowSeconds = 60, redis, keyPrefix = LOGIN_LIMITER_PREFIX }: LoginLimiterOptions = {}): LoginLimiter {
  const opts = { keyPrefix, points: failures, duration: windowSeconds };
  const limiter: RateLimiterAbstract = redis ? new RateLimiterRedis({ ...opts, storeClient: redis }) : new RateLimiterMemory(opts);
  const keys = (username: string, ip: string) => [`user:${username.toLowerCase()}`, `ip:${ip}`];
  return {
    async retryAfter(username, ip) {
      const states = await Promise.all(keys(username, ip).map((k) => limiter.get(k)));
      const blocked = states.filter((s) => s && s.consumedPoints >= failures);
      return blocked.length ? Math.max(1, Math.ceil(Math.max(...blocked.map((s) => s!.msBeforeNext)) / 1000)) : 0;
    },
    async recordFailure(username, ip) {
      await Promise.all(keys(username, ip).map((k) => limiter.penalty(k, 1)));
    },
    async recordSuccess(username) {
      await limiter.delete(keys(username, '')[0]);
    },
  };
}
