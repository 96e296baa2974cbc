// What every resolver gets: the services it may use and who is calling. Built per HTTP request and per
// graphql-ws operation by createContext.
import type { Logger } from './logger.ts';
import type { Prisma } from './db/database.ts';
import type { JsonReads } from './db/json-reads.ts';
import type { EventBus } from './events/bus.ts';
import type { LoginLimiter } from './domain/login-limiter.ts';
import type { CostCharge } from './domain/cost-budget.ts';
import type { Role, Viewer } from './domain/viewer.ts';
import type { CachedViewers } from './domain/identity.ts';
import type { TokenRefusal } from './domain/token-refusal.ts';
import type { Telephony } from './telephony/controller.ts';
import type { Services } from './services.ts';

export interface Context {
  prisma: Prisma;
  /** Reads of lists in one statement whose rows PostgreSQL shapes (undefined: ask Prisma). */
  reads: JsonReads;
  bus: EventBus;
  /** Who is calling; null without a valid token. */
  viewer: Viewer | null;
  /** Why viewer is null (no token, an expired one, one not valid): the UNAUTHENTICATED error says it. */
  tokenRefusal: TokenRefusal | null;
  /** Verifies a token (JWT or access key) and returns its viewer; null when it is not valid. */
  authenticate: (token: string) => Promise<Viewer | null>;
  /** The tokens' viewer cache: a change that takes rights away waits it out before it is answered. */
  cachedViewers: CachedViewers;
  /** Signs a JWT for a user (login). */
  issueToken: (user: { id: string; customerId: string; role: Role }) => Promise<string>;
  loginLimiter: LoginLimiter;
  /** Places, hangs up and deletes calls (the telephony provider behind it). */
  telephony: Telephony;
  /** Asks this instance's dialer to look at the campaigns now (a campaign was started), not at its next poll. */
  wakeDialer: () => void;
  /**
   * Takes an operation's cost from the caller's budget: its customer's, or its client IP's when anonymous
   * (src/graphql/request-limits.ts, before the operation runs). null: the rate limit is off (RATE_LIMIT_COST=0).
   */
  chargeCost: (cost: number) => Promise<CostCharge | null>;
  /** Caller's address, for login rate limiting (and the cost budget of anonymous callers). */
  clientIp: string;
  /** The request's id: x-request-id over HTTP; the socket's id and the operation's over graphql-ws. */
  requestId: string;
  /** The logger for everything this request logs: every line carries its requestId. */
  logger: Logger;
  /** Webhook settings the mutations apply: a rotated secret's grace period, how long a replayed delivery is retried. */
  webhookSettings: { secretGraceMs: number; retryForMs: number };
  /** SIMULATOR_TIME_SCALE: the dialer divides try intervals by it, and so does Campaign.preflight. */
  dialerTimeScale: number;
}

/** The context of a field that requires a signed-in caller (scope-auth's `member` scope): the viewer is known. */
export type MemberContext = Context & { viewer: Viewer };

export interface ContextInput {
  /** The token the request carries, if any. */
  token: string | null;
  /** The caller when already known: a graphql-ws socket's, authenticated once at connect (./ws.ts). */
  viewer?: Viewer;
  clientIp: string;
  requestId: string;
  /** Told of each charge (HTTP: for the response's RateLimit-* headers). */
  onCostCharged?: (charge: CostCharge) => void;
}

export async function createContext(services: Services, { token, viewer, clientIp, requestId, onCostCharged }: ContextInput): Promise<Context> {
  const { tokens, loginLimiter, costBudget } = services.auth;
  const checked = viewer ? { viewer } : token ? await tokens.check(token) : ({ refused: 'missing' } as const);
  const caller = 'viewer' in checked ? checked.viewer : null;
  return {
    prisma: services.db.prisma,
    reads: services.reads,
    bus: services.bus,
    viewer: caller,
    tokenRefusal: 'viewer' in checked ? null : checked,
    authenticate: (t) => tokens.authenticate(t),
    cachedViewers: tokens.cache,
    issueToken: (user) => tokens.issue(user),
    loginLimiter,
    telephony: services.telephony,
    wakeDialer: () => services.dialer.wake(),
    chargeCost: async (cost) => {
      if (!costBudget) return null;
      const charge = await costBudget.charge({ customerId: caller?.customerId ?? null, ip: clientIp }, cost);
      onCostCharged?.(charge);
      return charge;
    },
    clientIp,
    requestId,
    // Made at once, not lazily: Yoga copies the context's properties (Object.assign) as it builds its own, which
    // would call a getter anyway; a child costs about 0.4 µs (pino copies no fields, only the bindings' JSON).
    logger: services.logger.child({ requestId }),
    webhookSettings: { secretGraceMs: services.config.WEBHOOK_SECRET_GRACE_MS, retryForMs: services.config.WEBHOOK_RETRY_FOR_MS },
    dialerTimeScale: services.config.SIMULATOR_TIME_SCALE,
  };
}
