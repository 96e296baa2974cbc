// Loads Prisma's WebAssembly schema engine (@prisma/schema-engine-wasm, an internal Prisma package pinned
// exactly in package.json) so migrations can be authored and checked offline. The package's entry does
// `import * as wasm from "./schema_engine_bg.wasm"`, which Node 20 cannot load, so it is instantiated by hand.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type { SchemaEngine, MigrationList } from '@prisma/schema-engine-wasm';
import { migrationsDir } from '../src/db/migrate.ts';

export const schemaPath = path.resolve(migrationsDir, '../schema.prisma');

export async function loadSchemaEngine(target: { connectionString: string } | { pglite: PGlite }): Promise<SchemaEngine> {
  const require = createRequire(import.meta.url);
  const pkgDir = path.dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg'));
  const bg = await import(path.join(pkgDir, 'schema_engine_bg.js'));
  const { instance } = await WebAssembly.instantiate(readFileSync(path.join(pkgDir, 'schema_engine_bg.wasm')), {
    './schema_engine_bg.js': bg,
  });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
  const adapter =
    'pglite' in target ? new PrismaPGlite(target.pglite) : new PrismaPg({ connectionString: target.connectionString, max: 1 });
  return bg.SchemaEngine.new(
    { datamodels: [[schemaPath, readFileSync(schemaPath, 'utf8')]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(adapter as never),
  );
}

export function migrationsList(dir = migrationsDir): MigrationList {
  const lock = path.join(dir, 'migration_lock.toml');
  return {
    baseDir: dir,
    lockfile: { path: 'migration_lock.toml', content: existsSync(lock) ? readFileSync(lock, 'utf8') : null },
    shadowDbInitScript: '',
    migrationDirectories: readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
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

/** SQL that takes the migrations to schema.prisma; empty when they agree. Uses an in-memory shadow database. */
export async function diffMigrationsToSchema(): Promise<string> {
  const shadow = new PGlite('memory://');
  try {
    const engine = await loadSchemaEngine({ pglite: shadow });
    const result = await engine.diff({
      from: { tag: 'migrations', ...migrationsList() },
      to: { tag: 'schemaDatamodel', files: [{ path: schemaPath, content: readFileSync(schemaPath, 'utf8') }] },
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    const sql = result.stdout ?? '';
    return /^\s*(-- This is an empty migration\.)?\s*$/.test(sql) ? '' : sql;
  } finally {
    await shadow.close();
  }
}
