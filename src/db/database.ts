// Opens the database: real PostgreSQL through @prisma/adapter-pg when DATABASE_URL is set, otherwise an
// embedded PostgreSQL (PGlite, in-process) persisted under DATA_DIR. Both get the same migrations.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import lockfile from 'proper-lockfile';
// Types only: the embedded database's modules are imported when it is opened (openEmbedded), so a server on
// PostgreSQL never loads them (~40 MiB of RSS).
import type { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client.ts';
import { applyMigrations, type SqlExecutor } from './migrate.ts';
import { retryReadOnce } from './connection-failure.ts';

export type Prisma = PrismaClient;

/** A statement sent straight through the driver (pg or PGlite), its rows as the driver parses them. */
export type DirectQuery = <T = Record<string, unknown>>(sql: string, values?: unknown[]) => Promise<T[]>;

export interface Database {
  prisma: PrismaClient;
  kind: 'postgres' | 'pglite';
  /**
   * A read with no Prisma in between, for statements whose rows PostgreSQL shapes (json included)
   * (./json-reads.ts). On the embedded database it waits for a transaction in progress, like Prisma's own reads.
   * Reads only: on PostgreSQL a read whose connection fails is run once more on a fresh one.
   */
  query: DirectQuery;
  /** Resolves when the database answers a trivial query; used by /readyz. */
  ping(): Promise<void>;
  /** The PostgreSQL pool's connections now (metrics); the embedded database has no pool. */
  poolUse?(): PoolUse;
  close(): Promise<void>;
}

export interface PoolUse {
  /** Open connections, busy or idle. */
  total: number;
  idle: number;
  /** Queries waiting for a connection. */
  waiting: number;
}

export interface DatabaseOptions {
  /** postgresql:// URL; without it the embedded database is used. */
  url?: string;
  /** Directory of the embedded database; `memory://` keeps it in memory (tests). */
  dataDir?: string;
  /** A PGlite dump (from `dumpDataDir`) to start the embedded database from, instead of migrating. */
  loadDataDir?: Blob | File;
  poolMax?: number;
  migrate?: boolean;
  /** Told which migrations were applied (none: the schema was current), for the start-up log. */
  onMigrated?: (applied: string[]) => void;
  /**
   * An idle pooled connection failed (the server restarted, or terminated it). The pool drops it and opens a new
   * one for the next query; without a listener, the pool's 'error' event would end the process.
   */
  onIdleConnectionError?: (err: Error) => void;
  /**
   * Embedded database: how long (ms) the lock on the data directory may go unrefreshed before another process
   * treats it as left by a dead process and takes it over. The holder refreshes it every third of this. Every
   * process opening one data directory must use the same value. Default 15 s; proper-lockfile's minimum is 2 s.
   */
  lockStaleMs?: number;
}

export const DEFAULT_LOCK_STALE_MS = 15_000;

/** The model operations that only read: retried once when their connection fails (a write is not: see below). */
const READ_OPERATIONS = new Set(['findUnique', 'findUniqueOrThrow', 'findFirst', 'findFirstOrThrow', 'findMany', 'count', 'aggregate', 'groupBy']);

/**
 * Prisma's reads retried once on a fresh connection when theirs failed (PostgreSQL terminated it, restarted).
 * Inside a transaction the retry fails again (the transaction's connection is gone) and the transaction fails
 * as it would have. Writes and raw statements are not retried: a write may have committed before the
 * connection broke, so it is answered DATABASE_UNAVAILABLE instead (src/database-unavailable.ts).
 */
function withReadRetry(prisma: PrismaClient): PrismaClient {
  return prisma.$extends({
    query: {
      $allModels: {
        $allOperations({ operation, args, query }) {
          return READ_OPERATIONS.has(operation) ? retryReadOnce(() => query(args)) : query(args);
        },
      },
    },
  }) as unknown as PrismaClient;
}

/**
 * Names this database among all others (cluster system identifier + database name), for keys in shared
 * services: deployments and test databases on one Redis keep their event topics and login limits apart.
 */
export async function databaseIdentity(prisma: PrismaClient): Promise<string> {
  const [row] = await prisma.$queryRaw<{ cluster: string; database: string }[]>`
    SELECT system_identifier::text AS cluster, current_database() AS database FROM pg_control_system()`;
  return `${row.cluster}:${row.database}`;
}

export class DataDirInUseError extends Error {
  constructor(dir: string) {
    super(
      `the embedded database in ${dir} is already open in another dialgraph process. ` +
        'Stop that process, or give this one its own DATA_DIR (or set DATABASE_URL to share a PostgreSQL server).',
    );
    this.name = 'DataDirInUseError';
  }
}

export async function migratePostgres(url: string): Promise<string[]> {
  // Multi-statement migration files need the simple query protocol, which Prisma's prepared statements
  // do not offer; a plain pg.Client does.
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // A query without parameters goes over the simple protocol, which accepts several statements.
    const executor: SqlExecutor = {
      exec: (sql) => client.query(sql),
      query: (sql, params) => client.query(sql, params as unknown[]) as never,
    };
    return await applyMigrations(executor);
  } finally {
    await client.end();
  }
}

