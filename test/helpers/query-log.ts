// A test database whose Prisma client records every SQL statement it sends (Prisma's `query` log events), and
// whose direct reads (Database.query) are recorded the same way, so tests can count statements per request and
// read the SQL. Test-only: src has no such code path.
import pg from 'pg';
import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaClient } from '../../src/generated/prisma/client.ts';
import type { Database } from '../../src/db/database.ts';
import { createTestDatabase, type TestDatabase } from './db.ts';

export interface QueryLog {
  /** SQL statements since the last reset(). */
  readonly statements: string[];
  /** Their parameters (JSON text, as Prisma logs them), index for index. */
  readonly params: string[];
  reset(): void;
}

export async function createLoggedTestDatabase(): Promise<TestDatabase & { log: QueryLog }> {
  const statements: string[] = [];
  const params: string[] = [];
  const log: QueryLog = { statements, params, reset: () => void (statements.splice(0), params.splice(0)) };
  const logged = (query: Database['query']): Database['query'] => (sql, values) => {
    statements.push(sql);
    params.push(JSON.stringify(values ?? []));
    return query(sql, values);
  };
  const withLog = (adapter: SqlDriverAdapterFactory): PrismaClient => {
    const prisma = new PrismaClient({ adapter, log: [{ emit: 'event' as const, level: 'query' as const }] });
    prisma.$on('query', (e) => {
      statements.push(e.query);
      params.push(e.params);
    });
    return prisma;
  };

  if (process.env.DATABASE_URL) {
    const base = await createTestDatabase();
    let db: Database | undefined;
    return {
      url: base.url,
      log,
      open: async () => {
        if (!db) {
          const pool = new pg.Pool({ connectionString: base.url!, max: 5 });
          pool.on('error', () => {}); // the test database is dropped with its connections open
          const prisma = withLog(new PrismaPg(pool));
          db = {
            prisma, kind: 'postgres',
            query: logged(async (sql, values) => (await pool.query(sql, values)).rows),
            ping: async () => void (await prisma.$queryRaw`SELECT 1`),
            close: async () => {
              await prisma.$disconnect();
              await pool.end();
            },
          };
        }
        return db;
      },
      drop: async () => {
        await db?.close();
        await base.drop();
      },
    };
  }
  let db: Promise<Database> | undefined;
  return {
    log,
    open: () =>
      (db ??= (async () => {
        const pglite = new PGlite('memory://', { loadDataDir: new Blob([readFileSync(inject('pgliteDump'))]) });
        await pglite.waitReady;
        const prisma = withLog(new PrismaPGlite(pglite));
        return {
          prisma, kind: 'pglite' as const,
          query: logged(async <T,>(sql: string, values?: unknown[]) => (await pglite.query<T>(sql, values)).rows),
          ping: async () => void (await pglite.query('SELECT 1')),
          close: async () => {
            await prisma.$disconnect();
            await pglite.close();
          },
        };
      })()),
    drop: async () => {
      await (await db)?.close();
    },
  };
}

/** useTestApp's `database` option for a logged database: `onLog` gets its log once it is created. */
export function loggedDatabase(onLog: (log: QueryLog) => void): () => Promise<TestDatabase> {
  return async () => {
    const database = await createLoggedTestDatabase();
    onLog(database.log);
    return database;
  };
}
