// The rate limit (issue 16): every operation is charged its computed cost from a budget per customer (anonymous
// callers: per client IP) per window, shared through Redis when REDIS_URL is set. Its responses say what the
// charge did (RateLimit-* headers, extensions.cost); an operation over the budget runs nothing and takes nothing
// (RATE_LIMITED, HTTP 429, Retry-After); operations sent at once never spend more than the budget; another
// customer's budget is its own; the budget is full again after the window.
// Plain strings: each test computes its operations' costs from their text, with plugin-complexity's own function.
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { once } from 'node:events';
import { request } from 'node:http';
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { complexityFromQuery } from '@pothos/plugin-complexity';
import type { Client } from 'graphql-ws';
import { schema } from '../src/graphql/schema.ts';
import { decodeGlobalId, encodeGlobalId } from '../src/graphql/global-id.ts';
import { login, startTestApp, useTestApp, type TestApp } from './helpers/app.ts';
import { onPostgres } from './helpers/db.ts';
import { REDIS_SERVER, sparePort, startRedis } from './helpers/redis-server.ts';

/** The budget of a window, and the cost limit (a budget must hold the costliest operation allowed). */
const BUDGET = 1_000;
// Redis only with PostgreSQL: embedded test databases all look like one database (test/login-limiter.test.ts),
// so their budgets would be one on a shared Redis.
const REDIS_URL = onPostgres ? (process.env.REDIS_URL ?? '') : '';
const ENV = { RATE_LIMIT_COST: String(BUDGET), MAX_QUERY_COST: String(BUDGET), RATE_LIMIT_WINDOW_SECONDS: '60', REDIS_URL, DIALER_ENABLED: 'false' };
const t = useTestApp(ENV);

const costOf = (query: string, variables?: Record<string, unknown>) => complexityFromQuery(query, { schema, variables }).complexity;

interface Response {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: { data?: any; errors?: any[]; extensions?: { cost?: { requested: number; remaining: number; limit: number; resetSeconds: number } } };
}

/** POST /graphql from a chosen loopback address (the client IP an anonymous caller is charged by). */
function post(url: string, token: string | null, query: string, variables?: Record<string, unknown>, localAddress = '127.0.0.1'): Promise<Response> {
  const body = JSON.stringify({ query, variables });
  const headers = { 'content-type': 'application/json', accept: 'application/graphql-response+json', 'content-length': Buffer.byteLength(body), ...(token ? { authorization: `Bearer ${token}` } : {}) };
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', localAddress, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: JSON.parse(text) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** A customer of its own (so a budget of its own), created by the SUPERADMIN, and its ADMIN's token. */
let customers = 0;
async function newCustomer(on: TestApp = t): Promise<{ id: string; token: string }> {
  const name = `rate-${++customers}-${Date.now()}`;
  const created = await t.gql('mutation($input: CustomerCreateInput!) { customerCreate(input: $input) { customer { id } userErrors { message } } }', {
    input: { name, username: `${name}-admin`, password: 'customer-password' },
  });
  expect(created.errors).toBeUndefined();
  expect(created.data.customerCreate.userErrors).toEqual([]);
  return { id: decodeGlobalId(created.data.customerCreate.customer.id).id, token: await login(on.url, `${name}-admin`, 'customer-password') };
}

// Cheap to run, each a known cost.
const OUTDIALS = '{ outdials(first: 100) { nodes { id name detail createdAt updatedAt } } }'; // 601: one per window
const OUTPLANS = '{ outplans(first: 10) { totalCount nodes { id name } } }';
const TYPENAME = '{ __typename }';
const CREATE = 'mutation($input: OutplanCreateInput!) { outplanCreate(input: $input) { outplan { id } userErrors { message } } }';
const createInput = (name: string) => ({ input: { name, dialTimeout: 30_000, tryInterval: 0, maxTryCounts: [1] } });
/** nodes(ids:) of n ids costs 1 + n: spends an exact amount (ids of nothing: it reads nothing). */
const SPEND = 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }';
/** Spends `amount` of a budget (token null: an anonymous caller's at `ip`, whose nodes(ids:) is charged, then UNAUTHENTICATED). */
async function spend(token: string | null, amount: number, ip?: string): Promise<void> {
  for (let left = amount; left > 0; ) {
    const ids = Array.from({ length: Math.min(100, left - 1) }, () => encodeGlobalId('Outdial', randomUUID()));
    const res = await post(t.url, token, SPEND, { ids }, ip);
    expect(res.body.extensions?.cost?.requested).toBe(costOf(SPEND, { ids }));
    left -= costOf(SPEND, { ids });
  }
}