/**
 * Settings of every session the server opens. No JIT: our statements are short, but the planner prices the dialer
 * round's target scans by their LIMIT, a parameter it takes for a tenth of the outdial's IDLE targets, each with its
 * probes, so a large outdial can put a round above jit_above_cost; compiling then costs the round 250 to 280 ms
 * where running it takes 8 (npm run bench:round, measured on a version of the round whose estimate crossed it at
 * 100,000 targets; the current one stays under it at 300,000, but nothing keeps it there).
 */
export const SESSION_OPTIONS = '-c jit=off';

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.url) {
    // Not `onMigrated?.(await migratePostgres(...))`: optional chaining would skip the migration itself without a listener.
    if (options.migrate !== false) {
      const applied = await migratePostgres(options.url);
      options.onMigrated?.(applied);
    }
    // One pool for Prisma and for the direct reads.
    const pool = new pg.Pool({ connectionString: options.url, max: options.poolMax ?? 10, options: SESSION_OPTIONS });
    pool.on('error', options.onIdleConnectionError ?? (() => {}));
    // pg-pool listens for a client's errors only while it is idle: one that PostgreSQL terminates while it is
    // checked out between two queries (inside a transaction, say) emitted an 'error' nobody heard, and the
    // process died (bench:soak). The query in flight, or the next one, still fails as a connection failure, and
    // the pool drops the client on release.
    pool.on('connect', (client) => client.on('error', () => {}));
    const prisma = withReadRetry(new PrismaClient({ adapter: new PrismaPg(pool) }));
    return {
      prisma,
      kind: 'postgres',
      query: (sql, values) => retryReadOnce(async () => (await pool.query(sql, values)).rows),
      ping: async () => void (await prisma.$queryRaw`SELECT 1`),
      poolUse: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
      close: async () => {
        await prisma.$disconnect();
        await pool.end();
      },
    };
  }

  return openEmbedded(options);
}

async function openEmbedded(options: DatabaseOptions): Promise<Database> {
  const [{ PGlite }, { PrismaPGlite }] = await Promise.all([import('@electric-sql/pglite'), import('pglite-prisma-adapter')]);
  const dataDir = options.dataDir ?? './.data';
  let releaseLock: (() => Promise<void>) | undefined;
  let pglite: PGlite;
  if (dataDir.startsWith('memory://')) {
    pglite = new PGlite(dataDir, { loadDataDir: options.loadDataDir });
  } else {
    // PGlite has no guard against two processes opening one data directory, and two writers corrupt it.
    const absolute = path.resolve(dataDir);
    mkdirSync(absolute, { recursive: true });
    try {
      const stale = Math.max(options.lockStaleMs ?? DEFAULT_LOCK_STALE_MS, 2_000);
      releaseLock = await lockfile.lock(absolute, {
        lockfilePath: path.join(absolute, 'dialgraph.lock'),
        stale,
        update: Math.max(Math.floor(stale / 3), 1_000),
        // The lock could not be refreshed in time (event loop blocked for longer than `stale`, or the lock was
        // removed), so another process may already have taken the directory: writing on would corrupt it.
        // proper-lockfile's default also throws here (from a timer, so the process exits); this names the cause.
        onCompromised: (err) => {
          throw new Error(`lost the lock on the embedded database in ${absolute} (${err.message}); stopping to avoid corrupting it`);
        },
      });
    } catch (err) {
      if ((err as { code?: string }).code === 'ELOCKED') throw new DataDirInUseError(absolute);
      throw err;
    }
    pglite = new PGlite(path.join(absolute, 'pglite'), { loadDataDir: options.loadDataDir });
  }
  try {
    await pglite.waitReady;
    if (options.migrate !== false) {
      const applied = await applyMigrations(pglite);
      options.onMigrated?.(applied);
    }
  } catch (err) {
    await pglite.close().catch(() => {});
    await releaseLock?.();
    throw err;
  }
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  return {
    prisma,
    kind: 'pglite',
    query: async <T,>(sql: string, values?: unknown[]) => (await pglite.query<T>(sql, values)).rows,
    ping: async () => void (await pglite.query('SELECT 1')),
    close: async () => {
      await prisma.$disconnect();
      await pglite.close();
      await releaseLock?.();
    },
  };
}
