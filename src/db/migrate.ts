// Applies prisma/migrations/*/migration.sql and records them in Prisma's own `_prisma_migrations` table.
//
// Why this exists: `prisma migrate deploy` needs Prisma's native schema-engine binary, which the CLI
// downloads from Prisma's host at run time; these machines reach only the npm registry, so the CLI
// cannot migrate here. This runner does the same thing Prisma does (advisory lock, the same table and
// DDL, sha256 checksums, one transaction per migration), so the real CLI accepts the database later.
// test/migrations.test.ts checks that Prisma's wasm engine sees a database migrated here as in sync.
import { createHash, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const migrationsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../prisma/migrations');

/** The two calls the runner needs; both pg.Client and PGlite provide them (simple protocol). */
export interface SqlExecutor {
  /** Runs one or more statements without parameters. */
  exec(sql: string): Promise<unknown>;
  query<T>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
}

// The key Prisma's schema engine locks while migrating, so the CLI and this runner exclude each other.
const PRISMA_ADVISORY_LOCK = 72707369;

const MIGRATIONS_TABLE_DDL = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export function readMigrations(dir = migrationsDir): Migration[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, 'migration.sql')))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

/** Applies every migration not yet recorded; returns the names applied. */
export async function applyMigrations(db: SqlExecutor, dir = migrationsDir): Promise<string[]> {
  const migrations = readMigrations(dir);
  await db.query('SELECT pg_advisory_lock($1)', [PRISMA_ADVISORY_LOCK]);
  try {
    await db.exec(MIGRATIONS_TABLE_DDL);
    const { rows } = await db.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      'SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL',
    );
    const applied = new Map(rows.map((r) => [r.migration_name, r]));
    for (const m of migrations) {
      const row = applied.get(m.name);
      if (row && row.finished_at === null) {
        throw new Error(`migration ${m.name} failed earlier and was not rolled back; fix the database by hand`);
      }
      if (row && row.checksum !== m.checksum) {
        throw new Error(`migration ${m.name} was edited after it was applied (checksum mismatch); add a new migration instead`);
      }
    }
    const pending = migrations.filter((m) => !applied.has(m.name));
    for (const m of pending) {
      await db.exec('BEGIN');
      try {
        await db.exec(m.sql);
        await db.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
           VALUES ($1, $2, $3, now(), now(), 1)`,
          [randomUUID(), m.checksum, m.name],
        );
        await db.exec('COMMIT');
      } catch (err) {
        await db.exec('ROLLBACK');
        throw new Error(`migration ${m.name} failed: ${(err as Error).message}`);
      }
    }
    return pending.map((m) => m.name);
  } finally {
    await db.query('SELECT pg_advisory_unlock($1)', [PRISMA_ADVISORY_LOCK]);
  }
}
