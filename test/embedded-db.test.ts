// The embedded database (PGlite under DATA_DIR): one process at a time, a clear error for the second one,
// recovery from a holder that was killed, and data that survives a server restart. Always embedded, whatever
// DATABASE_URL says.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { DataDirInUseError, openDatabase, type Database } from '../src/db/database.ts';
import { loadConfig } from '../src/config.ts';
import { createApp, type App } from '../src/server.ts';
import { login, TEST_ADMIN } from './helpers/app.ts';
import { graphql } from './gql/index.ts';

// Always the embedded database, whatever DATABASE_URL says: the embedded pass of `npm test` runs these, and the
// PostgreSQL + Redis pass (DATABASE_URL set) would only repeat them.
const ON_POSTGRES_PASS = Boolean(process.env.DATABASE_URL);

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const holderScript = path.join(root, 'test/fixtures/hold-data-dir.ts');
// Small, so a lock left by a SIGKILLed holder goes stale quickly, yet above the seconds PGlite's start-up can block
// a holder's event loop on a loaded machine (it holds the lock while it starts, and cannot refresh it meanwhile):
// at 3 s, a CI run saw a live holder's lock go stale and a second open succeed. Every opener below uses it.
const LOCK_STALE_MS = 10_000;

const tempDirs: string[] = [];
const children: ChildProcess[] = [];
const openDbs: Database[] = [];
const apps: App[] = [];

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'dialgraph-embedded-'));
  tempDirs.push(dir);
  return dir;
}

async function open(dataDir: string): Promise<Database> {
  const db = await openDatabase({ dataDir, lockStaleMs: LOCK_STALE_MS });
  openDbs.push(db);
  return db;
}

async function closeDb(db: Database) {
  openDbs.splice(openDbs.indexOf(db), 1);
  await db.close();
}

interface Holder {
  child: ChildProcess;
  pid: number;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts test/fixtures/hold-data-dir.ts in its own Node process; resolves once it holds the database. */
function startHolder(dataDir: string): Promise<Holder> {
  const child = spawn(process.execPath, ['--import', 'tsx', holderScript, dataDir, String(LOCK_STALE_MS)], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: '', LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  // 'close', not 'exit': it comes after stdout has been read, so a refusal printed just before exiting is seen.
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('close', (code, signal) => resolve({ code, signal })),
  );
  let stdout = '';
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d) => {
      stdout += d;
      // Complete lines only; anything else a dependency might print is ignored.
      const line = stdout.split('\n').slice(0, -1).find((l) => /^\{"(ready|error)"/.test(l));
      if (!line) return;
      const msg = JSON.parse(line);
      if (msg.ready) resolve({ child, pid: msg.pid, exited });
      else reject(new Error(`holder could not open ${dataDir}: ${line}`));
    });
    void exited.then(({ code, signal }) => reject(new Error(`holder exited (${code ?? signal}) before it was ready: ${stderr}`)));
  });
}

