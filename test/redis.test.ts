// Several instances on one database: a change on instance A reaches a graphql-ws subscriber on instance B
// through Redis, and keeps reaching it, every version once and in order, while Redis restarts.
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { once } from 'node:events';
import { afterEach, beforeAll, afterAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { print } from 'graphql';
import { createTestDatabase, type TestDatabase } from './helpers/db.ts';
import { startTestApp, type TestApp } from './helpers/app.ts';
import { graphql } from './gql/index.ts';
import { REDIS_SERVER, sparePort, startRedis as startOwnRedis } from './helpers/redis-server.ts';

let database: TestDatabase;
// Not useTestApp(): every test starts two or more instances on this file's one database, with its own env.
const apps: TestApp[] = [];
const children: ChildProcess[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
});
afterEach(async () => {
  // Servers first (their Redis clients stop reconnecting), then our own redis-server.
  for (const app of apps.splice(0)) await app.stop();
  for (const child of children.splice(0)) await stopProcess(child);
});
afterAll(async () => {
  await database?.drop();
});

/** On PostgreSQL every instance opens its own client (database.open()); embedded, they share the one database. */
async function instance(env: Record<string, string>): Promise<TestApp> {
  const t = await startTestApp(database, env);
  apps.push(t);
  return t;
}

interface Change { id: string; version: number; name: string }

const SUBSCRIPTION = graphql(`
  subscription OutplanChangedForRedisTest($id: ID) { outplanChanged(outplanId: $id) { id version name } }
`);
const CREATE = graphql(`
  mutation OutplanCreateForRedisTest($input: OutplanCreateInput!) { outplanCreate(input: $input) { outplan { id version name } userErrors { message } } }
`);
const RENAME = graphql(`
  mutation OutplanRenameForRedisTest($input: OutplanUpdateInput!) { outplanUpdate(input: $input) { outplan { id version name } userErrors { message } } }
`);

async function createOutplan(t: TestApp, name: string): Promise<Change> {
  const { data, errors } = await t.gql(CREATE, { input: { name, dialTimeout: 30000, tryInterval: 0, maxTryCounts: [1] } });
  expect(errors).toBeUndefined();
  return data!.outplanCreate.outplan!;
}

async function rename(t: TestApp, id: string, name: string): Promise<Change> {
  const { data, errors } = await t.gql(RENAME, { input: { id, name } });
  expect(errors).toBeUndefined();
  expect(data!.outplanUpdate.userErrors).toEqual([]);
  return data!.outplanUpdate.outplan!;
}

async function waitFor(condition: () => boolean | Promise<boolean>, what: () => string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what()}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** A graphql-ws subscriber on `t` that records every change of `outplanId`. */
function subscriber(t: TestApp, outplanId: string) {
  const received: Change[] = [];
  const errors: unknown[] = [];
  const unsubscribe = t.wsClient().subscribe<{ outplanChanged: Change }>(
    { query: print(SUBSCRIPTION), variables: { id: outplanId } },
    {
      next: (r) => (r.errors ? errors.push(r.errors) : received.push(r.data!.outplanChanged)),
      error: (e) => errors.push(e),
      complete: () => {},
    },
  );
  return { received, errors, unsubscribe, versions: () => received.map((c) => c.version) };
}

/**
 * Subscribing is asynchronous: renames the outplan on `writer` until `sub` has its first event. Returns the
 * names written per version.
 */
