// Usernames ignore case and surrounding spaces (issue 16): one spelling (src/domain/username.ts) for what is
// stored, what login looks up and what the login limiter counts; a second user cannot take another case of a
// taken name; and the migration that lower-cases existing names refuses, changing nothing, when two of them
// differ only by case.
import { randomBytes, randomUUID } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations, migrationsDir, readMigrations, type SqlExecutor } from '../src/db/migrate.ts';
import { login, loginFrom, useTestApp } from './helpers/app.ts';
import { graphql } from './gql/index.ts';

const BUDGET = 3;
const t = useTestApp({ LOGIN_MAX_FAILURES: String(BUDGET) });

const USER_CREATE = graphql(`
  mutation UserCreateForUsernameCaseTest($input: UserCreateInput!) { userCreate(input: $input) { user { username } userErrors { field message code } } }
`);
const CUSTOMER_CREATE = graphql(`
  mutation CustomerCreateForUsernameCaseTest($input: CustomerCreateInput!) { customerCreate(input: $input) { customer { name } userErrors { field code } } }
`);
const VIEWER = graphql(`
  query ViewerForUsernameCaseTest { viewer { username } }
`);

async function createUser(username: string, password: string) {
  return (await t.gql(USER_CREATE, { input: { username, password, role: 'MANAGER' } })).data!.userCreate;
}

beforeAll(async () => {
  expect((await createUser('badmin', 'badmin-password')).userErrors).toEqual([]);
  expect((await createUser('cadmin', 'cadmin-password')).userErrors).toEqual([]);
});

describe('creating users', () => {
  it('refuses another case or spacing of a taken username, naming the field (userCreate and customerCreate)', async () => {
    for (const username of ['BADMIN', ' Badmin ']) {
      expect(await createUser(username, 'another-password')).toEqual({
        user: null,
        userErrors: [{ field: ['input', 'username'], message: 'the username "badmin" is taken (usernames ignore case); choose another.', code: 'CONFLICT' }],
      });
    }
    const customer = await t.gql(CUSTOMER_CREATE, { input: { name: 'case-customer', username: 'BAdmin', password: 'case-password' } });
    expect(customer.data!.customerCreate).toEqual({ customer: null, userErrors: [{ field: ['input', 'username'], code: 'CONFLICT' }] });
  });

  it('stores a new username lower-case and trimmed', async () => {
    expect(await createUser('  Mixed.Case ', 'mixed-password')).toEqual({ user: { username: 'mixed.case' }, userErrors: [] });
  });

  it('answers two requests racing for one name in two cases with one user and one CONFLICT', async () => {
    const both = await Promise.all([createUser('race-name', 'race-password'), createUser('RACE-NAME', 'race-password')]);
    expect(both.filter((r) => r.user !== null)).toEqual([{ user: { username: 'race-name' }, userErrors: [] }]);
    expect(both.flatMap((r) => r.userErrors.map((e) => [e.field, e.code]))).toEqual([[['input', 'username'], 'CONFLICT']]);
  });
});

describe('login', () => {
  it('logs in the user whatever the case and the spaces around the username', async () => {
    for (const spelling of ['CADMIN', ' cadmin ', 'Cadmin']) {
      const token = await login(t.url, spelling, 'cadmin-password');
      expect((await t.gql(VIEWER, undefined, { authorization: `Bearer ${token}` })).data!.viewer).toEqual({ username: 'cadmin' });
    }
  });

  it('counts every spelling of a username against one budget: locked as `badmin`, locked as " badmin" and "BADMIN "', async () => {
    for (let i = 0; i < BUDGET; i++) {
      expect((await loginFrom(t.url, `127.0.0.${60 + i}`, 'badmin', 'wrong-password')).data!.login.userErrors).toEqual([{ code: 'INVALID' }]);
    }
    // Fresh IPs: only the username's budget can refuse these, the right password included.
    for (const [i, spelling] of [' badmin', 'BADMIN ', 'bAdmin'].entries()) {
      const res = await loginFrom(t.url, `127.0.0.${70 + i}`, spelling, 'badmin-password');
      expect(res.errors?.[0]?.extensions.code, `${JSON.stringify(spelling)}: ${JSON.stringify(res)}`).toBe('RATE_LIMITED');
      expect(res.data?.login?.token ?? null).toBeNull();
    }
  });
});

