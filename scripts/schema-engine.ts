// Loads Prisma's WebAssembly schema engine (@prisma/schema-engine-wasm, an internal Prisma package pinned
// exactly in package.json) so migrations can be authored and checked offline. The package's entry does
// `import * as wasm from "./schema_engine_bg.wasm"`, which Node 20 cannot load, so it is instantiated by hand.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type { SchemaEngine, MigrationList } from '@prisma/schema-engine-wasm';
import { migrationsDir } from '../src/db/migrate.ts';

export const schemaPath = path.resolve(migrationsDir, '../schema.prisma');

export interface SchemaSource {
  /** The Prisma schema text; defaults to the contents of prisma/schema.prisma. */
  schema?: string;
}

export interface SchemaEngineHandle {
  engine: SchemaEngine;
  /** Frees the engine and, for a connection string, ends the pool it opened. The caller owns a PGlite target. */
  close(): Promise<void>;
}

// wasm-bindgen's glue keeps one module-level `wasm` instance: instantiating a second one replaces it under
// every engine already created (their next call panics). So the module is instantiated once per process.
let bindings: Promise<{ SchemaEngine: typeof SchemaEngine }> | undefined;

function loadBindings() {
  return (bindings ??= (async () => {
    const require = createRequire(import.meta.url);
    const pkgDir = path.dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg'));
    const bg = await import(path.join(pkgDir, 'schema_engine_bg.js'));
    // The engine reports a Rust panic's message here before trapping; without it the trap becomes a TypeError.
    const registry = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: { message: string; set_message(m: string): void } };
    registry.PRISMA_WASM_PANIC_REGISTRY ??= {
      message: '',
      set_message(m: string) {
        this.message = m;
      },
    };
    const { instance } = await WebAssembly.instantiate(readFileSync(path.join(pkgDir, 'schema_engine_bg.wasm')), {
      './schema_engine_bg.js': bg,
    });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
    return bg as { SchemaEngine: typeof SchemaEngine };
  })());
}

export async function loadSchemaEngine(
  target: { connectionString: string } | { pglite: PGlite },
  source: SchemaSource = {},
): Promise<SchemaEngineHandle> {
  const bg = await loadBindings();
  const pool = 'pglite' in target ? undefined : new pg.Pool({ connectionString: target.connectionString, max: 1 });
  const adapter = 'pglite' in target ? new PrismaPGlite(target.pglite) : new PrismaPg(pool!);
  try {
    const engine = await bg.SchemaEngine.new(
      { datamodels: [[schemaPath, source.schema ?? readFileSync(schemaPath, 'utf8')]] },
      () => {},
      bindMigrationAwareSqlAdapterFactory(adapter as never),
    );
    let closed = false;
    return {
      engine,
      close: async () => {
        if (closed) return;
        closed = true;
        engine.free();
        await pool?.end();
      },
    };
  } catch (err) {
    await pool?.end();
    throw err;
  }
}

/** The migrations directory as the engine reads it (directories holding a migration.sql, in name order). */
export function migrationsList(dir = migrationsDir): MigrationList {
  const lock = path.join(dir, 'migration_lock.toml');
  return {
    baseDir: dir,
    lockfile: { path: 'migration_lock.toml', content: existsSync(lock) ? readFileSync(lock, 'utf8') : null },
    shadowDbInitScript: '',
    migrationDirectories: readdirSync(dir, { withFileTypes: true })
      // The same selection as the runner's readMigrations(): an empty directory is not a migration.
      .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, 'migration.sql')))
      .map((d) => d.name)
      .sort()
      .map((name) => ({
        path: name,
        migrationFile: {
          path: 'migration.sql',
          content: { tag: 'ok' as const, value: readFileSync(path.join(dir, name, 'migration.sql'), 'utf8') },
        },
      })),
  };
}

export interface DiffOptions extends SchemaSource {
  /** Migrations directory; defaults to prisma/migrations. */
  dir?: string;
  /** An empty database to replay the migrations on, left open for the caller; default a new in-memory PGlite. */
  shadow?: PGlite;
}

/**
 * SQL that takes the migrations in `dir` to the schema (prisma/schema.prisma unless `schema` is given); empty
 * when they agree. Replays the migrations on a shadow database.
 */
export async function diffMigrationsToSchema(options: DiffOptions = {}): Promise<string> {
  const schema = options.schema ?? readFileSync(schemaPath, 'utf8');
  const shadow = options.shadow ?? new PGlite('memory://');
  let handle: SchemaEngineHandle | undefined;
  try {
    handle = await loadSchemaEngine({ pglite: shadow }, { schema });
    const result = await handle.engine.diff({
      from: { tag: 'migrations', ...migrationsList(options.dir) },
      to: { tag: 'schemaDatamodel', files: [{ path: schemaPath, content: schema }] },
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    const sql = result.stdout ?? '';
    return /^\s*(-- This is an empty migration\.)?\s*$/.test(sql) ? '' : sql;
  } finally {
    await handle?.close();
    if (!options.shadow) await shadow.close();
  }
}