const outplansOf = (customerId: string) => t.db.prisma.outplan.count({ where: { customerId } });

function expectRefused(res: Response, requested: number, remaining: number) {
  expect(res.status).toBe(429);
  expect(res.body.data).toBeUndefined();
  expect(res.body.errors).toEqual([
    { message: expect.stringMatching(new RegExp(`costs ${requested} and ${remaining} of this window's budget of ${BUDGET} is left.* in \\d+ s`)), extensions: { code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) } },
  ]);
  const retryAfter = res.body.errors![0].extensions.retryAfterSeconds;
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
  expect(res.headers['retry-after']).toBe(String(retryAfter));
  expect(res.body.extensions?.cost).toEqual({ requested, remaining, limit: BUDGET, resetSeconds: retryAfter });
  expect(res.headers['ratelimit-remaining']).toBe(String(remaining));
}

describe('a response', () => {
  it('says what its operation cost and what is left, in extensions.cost and the RateLimit headers', async () => {
    const { token } = await newCustomer();
    const cost = costOf(OUTPLANS);
    const first = await post(t.url, token, OUTPLANS);
    expect(first.status).toBe(200);
    expect(first.body.errors).toBeUndefined();
    const { resetSeconds } = first.body.extensions!.cost!;
    expect(first.body.extensions!.cost).toEqual({ requested: cost, remaining: BUDGET - cost, limit: BUDGET, resetSeconds });
    expect(resetSeconds).toBeGreaterThanOrEqual(59);
    expect(resetSeconds).toBeLessThanOrEqual(60);
    expect([first.headers['ratelimit-limit'], first.headers['ratelimit-remaining'], first.headers['ratelimit-reset']]).toEqual([`${BUDGET}`, `${BUDGET - cost}`, `${resetSeconds}`]);
    expect(first.headers['retry-after']).toBeUndefined();

    // A mutation is charged its cost too, from the same budget.
    const created = await post(t.url, token, CREATE, createInput('charged'));
    expect(created.body.data.outplanCreate.userErrors).toEqual([]);
    expect(created.body.extensions!.cost).toMatchObject({ requested: costOf(CREATE, createInput('charged')), remaining: BUDGET - cost - costOf(CREATE, createInput('charged')) });
    expect(created.headers['ratelimit-remaining']).toBe(String(created.body.extensions!.cost!.remaining));
  });

  it('of an operation refused before it runs (over the cost limit) charges nothing', async () => {
    const { token } = await newCustomer();
    const over = await post(t.url, token, '{ outdials(first: 100) { nodes { targets(first: 100) { nodes { id } } } } }');
    expect(over.body.errors![0].extensions.code).toBe('COST_LIMIT_EXCEEDED');
    expect(over.headers['ratelimit-remaining']).toBeUndefined();
    const next = await post(t.url, token, TYPENAME);
    expect(next.body.extensions!.cost).toMatchObject({ requested: 1, remaining: BUDGET - 1 });
  });
});

