// Login brute-force limit: tries per username and per client IP within a window. Shared across instances
// through Redis when it is configured (rate-limiter-flexible), in memory otherwise.
//
// A try is taken from both budgets before its password is checked (an atomic increment in Redis), so tries
// sent together cannot all pass a check made before any of them failed: at most `failures` passwords are
// checked per window. A right password gives its tries back, so what the budgets count is failures.
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { normalizeUsername } from './username.ts';

export interface LoginLimiter {
  /**
   * Takes one try from the username's budget and from the IP's. 0: the password may be checked; otherwise
   * the seconds until the budget that refused it refills (the password must not be checked).
   */
  takeTry(username: string, ip: string): Promise<number>;
  /** The password was right: the username's budget is full again, and the IP gets this try back. */
  succeeded(username: string, ip: string): Promise<void>;
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
  const userKey = (username: string) => `user:${normalizeUsername(username)}`;
  const ipKey = (ip: string) => `ip:${ip}`;
  return {
    async takeTry(username, ip) {
      // Both budgets are charged even when one refuses: a try at a locked username still counts for its IP.
      const taken = await Promise.allSettled([limiter.consume(userKey(username)), limiter.consume(ipKey(ip))]);
      let waitMs = 0;
      for (const result of taken) {
        if (result.status === 'fulfilled') continue;
        // A refusal is a RateLimiterRes; anything else (Redis unreachable) is an error, not a lockout.
        if (!(result.reason instanceof RateLimiterRes)) throw result.reason;
        waitMs = Math.max(waitMs, result.reason.msBeforeNext);
      }
      return taken.some((r) => r.status === 'rejected') ? Math.max(1, Math.ceil(waitMs / 1000)) : 0;
    },
    async succeeded(username, ip) {
      await Promise.all([limiter.delete(userKey(username)), limiter.reward(ipKey(ip), 1)]);
    },
  };
}