/** Opens the data dir, retrying while it is still locked (a dead holder's lock must go stale first). */
async function openWhenFree(dataDir: string, maxWaitMs = 45_000): Promise<Database> {
  const giveUp = Date.now() + maxWaitMs;
  for (;;) {
    try {
      return await open(dataDir);
    } catch (err) {
      if (!(err instanceof DataDirInUseError) || Date.now() > giveUp) throw err;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

afterEach(async () => {
  await Promise.all(apps.splice(0).map((a) => a.stop().catch(() => {})));
  await Promise.all(openDbs.splice(0).map((d) => d.close().catch(() => {})));
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
});

afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(ON_POSTGRES_PASS)('one process per DATA_DIR', () => {
  it('refuses a second process with DataDirInUseError naming the directory, and opens once the first has stopped', async () => {
    const dir = tempDir();
    const holder = await startHolder(dir);

    const refused = await open(dir).then(
      () => null,
      (err: unknown) => err,
    );
    expect(refused).toBeInstanceOf(DataDirInUseError);
    expect((refused as Error).message).toContain(path.resolve(dir));
    expect((refused as Error).message).toMatch(/already open in another dialgraph process/);
    // The refusal left the holder alone: it is still running.
    expect(holder.child.exitCode).toBeNull();

    holder.child.kill('SIGTERM'); // the holder closes its database and releases the lock
    expect(await holder.exited).toEqual({ code: 0, signal: null });

    const db = await open(dir);
    // Its data is intact: the row the holder wrote, in the tables its migrations made.
    expect(await db.prisma.$queryRawUnsafe('SELECT pid FROM "holder_marker"')).toEqual([{ pid: holder.pid }]);
    expect(await db.prisma.outplan.count()).toBe(0);

    // ...and while this process holds it, a new process is refused in turn.
    await expect(startHolder(dir)).rejects.toThrow(/DataDirInUseError.*already open/);
    await closeDb(db);
  });

  it('takes over the lock of a holder killed with SIGKILL once it goes stale, with the data intact', async () => {
    const dir = tempDir();
    const holder = await startHolder(dir);
    holder.child.kill('SIGKILL'); // no cleanup: the lock directory stays behind
    expect(await holder.exited).toEqual({ code: null, signal: 'SIGKILL' });

    const db = await openWhenFree(dir);
    expect(await db.prisma.$queryRawUnsafe('SELECT pid FROM "holder_marker"')).toEqual([{ pid: holder.pid }]);
    await db.prisma.$executeRawUnsafe('INSERT INTO "holder_marker" (pid) VALUES (1)');
    await closeDb(db);

    // Closed cleanly this time: the next open is immediate and sees both rows.
    const again = await open(dir);
    expect(await again.prisma.$queryRawUnsafe('SELECT pid FROM "holder_marker" ORDER BY pid')).toEqual([{ pid: 1 }, { pid: holder.pid }]);
    await closeDb(again);
  });

  it('refuses a second open of the same directory within one process too', async () => {
    const dir = tempDir();
    const db = await open(dir);
    await expect(open(dir)).rejects.toBeInstanceOf(DataDirInUseError);
    // The refused open did not disturb the first one.
    expect(await db.prisma.outplan.count()).toBe(0);
    await closeDb(db);
    const reopened = await open(dir);
    await closeDb(reopened);
  });
});

describe.skipIf(ON_POSTGRES_PASS)('restart', () => {
  const CREATE = graphql(`
    mutation OutplanCreateForEmbeddedDbTest($input: OutplanCreateInput!) {
      outplanCreate(input: $input) {
        outplan { uuid name }
        userErrors { field message code }
      }
    }
  `);
  const OUTPLANS = graphql(`
    query OutplansForEmbeddedDbTest { outplans { totalCount nodes { uuid name } } }
  `);

  async function start(dataDir: string) {
    const config = loadConfig({
      ...process.env, DATA_DIR: dataDir, PORT: '0', DATABASE_URL: '', REDIS_URL: '', LOG_LEVEL: 'silent',
      JWT_SECRET: 'dialgraph-test-secret-0123456789', ADMIN_USERNAME: TEST_ADMIN.username, ADMIN_PASSWORD: TEST_ADMIN.password,
    });
    const app = await createApp(config);
    apps.push(app);
    const url = await app.listen(0);
    const token = await login(url, TEST_ADMIN.username, TEST_ADMIN.password);
    const gql = async <R, V>(document: TypedDocumentNode<R, V>, variables?: V) => {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: print(document), variables }),
      });
      return (await res.json()) as { data?: R; errors?: any[] };
    };
    return { app, gql };
  }

  async function stop(app: App) {
    apps.splice(apps.indexOf(app), 1);
    await app.stop();
  }

  it('keeps an outplan created over HTTP across a stop and a start on the same DATA_DIR', async () => {
    const dir = tempDir();
    const first = await start(dir);
    expect(first.app.services.db.kind).toBe('pglite');
    const created = await first.gql(CREATE, {
      input: {
        name: 'survives restart',
        detail: 'written before the restart',
        source: { type: 'TEL', target: '+15559876543' },
        dialTimeout: 30000,
        tryInterval: 600000,
        maxTryCounts: [5, 5, 5, 5, 5],
      },
    });
    expect(created.errors).toBeUndefined();
    expect(created.data!.outplanCreate.userErrors).toEqual([]);
    const uuid = created.data!.outplanCreate.outplan!.uuid;
    expect(uuid).toMatch(/^[0-9a-f-]{36}$/);
    await stop(first.app);

    const second = await start(dir);
    const listed = await second.gql(OUTPLANS);
    expect(listed.errors).toBeUndefined();
    expect(listed.data!.outplans).toEqual({ totalCount: 1, nodes: [{ uuid, name: 'survives restart' }] });
    await stop(second.app);
  });
});