describe('a budget spent', () => {
  it('refuses the next operation with 429 RATE_LIMITED; the refused mutation wrote nothing and took nothing', async () => {
    const customer = await newCustomer();
    const cost = costOf(CREATE, createInput('x'));
    const fits = Math.floor(BUDGET / cost);
    expect(BUDGET % cost).toBeGreaterThan(0); // something is left for the check below
    for (let i = 0; i < fits; i++) {
      const res = await post(t.url, customer.token, CREATE, createInput(`fits ${i}`));
      expect(res.status, JSON.stringify(res.body)).toBe(200);
    }
    expect(await outplansOf(customer.id)).toBe(fits);
    const left = BUDGET - fits * cost;
    // Refused again and again: each time the same budget is left, and no row is written.
    for (let i = 0; i < 3; i++) expectRefused(await post(t.url, customer.token, CREATE, createInput('refused')), cost, left);
    expect(await outplansOf(customer.id)).toBe(fits);
    // What is left still pays for an operation that fits.
    const small = await post(t.url, customer.token, TYPENAME);
    expect(small.status).toBe(200);
    expect(small.body.data).toEqual({ __typename: 'Query' });
    expect(small.body.extensions!.cost).toMatchObject({ requested: 1, remaining: left - 1 });
  });

  it('leaves another customer (and the SUPERADMIN\'s own) untouched', async () => {
    const spent = await newCustomer();
    await spend(spent.token, BUDGET);
    expectRefused(await post(t.url, spent.token, TYPENAME), 1, 0);
    const other = await newCustomer();
    const res = await post(t.url, other.token, OUTPLANS);
    expect(res.status).toBe(200);
    expect(res.body.extensions!.cost).toMatchObject({ remaining: BUDGET - costOf(OUTPLANS) });
    expect((await post(t.url, t.token, TYPENAME)).status).toBe(200);
  });

  it('charges anonymous callers by client IP (a login too), apart from the customers signed in from it', async () => {
    // Anonymous, the operation is charged as it starts and then refused field by field (UNAUTHENTICATED).
    const first = await post(t.url, null, OUTDIALS, undefined, '127.0.0.2');
    expect(first.body.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    expect(first.body.extensions!.cost).toMatchObject({ requested: costOf(OUTDIALS), remaining: BUDGET - costOf(OUTDIALS) });
    expectRefused(await post(t.url, null, OUTDIALS, undefined, '127.0.0.2'), costOf(OUTDIALS), BUDGET - costOf(OUTDIALS));
    // A login from there, while what is left pays for it, and once it does not.
    const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { token userErrors { message } } }';
    const input = { input: { username: 'admin', password: 'test-admin-password' } };
    const loggedIn = await post(t.url, null, LOGIN, input, '127.0.0.2');
    expect(loggedIn.body.data.login.token).toEqual(expect.any(String));
    await spend(null, loggedIn.body.extensions!.cost!.remaining, '127.0.0.2');
    expectRefused(await post(t.url, null, LOGIN, input, '127.0.0.2'), costOf(LOGIN, input), 0);
    // Another address is another anonymous budget; a signed-in caller at the same address pays with its customer's.
    expect((await post(t.url, null, OUTDIALS, undefined, '127.0.0.3')).status).toBe(200);
    expect((await post(t.url, t.token, TYPENAME, undefined, '127.0.0.2')).status).toBe(200);
  });
});

describe('operations sent at once', () => {
  it('run exactly as many as the budget pays for: 10 mutations, a budget for 3, 3 rows', async () => {
    const customer = await newCustomer();
    const cost = costOf(CREATE, createInput('x'));
    await spend(customer.token, BUDGET - 3 * cost - 1);
    const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => post(t.url, customer.token, CREATE, createInput(`at once ${i}`))));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 429, 429, 429, 429, 429, 429, 429]);
    expect(await outplansOf(customer.id)).toBe(3);
    // The refused ones gave their cost back: 1 is left.
    const after = await post(t.url, customer.token, TYPENAME);
    expect(after.body.extensions!.cost).toMatchObject({ requested: 1, remaining: 0 });
  });
});

/** One operation on an open graphql-ws client, its results until it completes (the client stays open). */
function wsOperation(client: Client, query: string, variables?: Record<string, unknown>): Promise<{ data?: any; errors?: any[]; extensions?: any }[]> {
  const results: { data?: any; errors?: any[]; extensions?: any }[] = [];
  return new Promise((resolve, reject) => {
    client.subscribe({ query, variables }, {
      next: (r) => void results.push(r as (typeof results)[number]),
      error: (err) => (Array.isArray(err) ? resolve([...results, { errors: err }]) : reject(err)),
      complete: () => resolve(results),
    });
  });
}