describe('the migration to case-insensitive usernames', () => {
  const all = readMigrations();
  const at = all.findIndex((m) => m.name.endsWith('_username_case_insensitive'));
  const dirs: string[] = [];
  const cleanups: (() => Promise<void>)[] = [];
  /** Embedded: a blank instance's image, cloned per test (cheaper than booting a new one). */
  let blankImage: Blob | undefined;
  beforeAll(async () => {
    if (process.env.DATABASE_URL) return;
    const blank = new PGlite('memory://');
    await blank.waitReady;
    blankImage = await blank.dumpDataDir('none');
    await blank.close();
  });
  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup().catch(() => {});
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  /** A fresh database of this run's kind, migrated up to just before the username migration. */
  async function databaseBefore(): Promise<SqlExecutor> {
    const dir = mkdtempSync(path.join(tmpdir(), 'dialgraph-username-migration-'));
    dirs.push(dir);
    for (const m of all.slice(0, at)) cpSync(path.join(migrationsDir, m.name), path.join(dir, m.name), { recursive: true });
    let db: SqlExecutor;
    if (process.env.DATABASE_URL) {
      const name = `dialgraph_case_${randomBytes(6).toString('hex')}`;
      const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      const url = new URL(process.env.DATABASE_URL);
      url.pathname = `/${name}`;
      const client = new pg.Client({ connectionString: url.toString() });
      await client.connect();
      cleanups.push(async () => {
        await client.end();
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end();
      });
      db = { exec: (sql) => client.query(sql), query: (sql, params) => client.query(sql, params as unknown[]) as never };
    } else {
      const pglite = new PGlite('memory://', { loadDataDir: blankImage });
      await pglite.waitReady;
      cleanups.push(() => pglite.close());
      db = pglite;
    }
    expect(await applyMigrations(db, dir)).toHaveLength(at);
    await db.exec(`INSERT INTO customer (id, name) VALUES ('00000000-0000-7000-8000-000000000001', 'c')`);
    return db;
  }
  /** Users as the old code could write them; a name starting with "deleted" is a deleted user's. */
  const addUsers = async (db: SqlExecutor, ...names: string[]) => {
    for (const name of names) {
      await db.query(
        `INSERT INTO app_user (id, customer_id, username, password_hash, role, deleted_at) VALUES ($1, '00000000-0000-7000-8000-000000000001', $2, 'x', 'MANAGER', $3)`,
        [randomUUID(), name, name.toLowerCase().startsWith('deleted') ? new Date() : null]);
    }
  };
  // Sorted here: the two databases' collations order cases differently.
  const usernames = async (db: SqlExecutor) => (await db.query<{ username: string }>('SELECT username FROM app_user')).rows.map((r) => r.username).sort();

  it('lower-cases the existing usernames, and the database refuses any other spelling from then on', async () => {
    const db = await databaseBefore();
    await addUsers(db, 'Alice', 'bob', 'Carol.X');
    expect(await applyMigrations(db)).toEqual(all.slice(at).map((m) => m.name));
    expect(await usernames(db)).toEqual(['alice', 'bob', 'carol.x']);
    await expect(addUsers(db, 'Dave')).rejects.toThrow(/app_user_username_normalized/);
    await expect(addUsers(db, 'bob')).rejects.toThrow(/app_user_username_key/);
  });

  it('refuses, naming them, and changes nothing, when usernames differ only by case (deleted users too)', async () => {
    const db = await databaseBefore();
    await addUsers(db, 'Alice', 'alice', 'deleted-erin', 'Deleted-Erin', 'Frank');
    const failure = applyMigrations(db);
    await expect(failure).rejects.toThrow(/migration \d+_username_case_insensitive failed: usernames are now case-insensitive/);
    const message = await failure.catch((err: Error) => err.message);
    for (const name of ["'Alice'", "'alice'", "'deleted-erin'", "'Deleted-Erin'"]) expect(message).toContain(name);
    expect(message).not.toContain('Frank');
    expect(message).toMatch(/Rename all but one of each group/);
    expect(await usernames(db)).toEqual(['Alice', 'Deleted-Erin', 'Frank', 'alice', 'deleted-erin']);
    const applied = (await db.query<{ migration_name: string }>('SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name')).rows.map((r) => r.migration_name);
    expect(applied).toEqual(all.slice(0, at).map((m) => m.name));

    // Renamed as the message says, the migration goes through.
    await db.query(`UPDATE app_user SET username = 'alice-2' WHERE username = 'Alice'`);
    await db.query(`UPDATE app_user SET username = 'deleted-erin-2' WHERE username = 'Deleted-Erin'`);
    expect(await applyMigrations(db)).toEqual(all.slice(at).map((m) => m.name));
    expect(await usernames(db)).toEqual(['alice', 'alice-2', 'deleted-erin', 'deleted-erin-2', 'frank']);
  });
});