async function warmUp(writer: TestApp, outplanId: string, sub: ReturnType<typeof subscriber>): Promise<Map<number, string>> {
  const names = new Map<number, string>();
  const deadline = Date.now() + 20_000;
  for (let i = 0; sub.received.length === 0; i++) {
    if (sub.errors.length) throw new Error(JSON.stringify(sub.errors));
    if (Date.now() > deadline) throw new Error('the subscription never delivered a first event');
    const updated = await rename(writer, outplanId, `warm-up ${i}`);
    names.set(updated.version, updated.name);
    const until = Date.now() + 300;
    while (sub.received.length === 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
  }
  return names;
}

/** Every version from the first received one up to `last`, once each, in order, with its name. */
function expectEveryVersion(sub: ReturnType<typeof subscriber>, names: Map<number, string>, last: number) {
  expect(sub.errors).toEqual([]);
  const first = sub.received[0].version;
  const expected = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  expect(sub.versions()).toEqual(expected);
  expect(sub.received.map((c) => c.name)).toEqual(expected.map((v) => names.get(v)));
}

/** Our own redis-server on `port`, stopped after each test. */
async function startRedis(port: number): Promise<ChildProcess> {
  const child = await startOwnRedis(port);
  children.push(child);
  return child;
}

async function stopProcess(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill(signal);
  await exited;
}

describe('two instances on one database', () => {
  it.skipIf(!process.env.REDIS_URL)('a change on A reaches a subscriber on B through Redis, every version in order', async () => {
    // B never tails the outbox in this test: whatever it delivers came through Redis.
    const env = { REDIS_URL: process.env.REDIS_URL!, EVENT_POLL_MS: '600000' };
    const a = await instance(env);
    const b = await instance(env);
    const outplan = await createOutplan(a, 'cross-instance');
    const sub = subscriber(b, outplan.id);
    const names = await warmUp(a, outplan.id, sub);
    let last = 0;
    for (let i = 0; i < 20; i++) {
      const updated = await rename(a, outplan.id, `from A ${i}`);
      names.set(updated.version, updated.name);
      last = updated.version;
    }
    await waitFor(() => sub.received.some((c) => c.version === last) || sub.errors.length > 0, () => `version ${last} on B: ${sub.versions()}`);
    sub.unsubscribe();
    expectEveryVersion(sub, names, last);
    expect(last - sub.received[0].version).toBeGreaterThanOrEqual(20);
  });

  it('control: without Redis and with a long poll interval, B does not see A\'s change until it tails the outbox', async () => {
    const env = { REDIS_URL: '', EVENT_POLL_MS: '600000' };
    const a = await instance(env);
    const b = await instance(env);
    const outplan = await createOutplan(a, 'control');
    const sub = subscriber(b, outplan.id);
    await warmUp(b, outplan.id, sub); // B's own changes reach B: the subscription is live
    const before = sub.received.length;
    const onA = await rename(a, outplan.id, 'changed on A');
    await new Promise((r) => setTimeout(r, 750));
    expect(sub.received.length).toBe(before);
    // The change is in the outbox all the same: B's tail delivers it.
    await b.app.services.bus.poll();
    await waitFor(() => sub.received.some((c) => c.version === onA.version), () => `version ${onA.version} after B's poll`);
    sub.unsubscribe();
    expect(sub.received.at(-1)).toEqual({ id: outplan.id, version: onA.version, name: 'changed on A' });
  });
});

describe('Redis restart', () => {
  it.skipIf(!existsSync(REDIS_SERVER))('the subscriber on B receives every version, once, in order, while Redis goes down and comes back', async () => {
    const port = await sparePort();
    const redisUrl = `redis://127.0.0.1:${port}`;
    let redis = await startRedis(port);
    const env = { REDIS_URL: redisUrl, EVENT_POLL_MS: '200' };
    const a = await instance(env);
    const b = await instance(env);
    const outplan = await createOutplan(a, 'through a restart');
    const sub = subscriber(b, outplan.id);
    const names = await warmUp(a, outplan.id, sub);

    // A stream of changes on A; Redis is killed after 10 of them and started again after 10 more.
    let written = 0;
    let last = 0;
    let stop = false;
    const stream = (async () => {
      while (!stop) {
        const updated = await rename(a, outplan.id, `stream ${written}`);
        names.set(updated.version, updated.name);
        last = updated.version;
        written++;
        await new Promise((r) => setTimeout(r, 10));
      }
    })();
    try {
      await waitFor(() => written >= 10, () => '10 changes before the kill');
      await stopProcess(redis, 'SIGKILL');
      const downAt = written;
      await waitFor(() => written >= downAt + 10, () => '10 changes while Redis is down');
      // With Redis down, B still delivers what A writes (its outbox tail), before Redis is back.
      const writtenWhileDown = last;
      await waitFor(() => sub.received.some((c) => c.version === writtenWhileDown) || sub.errors.length > 0, () => `version ${writtenWhileDown} on B while Redis is down: ${sub.versions()}`);
      redis = await startRedis(port);
      // Both instances subscribe again on the new server.
      const probe = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
      try {
        await waitFor(async () => {
          const [, count] = (await probe.pubsub('NUMSUB', a.app.services.bus.topic)) as [string, number];
          return Number(count) >= 2;
        }, () => 'both instances to resubscribe');
      } finally {
        probe.disconnect();
      }
      const upAt = written;
      await waitFor(() => written >= upAt + 10, () => '10 changes after the restart');
    } finally {
      stop = true;
      await stream;
    }
    await waitFor(() => sub.received.some((c) => c.version === last) || sub.errors.length > 0, () => `version ${last} on B: ${sub.versions()}`);
    sub.unsubscribe();
    expectEveryVersion(sub, names, last);
    expect(last - sub.received[0].version).toBeGreaterThanOrEqual(30);
  });
});
