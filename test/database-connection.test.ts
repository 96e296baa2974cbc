// A pooled PostgreSQL connection the server ends (a restart, pg_terminate_backend) while it sits idle: the
// process goes on (pg's pool emits 'error', which with no listener ends the process), the failure is reported
// through onIdleConnectionError, and the next query runs on a new connection. One ended while checked out (inside
// a transaction) does not end the process either.
// Every session runs with SESSION_OPTIONS (no JIT).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createTestDatabase, onPostgres, type TestDatabase } from './helpers/db.ts';
import { openDatabase, type Database } from '../src/db/database.ts';

let database: TestDatabase;
let db: Database;
const idleErrors: Error[] = [];

beforeAll(async () => {
  if (!onPostgres) return;
  database = await createTestDatabase();
  db = await openDatabase({ url: database.url, migrate: false, poolMax: 2, onIdleConnectionError: (err) => idleErrors.push(err) });
});
afterAll(async () => {
  await db?.close();
  await database?.drop();
});

describe.skipIf(!onPostgres)('an idle pooled connection that PostgreSQL ends', () => {
  async function terminateOthers() {
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    try {
      await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()');
    } finally {
      await admin.end();
    }
  }

  it('before Prisma ever connected (direct reads only): reported and replaced, the next read answers', async () => {
    const [{ pid }] = await db.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    await terminateOthers();
    await expect.poll(() => idleErrors.length, { timeout: 5000 }).toBeGreaterThan(0);
    expect(idleErrors[0].message).toMatch(/terminat/i);
    const [{ pid: next }] = await db.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    expect(next).not.toBe(pid);
  });

  it('with Prisma on the same pool: the next direct read and the next Prisma read both answer', async () => {
    await db.prisma.customer.count();
    const before = idleErrors.length;
    await terminateOthers();
    await expect.poll(() => idleErrors.length, { timeout: 5000 }).toBeGreaterThan(before);
    expect(await db.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
    expect(await db.prisma.customer.count()).toBeGreaterThanOrEqual(0);
  });
});

describe.skipIf(!onPostgres)('pooled connections PostgreSQL ends while transactions use them', () => {
  it('fail those transactions, and the process goes on', async () => {
    // pg-pool listens for a client's errors only while it is idle: a transaction's connection terminated between
    // its statements emitted an 'error' nobody heard, an uncaught exception that ended the server (bench:soak).
    const uncaught: unknown[] = [];
    const record = (err: unknown) => uncaught.push(err);
    process.prependListener('uncaughtException', record);
    // A pool of its own, as large as the server's: the race needs several connections changing hands.
    const busy = await openDatabase({ url: database.url, migrate: false, poolMax: 10 });
    let running = true;
    let committed = 0;
    const loops = Array.from({ length: 8 }, async (_, n) => {
      while (running) {
        await (n % 2
          ? busy.prisma.$transaction([busy.prisma.$queryRaw`SELECT 1`, busy.prisma.$queryRaw`SELECT 2`])
          : busy.prisma.$transaction(async (tx) => {
            await tx.$queryRaw`SELECT 1`;
            await new Promise((r) => setTimeout(r, 5));
            await tx.$queryRaw`SELECT 2`;
          })).then(() => committed++, () => {});
      }
    });
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    try {
      for (const until = Date.now() + 2000; Date.now() < until; await new Promise((r) => setTimeout(r, 15))) {
        await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()');
      }
    } finally {
      running = false;
      await Promise.all(loops);
      await admin.end();
      process.removeListener('uncaughtException', record);
    }
    expect(uncaught).toEqual([]);
    expect(committed).toBeGreaterThan(0);
    expect(await busy.prisma.$transaction(async (tx) => tx.customer.count())).toBeGreaterThanOrEqual(0);
    await busy.close();
  });
});

describe.skipIf(!onPostgres)('the sessions the server opens', () => {
  // The dialer round's plan is priced above jit_above_cost on large outdials; compiling it would cost more than running it.
  it('run without JIT, for Prisma and for the direct reads', async () => {
    expect(await db.prisma.$queryRaw`SHOW jit`).toEqual([{ jit: 'off' }]);
    expect(await db.query('SHOW jit')).toEqual([{ jit: 'off' }]);
  });
});