describe('over graphql-ws', () => {
  it('reports the charge in extensions.cost, refuses an operation over the budget with RATE_LIMITED, and the socket stays usable', async () => {
    const customer = await newCustomer();
    const client = t.wsClient({ token: customer.token });
    const [first] = await wsOperation(client, OUTDIALS);
    expect(first.errors).toBeUndefined();
    const cost = costOf(OUTDIALS);
    expect(first.extensions.cost).toEqual({ requested: cost, remaining: BUDGET - cost, limit: BUDGET, resetSeconds: expect.any(Number) });

    const refused = await wsOperation(client, OUTDIALS);
    const errors = refused.flatMap((r) => r.errors ?? []);
    expect(errors).toEqual([expect.objectContaining({ message: expect.stringMatching(/Rate limited/), extensions: expect.objectContaining({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) }) })]);
    expect(errors[0].extensions.http).toBeUndefined();
    expect(refused.every((r) => r.data === undefined || r.data === null)).toBe(true);
    // A subscription is charged as it starts: one that costs more than is left is refused too.
    const subscription = 'subscription { campaignProgressChanged { id outdial { targets(first: 100) { nodes { id name status } } } } }';
    expect(costOf(subscription)).toBeGreaterThan(BUDGET - cost);
    const refusedSubscription = await wsOperation(client, subscription);
    expect(refusedSubscription.flatMap((r) => r.errors ?? []).map((e) => e.extensions.code)).toEqual(['RATE_LIMITED']);
    // The same socket answers an operation that fits.
    const [small] = await wsOperation(client, TYPENAME);
    expect(small.data).toEqual({ __typename: 'Query' });
    expect(small.extensions.cost).toMatchObject({ requested: 1, remaining: BUDGET - cost - 1 });
  });
});

