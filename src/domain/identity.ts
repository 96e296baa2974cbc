// Customers, users, login and access keys (domain.md A6). Tokens: HS256 JWTs (jose) for users, opaque
// access keys stored as SHA-256 hashes. Passwords: argon2id (@node-rs/argon2).
import { createHash, randomBytes } from 'node:crypto';
import { hash as argonHash, verify as argonVerify } from '@node-rs/argon2';
import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';
import type { DirectQuery, Prisma } from '../db/database.ts';
import { Prisma as PrismaNamespace, type AccessKey, type Customer, type User } from '../generated/prisma/client.ts';
import type { Role, Viewer } from './viewer.ts';
import type { TokenCheck } from './token-refusal.ts';
import { fail, notFound, ok, Problems, type Result, type UserError } from './errors.ts';
import { checkName } from './limits.ts';
import { checkUsername } from './username.ts';
import { ViewerCache } from './viewer-cache.ts';

/** What a change that takes rights away waits for before it is answered (./viewer-cache.ts). */
export type CachedViewers = Pick<ViewerCache, 'outlive'>;

export const JWT_LIFETIME_SECONDS = 7 * 24 * 60 * 60;
export const MIN_PASSWORD = 8;
const ACCESS_KEY_PREFIX = 'dgk_';

export function hashPassword(password: string): Promise<string> {
  return argonHash(password);
}

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/** Of the credentials behind open sockets, those still valid (./viewer.ts: what a socket's viewer came from). */
export interface LiveCredentials {
  /** Live (not deleted) users by id, with their role now. */
  users: Map<string, { role: Role; customerId: string; username: string }>;
  /** Access keys by id that are neither deleted nor expired and whose maker is live, with their role now. */
  accessKeys: Map<string, { role: Role; customerId: string }>;
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids per statement of a re-check: thousands of open sockets' credentials in a few statements, each bounded. */
const RECHECK_CHUNK = 5000;

// An access key acts for the user who made it (access_key.created_by_id), with that user's role now, so a key
// never outlives its maker's rights: a deleted maker (or one no longer in the key's customer) makes the key
// invalid, a demoted maker demotes the key. A key never acts above ADMIN, as before keys had makers: a
// SUPERADMIN's key cannot manage customers. Keys made before makers were recorded (created_by_id NULL) cannot be
// attributed to anyone, so they act as MANAGER: they keep doing domain work, but manage no users or keys
// (migration 20261201140100_access_key_maker).
const KEY_WITH_MAKER = `access_key k
  LEFT JOIN app_user maker ON maker.id = k.created_by_id AND maker.customer_id = k.customer_id AND maker.deleted_at IS NULL`;
const KEY_IS_LIVE = `k.deleted_at IS NULL AND (k.expires_at IS NULL OR k.expires_at > now()) AND (k.created_by_id IS NULL OR maker.id IS NOT NULL)`;
const KEY_ROLE = `CASE WHEN k.created_by_id IS NULL THEN 'MANAGER' WHEN maker.role = 'SUPERADMIN' THEN 'ADMIN' ELSE maker.role::text END`;

export class TokenService {
  private readonly key: Uint8Array;
  /**
   * `query` is the database's direct driver (Database.query): authentication is the fixed cost of every
   * request and every socket, so its lookup is one plain statement, not a trip through Prisma.
   */
  constructor(
    private readonly query: DirectQuery,
    secret: string,
    private readonly lifetimeSeconds = JWT_LIFETIME_SECONDS,
    /** Viewers of tokens checked lately (./viewer-cache.ts); none kept by default. */
    readonly cache = new ViewerCache(0),
  ) {
    this.key = new TextEncoder().encode(secret);
  }

  issue(user: { id: string; customerId: string; role: Role }): Promise<string> {
    return new SignJWT({ cid: user.customerId, role: user.role })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(user.id)
      .setIssuedAt()
      .setExpirationTime(Math.floor(Date.now() / 1000) + this.lifetimeSeconds)
      .sign(this.key);
  }

  /** The viewer a token stands for, or null when it is malformed, expired, revoked or unknown. */
  async authenticate(token: string): Promise<Viewer | null> {
    const checked = await this.check(token);
    return 'viewer' in checked ? checked.viewer : null;
  }

