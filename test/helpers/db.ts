// A fresh, migrated database for one test file: a copy of the run's template (PostgreSQL, when
// DATABASE_URL is set) or of its PGlite dump (embedded).
import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, inject } from 'vitest';
import { openDatabase, type Database } from '../../src/db/database.ts';

export interface TestDatabase {
  /** postgresql:// URL of this file's own database; undefined on the embedded database. */
  url?: string;
  /** Opens a client on it. On the embedded database every call returns the same single instance. */
  open(): Promise<Database>;
  drop(): Promise<void>;
}

export const onPostgres = Boolean(process.env.DATABASE_URL);

export async function createTestDatabase(): Promise<TestDatabase> {
  const base = process.env.DATABASE_URL;
  if (base) {
    const name = `dialgraph_t_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${inject('templateDatabase')}`);
    await admin.end();
    const url = new URL(base);
    url.pathname = `/${name}`;
    const opened: Database[] = [];
    return {
      url: url.toString(),
      open: async () => {
        const db = await openDatabase({ url: url.toString(), migrate: false, poolMax: 5 });
        opened.push(db);
        return db;
      },
      drop: async () => {
        await Promise.all(opened.map((d) => d.close().catch(() => {})));
        const c = new pg.Client({ connectionString: base });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await c.end();
      },
    };
  }
  let db: Promise<Database> | undefined;
  return {
    open: () =>
      (db ??= openDatabase({ dataDir: 'memory://', loadDataDir: new Blob([readFileSync(inject('pgliteDump'))]), migrate: false })),
    drop: async () => {
      await (await db)?.close();
    },
  };
}

/**
 * This test file's own database, without a server (for a file that starts its servers itself, or none): created
 * in beforeAll, dropped in afterAll. Read `database` and `db` inside hooks and tests, not at the top of the file.
 */
export function useTestDatabase(): { readonly database: TestDatabase; readonly db: Database } {
  let database: TestDatabase | undefined;
  let db: Database | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
    db = await database.open();
  });
  afterAll(async () => {
    await database?.drop();
  });
  const opened = <T,>(value: T | undefined): T => {
    if (value === undefined) throw new Error('useTestDatabase: the database is used before beforeAll opened it (read it inside a hook or a test)');
    return value;
  };
  return {
    get database() { return opened(database); },
    get db() { return opened(db); },
  };
}
