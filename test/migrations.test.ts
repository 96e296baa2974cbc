// Migrations: prisma/schema.prisma agrees with prisma/migrations, our runner (src/db/migrate.ts) leaves a
// database Prisma's own engine (the wasm build of the schema engine) considers migrated, and the runner is
// idempotent, transactional and refuses edited migrations.
import { createHash, randomBytes } from 'node:crypto';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations, migrationsDir, readMigrations } from '../src/db/migrate.ts';
import { migratePostgres } from '../src/db/database.ts';
import { diffMigrationsToSchema, loadSchemaEngine, migrationsList, schemaPath, type SchemaEngineHandle } from '../scripts/schema-engine.ts';

const filters = { externalTables: [], externalEnums: [] };
const committed = readMigrations();
const committedNames = committed.map((m) => m.name);

const tempDirs: string[] = [];
const pglites: PGlite[] = [];
const engines: SchemaEngineHandle[] = [];
let blankImage: Blob;

/** A copy of prisma/migrations in a temp dir, optionally keeping only the first `keep` migrations. */
function copyMigrations(keep = committed.length): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'dialgraph-migrations-'));
  tempDirs.push(dir);
  cpSync(path.join(migrationsDir, 'migration_lock.toml'), path.join(dir, 'migration_lock.toml'));
  for (const m of committed.slice(0, keep)) cpSync(path.join(migrationsDir, m.name), path.join(dir, m.name), { recursive: true });
  return dir;
}

function addMigration(dir: string, name: string, sql: string) {
  mkdirSync(path.join(dir, name));
  writeFileSync(path.join(dir, name, 'migration.sql'), sql);
}

/** A fresh, empty in-memory PostgreSQL (a clone of one blank instance: cheaper than booting a new one). */
async function blankPglite(): Promise<PGlite> {
  const db = new PGlite('memory://', { loadDataDir: blankImage });
  pglites.push(db);
  await db.waitReady;
  return db;
}

async function engineOn(target: Parameters<typeof loadSchemaEngine>[0]) {
  const handle = await loadSchemaEngine(target);
  engines.push(handle);
  return handle.engine;
}

async function tableExists(db: PGlite, table: string): Promise<boolean> {
  const { rows } = await db.query<{ t: string | null }>(`SELECT to_regclass($1)::text AS t`, [`public."${table}"`]);
  return rows[0]!.t !== null;
}

interface MigrationRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  applied_steps_count: number;
}
const ROWS_SQL = 'SELECT migration_name, checksum, finished_at, rolled_back_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name';

beforeAll(async () => {
  const blank = new PGlite('memory://');
  await blank.waitReady; // dumpDataDir() on an instance still booting never settles
  blankImage = await blank.dumpDataDir('none');
  await blank.close();
});