  /** The viewer a token stands for, or why it stands for no one (told to the caller: ./token-refusal.ts). */
  async check(token: string): Promise<TokenCheck> {
    const value = token.replace(/^Bearer\s+/i, '').trim();
    if (!value) return { refused: 'missing' };
    const cached = this.cache.get(value);
    if (cached) return { viewer: cached };
    const lookedUpAt = performance.now();
    const checked = await this.lookUp(value);
    // Only viewers: a refusal is cheap to repeat, and must say why each time (an expiry, a deletion).
    if ('viewer' in checked) this.cache.set(value, checked.viewer, lookedUpAt);
    return checked;
  }

  private async lookUp(value: string): Promise<TokenCheck> {
    if (value.startsWith(ACCESS_KEY_PREFIX)) return this.fromAccessKey(value);
    try {
      const { payload } = await jwtVerify(value, this.key, { algorithms: ['HS256'] });
      if (!payload.sub || !UUID_RE.test(payload.sub)) return { refused: 'invalid' };
      // The user row decides: a deleted user's tokens stop working, a role change applies at once.
      const [user] = await this.query<{ customer_id: string; role: Role; username: string }>(
        'SELECT customer_id, role::text AS role, username FROM app_user WHERE id = $1::uuid AND deleted_at IS NULL', [payload.sub]);
      if (!user) return { refused: 'invalid' };
      return {
        viewer: {
          customerId: user.customer_id, role: user.role, userId: payload.sub, username: user.username,
          expiresAt: payload.exp ? new Date(payload.exp * 1000) : undefined,
        },
      };
    } catch (err) {
      // jose checks the signature before the claims: an expired token is one this server signed.
      if (err instanceof joseErrors.JWTExpired && typeof err.payload.exp === 'number') return { refused: 'expired', expiredAt: new Date(err.payload.exp * 1000) };
      if (err instanceof joseErrors.JOSEError) return { refused: 'invalid' };
      throw err;
    }
  }

  private async fromAccessKey(token: string): Promise<TokenCheck> {
    // One statement with its maker's row: this runs for every request made with a key. Deleted and expired keys
    // are read too, to tell the caller which it is; deleted (or a maker gone) wins over expired.
    const [key] = await this.query<{ id: string; customer_id: string; name: string; expires_at: Date | string | null; created_by_id: string | null; role: Role; usable: boolean; expired: boolean }>(
      `SELECT k.id, k.customer_id, k.name, k.expires_at, k.created_by_id, ${KEY_ROLE} AS role,
              (k.deleted_at IS NULL AND (k.created_by_id IS NULL OR maker.id IS NOT NULL)) AS usable,
              (k.expires_at IS NOT NULL AND k.expires_at <= now()) AS expired
       FROM ${KEY_WITH_MAKER} WHERE k.token_hash = $1`, [sha256(token)]);
    if (!key || !key.usable) return { refused: 'invalid' };
    const expiresAt = key.expires_at === null ? undefined : new Date(key.expires_at);
    if (key.expired) return { refused: 'expired', expiredAt: expiresAt! };
    return {
      viewer: {
        customerId: key.customer_id, role: key.role, accessKeyId: key.id, accessKeyMakerId: key.created_by_id ?? undefined,
        username: `access key ${key.name}`, expiresAt,
      },
    };
  }

