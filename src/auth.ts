// Where tokens come from (Authorization header, `token` query parameter or cookie, graphql-ws
// connectionParams), the JWT secret, and the limiters on one Redis client (the login limiter, and the cost budget
// of each customer): identity wiring shared by HTTP and WebSocket.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { Redis } from 'ioredis';
import { parseCookie } from 'cookie';
import type { Config } from './config.ts';
import { databaseIdentity, type Database, type Prisma } from './db/database.ts';
import type { Logger } from './logger.ts';
import { TokenService } from './domain/identity.ts';
import { ViewerCache } from './domain/viewer-cache.ts';
import { createLoginLimiter, LOGIN_LIMITER_PREFIX, type LoginLimiter } from './domain/login-limiter.ts';
import { COST_BUDGET_PREFIX, createCostBudget, type CostBudget } from './domain/cost-budget.ts';

/** A Fetch Request, or anything with its headers' get and its URL (the export routes' node:http requests). */
export function tokenFromRequest(request: { headers: Pick<Headers, 'get'>; url: string }): string | null {
  const header = request.headers.get('authorization');
  if (header) {
    const match = /^Bearer\s+(.+)$/i.exec(header.trim());
    if (match) return match[1].trim();
  }
  const query = new URL(request.url).searchParams.get('token');
  if (query) return query;
  const cookie = request.headers.get('cookie');
  if (cookie) {
    const value = parseCookie(cookie).token;
    if (value) return value;
  }
  return null;
}

/** A Bearer token, with or without its `Bearer ` prefix; null for anything else. */
function bearer(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.replace(/^Bearer\s+/i, '').trim() : null;
}

/**
 * The token of a graphql-ws connection_init: `{ token }`, `{ Authorization }` (in any case), or the HTTP headers
 * nested as `{ headers: { Authorization } }`, which is how GraphiQL (./graphiql-page.ts) and several other clients
 * pass the headers of their Headers pane to a WebSocket.
 */
export function tokenFromConnectionParams(params: Record<string, unknown> | undefined | null): string | null {
  if (!params) return null;
  const headerOf = (record: Record<string, unknown>) =>
    bearer(Object.entries(record).find(([key]) => key.toLowerCase() === 'authorization')?.[1]);
  const headers = params.headers;
  return (
    bearer(params.token) ??
    headerOf(params) ??
    (headers && typeof headers === 'object' && !Array.isArray(headers) ? headerOf(headers as Record<string, unknown>) : null)
  );
}

/**
 * The `token` cookie of a WebSocket upgrade, only when the page that opened it is of this server's own origin:
 * a browser sends cookies with a cross-site WebSocket too, and no CSRF header can be asked of a WebSocket, so the
 * Origin check is what stops another site from opening a socket in its visitor's name (cross-site WebSocket hijacking).
 */
export function tokenFromUpgradeCookie(request: { headers: Record<string, string | string[] | undefined> }): string | null {
  const { cookie, origin, host } = request.headers;
  if (typeof cookie !== 'string' || typeof host !== 'string') return null;
  if (origin !== undefined) {
    let originHost: string;
    try {
      originHost = new URL(String(origin)).host;
    } catch {
      return null;
    }
    if (originHost !== host) return null;
  }
  return bearer(parseCookie(cookie).token);
}

/**
 * JWT_SECRET from the environment; otherwise a generated one that survives restarts: in DATA_DIR for the
 * embedded database, in the database (shared by every instance) on PostgreSQL outside production.
 */
export async function loadJwtSecret(config: Config, prisma: Prisma): Promise<string> {
  if (config.JWT_SECRET) return config.JWT_SECRET;
  if (config.DATABASE_URL) {
    if (config.NODE_ENV === 'production') {
      throw new Error('JWT_SECRET is required in production with DATABASE_URL: set it to a long random string shared by every instance.');
    }
    const generated = randomBytes(48).toString('base64url');
    await prisma.setting.upsert({ where: { key: 'jwt_secret' }, create: { key: 'jwt_secret', value: generated }, update: {} });
    return (await prisma.setting.findUniqueOrThrow({ where: { key: 'jwt_secret' } })).value;
  }
  if (config.DATA_DIR.startsWith('memory://')) return randomBytes(48).toString('base64url');
  const file = path.resolve(config.DATA_DIR, 'jwt-secret');
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}

export interface Auth {
  tokens: TokenService;
  loginLimiter: LoginLimiter;
  /** The rate limit's budgets (RATE_LIMIT_COST); undefined when it is off. */
  costBudget?: CostBudget;
  close(): Promise<void>;
}

/**
 * The login limiter's key prefix for this database, like the event topic: instances on one database share
 * lockouts, another deployment (or test database) on the same Redis has its own.
 */
export async function loginLimiterPrefix(prisma: Prisma): Promise<string> {
  return `${LOGIN_LIMITER_PREFIX}:${await databaseIdentity(prisma)}`;
}

export async function createAuth(config: Config, db: Pick<Database, 'prisma' | 'query'>, logger: Logger): Promise<Auth> {
  const { prisma } = db;
  const tokens = new TokenService(db.query, await loadJwtSecret(config, prisma), config.JWT_LIFETIME_SECONDS, new ViewerCache(config.AUTH_CACHE_MS));
  const keyPrefix = await loginLimiterPrefix(prisma);
  let redis: Redis | undefined;
  if (config.REDIS_URL) {
    redis = new Redis(config.REDIS_URL, { maxRetriesPerRequest: 1, enableOfflineQueue: false });
    redis.on('error', (err) => logger.warn({ err: err.message }, 'redis (login limiter) error'));
    await once(redis, 'ready');
  }
  return {
    tokens,
    loginLimiter: createLoginLimiter({ redis, failures: config.LOGIN_MAX_FAILURES, keyPrefix }),
    // Per database like the login limiter's: instances on one database share a customer's budget.
    costBudget: config.RATE_LIMIT_COST > 0
      ? createCostBudget({ redis, points: config.RATE_LIMIT_COST, windowSeconds: config.RATE_LIMIT_WINDOW_SECONDS, keyPrefix: `${COST_BUDGET_PREFIX}:${await databaseIdentity(prisma)}` })
      : undefined,
    close: async () => redis?.disconnect(),
  };
}
