// Login: a username and password for the user they belong to, within the login limiter's budgets.
import { verify as argonVerify } from '@node-rs/argon2';
import type { Prisma } from '../db/database.ts';
import type { User } from '../generated/prisma/client.ts';
import type { LoginLimiter } from './login-limiter.ts';
import { normalizeUsername } from './username.ts';

export type LoginOutcome =
  | { kind: 'ok'; user: User }
  | { kind: 'wrong' }
  /** Too many tries for this username or from this IP: the password was not checked. */
  | { kind: 'rate-limited'; retryAfterSeconds: number };

/** The live user with this username (any case, surrounding spaces ignored) and password, or null. */
export async function verifyLogin(prisma: Prisma, username: string, password: string): Promise<User | null> {
  const user = await prisma.user.findFirst({ where: { username: normalizeUsername(username), deletedAt: null } });
  if (!user) {
    // Same work for unknown users, so timing does not tell which usernames exist.
    await argonVerify('$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$0Kq2rJ0zYvGkJ2m3m0Nw3r2bmY0m3m2m0Nw3r2bmY0k', password).catch(() => false);
    return null;
  }
  return (await argonVerify(user.passwordHash, password)) ? user : null;
}

export async function logIn(
  deps: { prisma: Prisma; limiter: LoginLimiter },
  input: { username: string; password: string },
  clientIp: string,
): Promise<LoginOutcome> {
  // The try is paid for before the password is checked (./login-limiter.ts: no check-then-act). Both the
  // limiter and the lookup key the username by normalizeUsername: one budget for every spelling of it.
  const retryAfterSeconds = await deps.limiter.takeTry(input.username, clientIp);
  if (retryAfterSeconds > 0) return { kind: 'rate-limited', retryAfterSeconds };
  const user = await verifyLogin(deps.prisma, input.username, input.password);
  if (!user) return { kind: 'wrong' };
  await deps.limiter.succeeded(input.username, clientIp);
  return { kind: 'ok', user };
}
