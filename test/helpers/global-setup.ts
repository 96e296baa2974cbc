// Prepares one migrated database image per run; every test file starts from a copy of it, so files that
// run in parallel never share tables. PostgreSQL: a template database. Embedded: a PGlite dump file.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import type { TestProject } from 'vitest/node';
import { applyMigrations } from '../../src/db/migrate.ts';
import { migratePostgres } from '../../src/db/database.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    templateDatabase: string;
    pgliteDump: string;
  }
}

export async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  if (url) {
    const template = `dialgraph_tpl_${process.pid}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${template}`);
    await admin.query(`CREATE DATABASE ${template}`);
    await admin.end();
    const templateUrl = new URL(url);
    templateUrl.pathname = `/${template}`;
    await migratePostgres(templateUrl.toString());
    project.provide('templateDatabase', template);
    project.provide('pgliteDump', '');
    return async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
      await c.end();
    };
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'dialgraph-test-'));
  const db = new PGlite('memory://');
  await applyMigrations(db);
  const dump = await db.dumpDataDir('none');
  await db.close();
  const file = path.join(dir, 'migrated.tar');
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('templateDatabase', '');
  project.provide('pgliteDump', file);
  return () => rmSync(dir, { recursive: true, force: true });
}