  /**
   * Which of these users and access keys are still valid, in one statement per few thousand ids whatever the
   * number of sockets behind them: the periodic re-check of every open socket.
   */
  async live(userIds: string[], accessKeyIds: string[]): Promise<LiveCredentials> {
    const result: LiveCredentials = { users: new Map(), accessKeys: new Map() };
    const users = userIds.filter((id) => UUID_RE.test(id));
    const keys = accessKeyIds.filter((id) => UUID_RE.test(id));
    for (let i = 0; i < Math.max(users.length, keys.length); i += RECHECK_CHUNK) {
      const rows = await this.query<{ id: string; role: Role; customer_id: string; username: string | null }>(
        `SELECT id, role::text AS role, customer_id, username FROM app_user WHERE id = ANY($1::uuid[]) AND deleted_at IS NULL
         UNION ALL
         SELECT k.id, ${KEY_ROLE}, k.customer_id, NULL FROM ${KEY_WITH_MAKER}
         WHERE k.id = ANY($2::uuid[]) AND ${KEY_IS_LIVE}`,
        [users.slice(i, i + RECHECK_CHUNK), keys.slice(i, i + RECHECK_CHUNK)]);
      for (const row of rows) {
        // Only users have a username (access keys' rows have NULL there).
        if (row.username === null) result.accessKeys.set(row.id, { role: row.role, customerId: row.customer_id });
        else result.users.set(row.id, { role: row.role, customerId: row.customer_id, username: row.username });
      }
    }
    return result;
  }
}

function checkPassword(password: string, field: string[], problems: Problems): void {
  if (password.length < MIN_PASSWORD) problems.add(field, `password must be at least ${MIN_PASSWORD} characters.`);
  else if (password.length > 1024) problems.add(field, 'password is at most 1024 characters.');
}

/** The CONFLICT of a username taken in any case (./username.ts), on `field`. */
function usernameTaken(field: string[], username: string): UserError {
  return { field, message: `the username "${username}" is taken (usernames ignore case); choose another.`, code: 'CONFLICT' };
}

/** A unique violation on app_user.username: another request took the name between our check and our insert. */
function isUsernameViolation(err: unknown): boolean {
  return err instanceof PrismaNamespace.PrismaClientKnownRequestError && err.code === 'P2002' && JSON.stringify(err.meta ?? {}).includes('username');
}

export async function createCustomer(prisma: Prisma, input: { name: string; username: string; password: string }): Promise<Result<Customer>> {
  const problems = new Problems();
  const name = checkName(input.name, ['name'], problems);
  const username = checkUsername(input.username, ['username'], problems);
  checkPassword(input.password, ['password'], problems);
  if (problems.any) return fail(...problems.list);
  if (await prisma.customer.findUnique({ where: { name } })) problems.add(['name'], `a customer named "${name}" already exists.`, 'CONFLICT');
  if (await prisma.user.findUnique({ where: { username } })) problems.list.push(usernameTaken(['input', 'username'], username));
  if (problems.any) return fail(...problems.list);
  const passwordHash = await hashPassword(input.password);
  try {
    return ok(await prisma.$transaction(async (tx) => {
      const c = await tx.customer.create({ data: { name } });
      await tx.user.create({ data: { customerId: c.id, username, passwordHash, role: 'ADMIN' } });
      return c;
    }));
  } catch (err) {
    if (isUsernameViolation(err)) return fail(usernameTaken(['input', 'username'], username));
    throw err;
  }
}

export async function createUser(prisma: Prisma, viewer: Viewer, input: { username: string; password: string; role: Role }): Promise<Result<User>> {
  const problems = new Problems();
  const username = checkUsername(input.username, ['username'], problems);
  checkPassword(input.password, ['password'], problems);
  if (input.role === 'SUPERADMIN' && viewer.role !== 'SUPERADMIN') problems.add(['role'], 'only a SUPERADMIN can create a SUPERADMIN.');
  if (problems.any) return fail(...problems.list);
  if (await prisma.user.findUnique({ where: { username } })) return fail(usernameTaken(['input', 'username'], username));
  const passwordHash = await hashPassword(input.password);
  try {
    return ok(await prisma.user.create({ data: { customerId: viewer.customerId, username, passwordHash, role: input.role } }));
  } catch (err) {
    if (isUsernameViolation(err)) return fail(usernameTaken(['input', 'username'], username));
    throw err;
  }
}

export async function updateUserRole(prisma: Prisma, viewer: Viewer, input: { id: string | null; role: Role }, cached: CachedViewers): Promise<Result<User>> {
  const user = input.id ? await prisma.user.findFirst({ where: { id: input.id, customerId: viewer.customerId, deletedAt: null } }) : null;
  if (!user) return fail(notFound(['input', 'id'], 'User'));
  if ((input.role === 'SUPERADMIN' || user.role === 'SUPERADMIN') && viewer.role !== 'SUPERADMIN') {
    return fail({ field: ['input', 'role'], message: 'only a SUPERADMIN can grant or remove SUPERADMIN.', code: 'INVALID' });
  }
  if (user.id === viewer.userId) return fail({ field: ['input', 'id'], message: 'you cannot change your own role.', code: 'INVALID_STATE' });
  const updated = await prisma.user.update({ where: { id: user.id }, data: { role: input.role, updatedAt: new Date() } });
  // A demotion applies to the user's and their keys' next request, on every instance.
  await cached.outlive();
  return ok(updated);
}

export async function deleteUser(prisma: Prisma, viewer: Viewer, id: string | null, cached: CachedViewers): Promise<Result<User>> {
  const user = id ? await prisma.user.findFirst({ where: { id, customerId: viewer.customerId, deletedAt: null } }) : null;
  if (!user) return fail(notFound(['input', 'id'], 'User'));
  if (user.id === viewer.userId) return fail({ field: ['input', 'id'], message: 'you cannot delete yourself.', code: 'INVALID_STATE' });
  if (user.role === 'SUPERADMIN' && viewer.role !== 'SUPERADMIN') return fail({ field: ['input', 'id'], message: 'only a SUPERADMIN can delete a SUPERADMIN.', code: 'INVALID' });
  const now = new Date();
  const deleted = await prisma.user.update({ where: { id: user.id }, data: { deletedAt: now, updatedAt: now } });
  await cached.outlive();
  return ok(deleted);
}

export async function changePassword(prisma: Prisma, viewer: Viewer, input: { currentPassword: string; newPassword: string }): Promise<Result<User>> {
  if (!viewer.userId) return fail({ field: null, message: 'an access key has no password; log in as a user to change yours.', code: 'INVALID_STATE' });
  const user = await prisma.user.findFirst({ where: { id: viewer.userId, deletedAt: null } });
  if (!user) return fail(notFound(null as never, 'User'));
  const problems = new Problems();
  if (!(await argonVerify(user.passwordHash, input.currentPassword))) problems.add(['currentPassword'], 'the current password is wrong.');
  checkPassword(input.newPassword, ['newPassword'], problems);
  if (problems.any) return fail(...problems.list);
  return ok(await prisma.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(input.newPassword), updatedAt: new Date() } }));
}