describe('over SSE', () => {
  it('a subscription pays as it starts: the response has the RateLimit headers, its first event extensions.cost, and its events are free', async () => {
    const customer = await newCustomer();
    const created = await post(t.url, customer.token, CREATE, createInput('watched'));
    const id = created.body.data.outplanCreate.outplan.id as string;
    const SUBSCRIPTION = 'subscription($id: ID) { outplanChanged(outplanId: $id) { id name } }';
    const cost = costOf(SUBSCRIPTION, { id });
    const left = created.body.extensions!.cost!.remaining;
    const controller = new AbortController();
    const res = await fetch(t.url, {
      method: 'POST',
      signal: controller.signal,
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${customer.token}` },
      body: JSON.stringify({ query: SUBSCRIPTION, variables: { id } }),
    });
    try {
      expect(res.status).toBe(200);
      expect(res.headers.get('ratelimit-remaining')).toBe(String(left - cost));
      expect(res.headers.get('ratelimit-limit')).toBe(String(BUDGET));
      const events: { data?: any; extensions?: any }[] = [];
      const reader = res.body!.getReader();
      const decoder = new TextDecoder();
      let buffer = '';
      const pump = (async () => {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return;
          buffer += decoder.decode(value, { stream: true });
          for (let at; (at = buffer.indexOf('\n\n')) >= 0; buffer = buffer.slice(at + 2)) {
            const data = buffer.slice(0, at).split('\n').filter((l) => l.startsWith('data:')).map((l) => l.slice(5)).join('');
            if (data.trim()) events.push(JSON.parse(data));
          }
        }
      })().catch(() => {});
      const RENAME = 'mutation($input: OutplanUpdateInput!) { outplanUpdate(input: $input) { userErrors { message } } }';
      const renameCost = costOf(RENAME, { input: { id, name: 'x' } });
      let renames = 0;
      for (let i = 0; events.length < 2 && i < 50; i++) {
        const renamed = await post(t.url, customer.token, RENAME, { input: { id, name: `renamed ${i}` } });
        expect(renamed.body.data.outplanUpdate.userErrors).toEqual([]);
        renames++;
        const until = Date.now() + 300;
        while (events.length < 2 && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
      }
      expect(events.length).toBeGreaterThanOrEqual(2);
      expect(events[0].extensions.cost).toMatchObject({ requested: cost, remaining: left - cost, limit: BUDGET });
      expect(events[1].extensions?.cost).toBeUndefined();
      // Only the subscription's start and the renames were charged.
      const after = await post(t.url, customer.token, TYPENAME);
      expect(after.body.extensions!.cost!.remaining).toBe(left - cost - renames * renameCost - 1);
      controller.abort();
      await pump;
    } finally {
      controller.abort();
    }
  });
});

describe('after the window', () => {
  const apps: TestApp[] = [];
  afterAll(async () => {
    for (const app of apps.splice(0)) await app.stop();
  });

  it('the budget is full again', async () => {
    // Another instance on this database with a 2 s window, for a customer only it serves.
    const short = await startTestApp(t.database, { ...ENV, RATE_LIMIT_WINDOW_SECONDS: '2' });
    apps.push(short);
    const { token } = await newCustomer(short);
    const cost = costOf(OUTDIALS);
    // One fits a window, the second is refused (unless the window turned meanwhile: then spend again).
    let refused: Response | undefined;
    for (let i = 0; i < 10 && !refused; i++) {
      const res = await post(short.url, token, OUTDIALS);
      if (res.status === 429) refused = res;
    }
    expect(refused, 'no refusal in 10 tries').toBeDefined();
    const retryAfter = refused!.body.errors![0].extensions.retryAfterSeconds as number;
    expect(retryAfter).toBeLessThanOrEqual(2);
    await new Promise((r) => setTimeout(r, retryAfter * 1000 + 100));
    const again = await post(short.url, token, OUTDIALS);
    expect(again.status).toBe(200);
    expect(again.body.extensions!.cost).toMatchObject({ requested: cost, remaining: BUDGET - cost });
  });
});

describe.skipIf(!REDIS_URL)('instances on one database and one Redis', () => {
  const apps: TestApp[] = [];
  afterAll(async () => {
    for (const app of apps.splice(0)) await app.stop();
  });

  it('share one budget per customer: what A spent B refuses, and operations sent to both at once never overspend it', async () => {
    const b = await startTestApp(t.database, ENV);
    apps.push(b);
    const customer = await newCustomer();
    const cost = costOf(CREATE, createInput('x'));
    await spend(customer.token, BUDGET - 4 * cost - 1); // on A (t)
    const onB = await post(b.url, customer.token, TYPENAME);
    expect(onB.body.extensions!.cost).toMatchObject({ requested: 1, remaining: 4 * cost });
    // 12 mutations, 6 to each instance at once: 4 are paid for.
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => post(i % 2 ? b.url : t.url, customer.token, CREATE, createInput(`shared ${i}`))));
    expect(answers.filter((a) => a.status === 200)).toHaveLength(4);
    expect(answers.filter((a) => a.status === 429)).toHaveLength(8);
    expect(await outplansOf(customer.id)).toBe(4);
    expectRefused(await post(t.url, customer.token, CREATE, createInput('after')), cost, 0);
  });
});

/** A redis-server of this test's own on a spare port (never the machine's), once it accepts connections. */
async function ownRedis(): Promise<{ url: string; child: ChildProcess }> {
  const port = await sparePort();
  return { url: `redis://127.0.0.1:${port}`, child: await startRedis(port) };
}

describe.skipIf(!existsSync(REDIS_SERVER))('while Redis is unreachable', () => {
  it('each instance counts in memory: operations are still answered, charged, and refused over the budget', async () => {
    const redis = await ownRedis();
    const app = await startTestApp(t.database, { ...ENV, REDIS_URL: redis.url });
    try {
      const { token } = await newCustomer(app);
      const cost = costOf(OUTDIALS);
      const up = await post(app.url, token, OUTDIALS);
      expect(up.body.extensions!.cost).toMatchObject({ requested: cost, remaining: BUDGET - cost });
      const exited = once(redis.child, 'exit');
      redis.child.kill('SIGKILL');
      await exited;
      // The memory budget starts from nothing: one more fits, the next does not.
      const down = await post(app.url, token, OUTDIALS);
      expect(down.status, JSON.stringify(down.body)).toBe(200);
      expect(down.body.errors).toBeUndefined();
      expect(down.body.extensions!.cost).toMatchObject({ requested: cost, remaining: BUDGET - cost });
      expectRefused(await post(app.url, token, OUTDIALS), cost, BUDGET - cost);
    } finally {
      await app.stop();
      if (redis.child.exitCode === null && redis.child.signalCode === null) redis.child.kill('SIGKILL');
    }
  });
});
