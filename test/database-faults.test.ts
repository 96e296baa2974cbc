// A request whose PostgreSQL connection is terminated under it (pg_terminate_backend, as a failover or an
// operator would): a read is run once more on a fresh connection and answers; a write, or a read that fails
// twice, answers DATABASE_UNAVAILABLE (retryable), never an internal error, and a write is not applied.
// To catch a statement in flight, another connection holds a lock the statement waits for; the test then
// terminates the waiting backend (src/db/connection-failure.ts, src/db/database.ts, src/database-unavailable.ts).
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { onPostgres } from './helpers/db.ts';
import { useTestApp } from './helpers/app.ts';

// Every request looks its token up (no viewer cache), so the token lookup's own fault can be tested.
const t = useTestApp({ DIALER_ENABLED: 'false', AUTH_CACHE_MS: '0' });

async function post(query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(t.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${t.token}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as { data?: any; errors?: Array<{ message: string; extensions?: { code?: string } }> } };
}

/** Holds an exclusive lock on `table` until release(); lists and terminates the backends waiting for it. */
async function lock(table: string) {
  const holder = new pg.Client({ connectionString: t.database.url });
  // Watches from outside the holder's transaction: pg_stat_activity reads are a snapshot per transaction.
  const admin = new pg.Client({ connectionString: t.database.url });
  await Promise.all([holder.connect(), admin.connect()]);
  await holder.query('BEGIN');
  await holder.query(`LOCK TABLE ${table} IN ACCESS EXCLUSIVE MODE`);
  const holderPid = (await holder.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0].pid;
  const waiting = async () =>
    (await admin.query<{ pid: number }>(
      "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> $1",
      [holderPid],
    )).rows.map((r) => r.pid);
  return {
    /** The next backend (other than `except`) waiting for the lock. */
    async waiter(except: number[] = []): Promise<number> {
      for (const deadline = Date.now() + 10_000; ;) {
        const pid = (await waiting()).find((p) => !except.includes(p));
        if (pid) return pid;
        if (Date.now() > deadline) {
          const all = (await admin.query("SELECT pid, state, wait_event_type, left(query, 80) AS q FROM pg_stat_activity WHERE datname = current_database()")).rows;
          throw new Error(`no backend waited for ${table}: ${JSON.stringify(all)}`);
        }
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    terminate: async (pid: number) => void (await admin.query('SELECT pg_terminate_backend($1)', [pid])),
    release: async () => {
      await holder.query('COMMIT');
      await Promise.all([holder.end(), admin.end()]);
    },
  };
}

describe.skipIf(!onPostgres)('a connection terminated under a request', () => {
  it('a read is run again on a fresh connection and answers', async () => {
    const held = await lock('outplan');
    const answer = post('{ outplans(first: 5) { totalCount } }');
    const first = await held.waiter();
    await held.terminate(first);
    const second = await held.waiter([first]); // the retry, on another backend
    expect(second).not.toBe(first);
    await held.release();
    const { status, body } = await answer;
    expect(status).toBe(200);
    expect(body).toEqual({ data: { outplans: { totalCount: expect.any(Number) } } });
  });

  it('a Prisma read is run again too', async () => {
    const held = await lock('outplan');
    const count = t.db.prisma.outplan.count().then((n) => n); // a PrismaPromise runs once then() is called
    await held.terminate(await held.waiter());
    await held.waiter();
    await held.release();
    expect(await count).toEqual(expect.any(Number));
  });

  it('the token lookup is a read too: the request is authenticated on the retry', async () => {
    const held = await lock('app_user');
    const answer = post('{ viewer { username } }');
    await held.terminate(await held.waiter());
    await held.waiter();
    await held.release();
    expect((await answer).body).toEqual({ data: { viewer: { username: 'admin' } } });
  });

  it('a write answers DATABASE_UNAVAILABLE and is not applied', async () => {
    const held = await lock('outplan');
    const answer = post('mutation($i: OutplanCreateInput!) { outplanCreate(input: $i) { outplan { id } userErrors { message } } }', {
      i: { name: 'terminated mid-write', dialTimeout: 30_000, tryInterval: 0, maxTryCounts: [1] },
    });
    await held.terminate(await held.waiter());
    await held.release();
    const { status, body } = await answer;
    expect(status).toBe(200);
    expect(body.errors).toEqual([expect.objectContaining({ message: expect.stringMatching(/connection to the database failed/), extensions: { code: 'DATABASE_UNAVAILABLE' } })]);
    expect(JSON.stringify(body)).not.toMatch(/INTERNAL_SERVER_ERROR|Unexpected error|57P01|stack/);
    expect(await t.db.prisma.outplan.count({ where: { name: 'terminated mid-write' } })).toBe(0);
    // And the server goes on: the next write succeeds.
    const next = await post('mutation { outplanCreate(input: {name: "after the fault", dialTimeout: 30000, tryInterval: 0, maxTryCounts: [1]}) { userErrors { message } } }');
    expect(next.body).toEqual({ data: { outplanCreate: { userErrors: [] } } });
  });

  it('a read whose retry fails too answers DATABASE_UNAVAILABLE', async () => {
    const held = await lock('outplan');
    const answer = post('{ outplans(first: 5) { totalCount } }');
    const first = await held.waiter();
    await held.terminate(first);
    await held.terminate(await held.waiter([first]));
    await held.release();
    const { body } = await answer;
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['DATABASE_UNAVAILABLE']);
  });
});