export async function createAccessKey(prisma: Prisma, viewer: Viewer, input: { name: string; expiresAt?: Date | null }): Promise<Result<{ accessKey: AccessKey; token: string }>> {
  const problems = new Problems();
  const name = checkName(input.name, ['name'], problems);
  if (input.expiresAt && input.expiresAt <= new Date()) problems.add(['expiresAt'], 'expiresAt must be in the future.');
  if (problems.any) return fail(...problems.list);
  // The key acts for its maker (TokenService): the user signed in, or, for a key made with a key, that key's
  // maker. Only a key made before makers were recorded has none, and it acts as MANAGER, which cannot get here.
  const createdById = viewer.userId ?? viewer.accessKeyMakerId;
  if (!createdById) return fail({ field: null, message: 'this access key acts for no user; log in as an ADMIN to make keys.', code: 'INVALID_STATE' });
  const token = `${ACCESS_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
  const accessKey = await prisma.accessKey.create({
    data: { customerId: viewer.customerId, createdById, name, tokenHash: sha256(token), expiresAt: input.expiresAt ?? null },
  });
  return ok({ accessKey, token });
}

export async function deleteAccessKey(prisma: Prisma, viewer: Viewer, id: string | null, cached: CachedViewers): Promise<Result<AccessKey>> {
  const key = id ? await prisma.accessKey.findFirst({ where: { id, customerId: viewer.customerId } }) : null;
  if (!key) return fail(notFound(['input', 'id'], 'AccessKey'));
  if (key.deletedAt) return fail({ field: ['input', 'id'], message: 'AccessKey is already deleted.', code: 'INVALID_STATE' });
  const deleted = await prisma.accessKey.update({ where: { id: key.id }, data: { deletedAt: new Date() } });
  await cached.outlive();
  return ok(deleted);
}
