// The rate limit (issue 16): a budget of cost per customer per window (anonymous callers: per client IP), which
// every operation is charged its computed cost from before it runs (src/graphql/request-limits.ts). Shared by the
// instances of one database through Redis when it is configured, with a memory budget per instance while Redis
// is unreachable (rate-limiter-flexible's insurance limiter); in memory otherwise.
//
// A charge is one atomic increment (in Redis: one Lua script), so operations sent at once never spend more than
// the budget. rate-limiter-flexible's consume adds the points even when it refuses them: a refused charge gives
// them back at once, so a refused operation costs nothing. Until it has, an operation charged meanwhile sees them
// counted and may be refused too, never let through beyond the budget.
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

/** What a charge did, for the caller's `extensions.cost` and the RateLimit-* headers. */
export interface CostCharge {
  /** The cost was taken from the budget: the operation may run. Otherwise nothing was taken. */
  allowed: boolean;
  /** The operation's cost. */
  requested: number;
  /** What is left of the budget in this window, after the charge. */
  remaining: number;
  /** The budget of a window. */
  limit: number;
  /** Seconds until the window ends and the budget is full again (at least 1). */
  resetSeconds: number;
}

/** Whose budget pays: the customer of a signed-in caller, the client IP of an anonymous one. */
export interface CostPayer {
  customerId: string | null;
  ip: string;
}

export interface CostBudget {
  /** Takes `cost` from the payer's budget if it fits; otherwise takes nothing. */
  charge(payer: CostPayer, cost: number): Promise<CostCharge>;
}

export interface CostBudgetOptions {
  /** The budget of a window (RATE_LIMIT_COST). */
  points: number;
  windowSeconds: number;
  redis?: Redis;
  /** As the login limiter's: per database (createAuth), so another deployment on the same Redis has its own budgets. */
  keyPrefix?: string;
}

export const COST_BUDGET_PREFIX = 'dialgraph:cost-budget';

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

export function createCostBudget({ points, windowSeconds, redis, keyPrefix = COST_BUDGET_PREFIX }: CostBudgetOptions): CostBudget {
  const opts = { keyPrefix, points, duration: windowSeconds };
  const limiter: RateLimiterAbstract = redis
    ? new RateLimiterRedis({ ...opts, storeClient: redis, rejectIfRedisNotReady: true, insuranceLimiter: new RateLimiterMemory(opts) })
    : new RateLimiterMemory(opts);
  const keyOf = ({ customerId, ip }: CostPayer) => (customerId ? `customer:${customerId}` : `ip:${ip}`);
  return {
    async charge(payer, cost) {
      const key = keyOf(payer);
      try {
        const taken = await limiter.consume(key, cost);
        return { allowed: true, requested: cost, remaining: taken.remainingPoints, limit: points, resetSeconds: seconds(taken.msBeforeNext) };
      } catch (refused) {
        // A refusal is a RateLimiterRes; anything else is an error (Redis failing is the insurance limiter's).
        if (!(refused instanceof RateLimiterRes)) throw refused;
        await limiter.reward(key, cost);
        const before = refused.consumedPoints - cost;
        return { allowed: false, requested: cost, remaining: Math.max(0, points - before), limit: points, resetSeconds: seconds(refused.msBeforeNext) };
      }
    },
  };
}