afterAll(async () => {
  for (const e of engines) await e.close().catch(() => {});
  for (const db of pglites) await db.close().catch(() => {});
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

describe('schema.prisma and prisma/migrations', () => {
  it('agree: replaying the committed migrations gives exactly schema.prisma (else run `npm run db:diff -- <name>`)', async () => {
    const sql = await diffMigrationsToSchema({ shadow: await blankPglite() });
    expect(sql, `schema.prisma has changes no migration covers; run \`npm run db:diff -- <name>\`:\n${sql}`).toBe('');
  });

  it('disagree when the last migrations are missing (the check can fail)', async () => {
    // Dropped from the end until the diff sees it: a hand-written migration of what Prisma's schema cannot
    // express (20261201140000_username_case_insensitive: a CHECK constraint) leaves no trace in it.
    let keep = committed.length;
    let sql = '';
    while (!sql && keep > 0) sql = await diffMigrationsToSchema({ dir: copyMigrations(--keep), shadow: await blankPglite() });
    expect(sql).not.toBe('');
    // Every table the missing migrations create is in the SQL that would replace them.
    const created = committed.slice(keep).flatMap((m) => [...m.sql.matchAll(/CREATE TABLE "([^"]+)"/g)].map((match) => match[1]));
    for (const table of created) expect(sql).toContain(`CREATE TABLE "${table}"`);
  });

  it('disagree when schema.prisma gains a model no migration creates', async () => {
    const schema = `${readFileSync(schemaPath, 'utf8')}\nmodel MigrationCanary {\n  id   Int    @id\n  note String\n}\n`;
    const sql = await diffMigrationsToSchema({ schema, shadow: await blankPglite() });
    expect(sql).toMatch(/CREATE TABLE "MigrationCanary"/);
    expect(sql).toMatch(/"note" TEXT NOT NULL/);
  });
});

describe('a database migrated by our runner, as Prisma sees it', () => {
  it('is in sync on PGlite: no history diagnostic, nothing edited or failed, nothing left to apply', async () => {
    const db = await blankPglite();
    expect(await applyMigrations(db)).toEqual(committedNames);
    const engine = await engineOn({ pglite: db });

    const diagnosis = await engine.diagnoseMigrationHistory({ migrationsList: migrationsList(), optInToShadowDatabase: false, filters });
    expect(diagnosis).toMatchObject({ history: null, editedMigrationNames: [], failedMigrationNames: [], hasMigrationsTable: true });
    expect(await engine.applyMigrations({ migrationsList: migrationsList(), filters })).toEqual({ appliedMigrationNames: [] });

    // The same engine does notice when the recorded checksum is not the file's (so the match above is real)...
    const first = committedNames[0]!;
    await db.query(`UPDATE "_prisma_migrations" SET checksum = $1 WHERE migration_name = $2`, ['0'.repeat(64), first]);
    const edited = await engine.diagnoseMigrationHistory({ migrationsList: migrationsList(), optInToShadowDatabase: false, filters });
    expect(edited.editedMigrationNames).toEqual([first]);
  });

  it('is seen as behind by the same engine when nothing was applied (control)', async () => {
    const db = await blankPglite();
    const engine = await engineOn({ pglite: db });
    const diagnosis = await engine.diagnoseMigrationHistory({ migrationsList: migrationsList(), optInToShadowDatabase: false, filters });
    expect(diagnosis.hasMigrationsTable).toBe(false);
    expect(diagnosis.history).toEqual({ diagnostic: 'databaseIsBehind', unappliedMigrationNames: committedNames });
  });

  it('and the other way round: after Prisma applied the migrations, our runner applies nothing and records the same checksums', async () => {
    const db = await blankPglite();
    const engine = await engineOn({ pglite: db });
    expect(await engine.applyMigrations({ migrationsList: migrationsList(), filters })).toEqual({ appliedMigrationNames: committedNames });
    expect(await applyMigrations(db)).toEqual([]);
    const { rows } = await db.query<MigrationRow>(ROWS_SQL);
    expect(rows.map((r) => [r.migration_name, r.checksum])).toEqual(committed.map((m) => [m.name, m.checksum]));
  });

  it.skipIf(!process.env.DATABASE_URL)('is in sync on real PostgreSQL too', async () => {
    const base = process.env.DATABASE_URL!;
    const name = `dialgraph_mig_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(base);
    url.pathname = `/${name}`;
    let handle: SchemaEngineHandle | undefined;
    try {
      expect(await migratePostgres(url.toString())).toEqual(committedNames);
      expect(await migratePostgres(url.toString())).toEqual([]);
      handle = await loadSchemaEngine({ connectionString: url.toString() });
      const diagnosis = await handle.engine.diagnoseMigrationHistory({ migrationsList: migrationsList(), optInToShadowDatabase: false, filters });
      expect(diagnosis).toMatchObject({ history: null, editedMigrationNames: [], failedMigrationNames: [], hasMigrationsTable: true });
      expect(await handle.engine.applyMigrations({ migrationsList: migrationsList(), filters })).toEqual({ appliedMigrationNames: [] });
    } finally {
      await handle?.close();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  });
});

describe('the runner', () => {
  it('applies each migration once and records sha256 of the file as its checksum', async () => {
    const db = await blankPglite();
    expect(await applyMigrations(db)).toEqual(committedNames);
    expect(await applyMigrations(db)).toEqual([]);

    const { rows } = await db.query<MigrationRow>(ROWS_SQL);
    expect(rows).toHaveLength(committed.length);
    for (const [i, row] of rows.entries()) {
      const file = readFileSync(path.join(migrationsDir, committedNames[i]!, 'migration.sql'));
      expect(row).toMatchObject({
        migration_name: committedNames[i],
        checksum: createHash('sha256').update(file).digest('hex'),
        rolled_back_at: null,
        applied_steps_count: 1,
      });
      expect(row.finished_at).toBeInstanceOf(Date);
    }
  });

  it('applies only the migrations added since the last run', async () => {
    const dir = copyMigrations();
    const db = await blankPglite();
    expect(await applyMigrations(db, dir)).toEqual(committedNames);
    addMigration(dir, '99991231000000_canary', 'CREATE TABLE "canary" ("id" INTEGER PRIMARY KEY);\nINSERT INTO "canary" VALUES (1);\n');
    expect(await applyMigrations(db, dir)).toEqual(['99991231000000_canary']);
    expect((await db.query('SELECT id FROM "canary"')).rows).toEqual([{ id: 1 }]);
    expect(await applyMigrations(db, dir)).toEqual([]);
  });

  it('refuses a migration edited after it was applied, naming it, and applies nothing', async () => {
    const dir = copyMigrations();
    const db = await blankPglite();
    await applyMigrations(db, dir);
    const edited = committedNames[0]!;
    appendFileSync(path.join(dir, edited, 'migration.sql'), '\n-- edited after it was applied\n');
    addMigration(dir, '99991231000000_canary', 'CREATE TABLE "canary" ("id" INTEGER PRIMARY KEY);\n');

    await expect(applyMigrations(db, dir)).rejects.toThrow(new RegExp(`migration ${edited} was edited after it was applied`));
    expect(await tableExists(db, 'canary')).toBe(false);
    expect((await db.query<MigrationRow>(ROWS_SQL)).rows.map((r) => r.migration_name)).toEqual(committedNames);
  });

  it('rolls back a failing migration whole, names it, records nothing, and applies it once fixed', async () => {
    const dir = copyMigrations();
    const db = await blankPglite();
    await applyMigrations(db, dir);
    const name = '99991231000000_broken';
    addMigration(dir, name, 'CREATE TABLE "half_done" ("id" INTEGER);\nSELECT no_such_function();\n');

    await expect(applyMigrations(db, dir)).rejects.toThrow(new RegExp(`migration ${name} failed: .*no_such_function`));
    expect(await tableExists(db, 'half_done')).toBe(false);
    expect((await db.query<MigrationRow>(ROWS_SQL)).rows.map((r) => r.migration_name)).toEqual(committedNames);

    writeFileSync(path.join(dir, name, 'migration.sql'), 'CREATE TABLE "half_done" ("id" INTEGER);\n');
    expect(await applyMigrations(db, dir)).toEqual([name]);
    expect(await tableExists(db, 'half_done')).toBe(true);
    // The advisory lock was released after the failure too: a session can take it without waiting.
    expect((await db.query<{ ok: boolean }>('SELECT pg_try_advisory_lock(72707369) AS ok')).rows).toEqual([{ ok: true }]);
  });
});
