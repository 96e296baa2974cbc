// Where the JWT secret comes from (env, DATA_DIR, the database) and the first-start SUPERADMIN bootstrap.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { loadJwtSecret } from '../src/auth.ts';
import { ensureBootstrapAdmin } from '../src/bootstrap.ts';
import { TokenService } from '../src/domain/identity.ts';
import { verifyLogin } from '../src/domain/login.ts';
import { createLogger } from '../src/logger.ts';
import type { Prisma } from '../src/db/database.ts';
import { createTestDatabase, onPostgres, type TestDatabase } from './helpers/db.ts';

/** A Prisma client that must not be used: fails the test when touched. */
const noPrisma = new Proxy({}, { get: (_t, prop) => { throw new Error(`prisma.${String(prop)} used`); } }) as Prisma;

const tempDirs: string[] = [];
const databases: TestDatabase[] = [];
afterEach(() => {
  vi.restoreAllMocks();
});
afterAll(async () => {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  for (const db of databases.splice(0)) await db.drop();
});

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'dialgraph-secret-'));
  tempDirs.push(dir);
  return dir;
}

describe('loadJwtSecret', () => {
  it('uses JWT_SECRET from the environment, even with DATABASE_URL in production', async () => {
    const secret = 'from-the-environment-0123456789';
    expect(await loadJwtSecret(loadConfig({ JWT_SECRET: secret, DATA_DIR: tempDir() }), noPrisma)).toBe(secret);
    const prod = loadConfig({ JWT_SECRET: secret, DATABASE_URL: 'postgresql://nobody@127.0.0.1:1/none', NODE_ENV: 'production' });
    expect(await loadJwtSecret(prod, noPrisma)).toBe(secret);
  });

  it('embedded: generates one secret in DATA_DIR/jwt-secret and keeps it across restarts', async () => {
    const dir = path.join(tempDir(), 'nested', 'data');
    const config = loadConfig({ DATA_DIR: dir });
    const first = await loadJwtSecret(config, noPrisma);
    expect(first.length).toBeGreaterThanOrEqual(32);
    const file = path.join(dir, 'jwt-secret');
    expect(readFileSync(file, 'utf8').trim()).toBe(first);
    expect(statSync(file).mode & 0o077).toBe(0); // readable by the owner only
    expect(await loadJwtSecret(loadConfig({ DATA_DIR: dir }), noPrisma)).toBe(first);
    // Another data directory is another deployment: another secret.
    expect(await loadJwtSecret(loadConfig({ DATA_DIR: tempDir() }), noPrisma)).not.toBe(first);
  });

  it('refuses to start on PostgreSQL in production without JWT_SECRET, with a clear error', async () => {
    const config = loadConfig({ DATABASE_URL: 'postgresql://nobody@127.0.0.1:1/none', NODE_ENV: 'production', DATA_DIR: tempDir() });
    await expect(loadJwtSecret(config, noPrisma)).rejects.toThrow(/JWT_SECRET is required in production/);
  });

  it.skipIf(!onPostgres)('PostgreSQL outside production: generates one secret in the setting table, shared by every instance', async () => {
    const database = await createTestDatabase();
    databases.push(database);
    const config = loadConfig({ DATABASE_URL: database.url, NODE_ENV: 'development', DATA_DIR: tempDir() });
    const one = await database.open();
    const two = await database.open();
    const first = await loadJwtSecret(config, one.prisma);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect((await one.prisma.setting.findUniqueOrThrow({ where: { key: 'jwt_secret' } })).value).toBe(first);
    expect(await loadJwtSecret(config, two.prisma)).toBe(first);
    expect(await loadJwtSecret(config, one.prisma)).toBe(first);
    // Nothing went to DATA_DIR.
    expect(() => statSync(path.join(config.DATA_DIR, 'jwt-secret'))).toThrow();
  });
});

describe('ensureBootstrapAdmin', () => {
  it('with no user, creates customer default and a SUPERADMIN, prints its password and a working header; then nothing', async () => {
    const database = await createTestDatabase();
    databases.push(database);
    const { prisma, query } = await database.open();
    expect(await prisma.user.count()).toBe(0);
    // Stored as every username is: trimmed and lower-case (src/domain/username.ts).
    const config = loadConfig({ ADMIN_USERNAME: ' First-Admin', LOG_LEVEL: 'info', DATA_DIR: 'memory://' });
    const tokens = new TokenService(query, 'bootstrap-test-secret-0123456789', 3600);
    const logger = createLogger('silent');

    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    await ensureBootstrapAdmin(prisma, config, logger, tokens);
    const printed = write.mock.calls.map((c) => String(c[0])).join('');
    write.mockRestore();

    const users = await prisma.user.findMany({ include: { customer: true } });
    expect(users.map((u) => ({ username: u.username, role: u.role, customer: u.customer.name }))).toEqual([
      { username: 'first-admin', role: 'SUPERADMIN', customer: 'default' },
    ]);

    const password = /Generated password \(shown only now\): (\S+)/.exec(printed)?.[1];
    expect(password, printed).toBeTruthy();
    expect((await verifyLogin(prisma, 'first-admin', password!))?.id).toBe(users[0].id);

    const headerLine = printed.split('\n').find((l) => l.includes('"Authorization"'));
    expect(headerLine, printed).toBeTruthy();
    const header = JSON.parse(headerLine!.trim()) as { Authorization: string };
    expect(header.Authorization).toMatch(/^Bearer \S+$/);
    const viewer = await tokens.authenticate(header.Authorization);
    expect(viewer).toMatchObject({ role: 'SUPERADMIN', userId: users[0].id, username: 'first-admin', customerId: users[0].customerId });

    // A second start: a user exists, nothing is created or printed.
    const again = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    await ensureBootstrapAdmin(prisma, config, logger, tokens);
    const printedAgain = again.mock.calls.map((c) => String(c[0])).join('');
    again.mockRestore();
    expect(printedAgain).toBe('');
    expect(await prisma.user.count()).toBe(1);
    expect(await prisma.customer.count({ where: { name: 'default' } })).toBe(1);
  });

  it('with ADMIN_PASSWORD set, prints no token and no password (issue 15: a SUPERADMIN token in the log outlived its use)', async () => {
    const database = await createTestDatabase();
    databases.push(database);
    const { prisma, query } = await database.open();
    const config = loadConfig({ ADMIN_USERNAME: 'admin', ADMIN_PASSWORD: 'operator-chosen-password', LOG_LEVEL: 'info', DATA_DIR: 'memory://' });
    const tokens = new TokenService(query, 'bootstrap-test-secret-0123456789', 3600);
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    await ensureBootstrapAdmin(prisma, config, createLogger('silent'), tokens);
    const printed = write.mock.calls.map((c) => String(c[0])).join('');
    write.mockRestore();
    expect(await prisma.user.count()).toBe(1);
    expect(printed).toContain('Created the SUPERADMIN "admin"');
    expect(printed).toContain('sign in with the login mutation');
    expect(printed).not.toMatch(/Bearer|eyJ/);
    expect(printed).not.toContain('operator-chosen-password');
  });
});
