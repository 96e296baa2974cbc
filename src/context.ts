import type { Logger } from './logger.ts';
import type { Prisma } from './db.ts';
import type { EventBus } from './events/bus.ts';
import type { LoginLimiter } from './domain/login-limiter.ts';
import type { Telephony } from './telephony/index.ts';

export type Role = 'SUPERADMIN' | 'ADMIN' | 'MANAGER';

/** Who is calling: every query, mutation and subscription is scoped to `customerId`. */
export interface Viewer {
  customerId: string;
  role: Role;
  /** The user behind a JWT; undefined for an access key. */
  userId?: string;
  /** The access key used; undefined for a JWT. */
  accessKeyId?: string;
  username: string;
  /** When the credential stops being valid (JWT expiry, access key expiry). */
  expiresAt?: Date;
}

export interface Context {
  prisma: Prisma;
  events: EventBus;
  viewer: Viewer | null;
  /** Verifies a token (JWT or access key) and returns its viewer; null when it is not valid. */
  authenticate: (token: string) => Promise<Viewer | null>;
  /** Signs a JWT for a user (login). */
  issueToken: (user: { id: string; customerId: string; role: Role }) => Promise<string>;
  loginLimiter: LoginLimiter;
  /** Places, hangs up and deletes calls (the telephony provider behind it). */
  telephony: Telephony;
  /** Asks this instance's dialer to look at the campaigns now (a campaign was started), not at its next poll. */
  wakeDialer: () => void;
  /** Caller's address, for login rate limiting. */
  clientIp: string;
  requestId: string;
  logger: Logger;
}
