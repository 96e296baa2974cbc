// outplanChanged over real sockets: graphql-ws and SSE (graphql-sse distinct connections mode on /graphql).
// Every change of a row reaches the subscriber once, in version order, resolved from its snapshot, and
// only the subscriber's own customer's changes reach it.
import { afterAll, describe, expect, it } from 'vitest';
import { print } from 'graphql';
import { createClient as createSseClient } from 'graphql-sse';
import type { ResultOf, VariablesOf } from '@graphql-typed-document-node/core';
import { useTestApp } from './helpers/app.ts';
import { graphql } from './gql/index.ts';
import { writeWithEvents } from '../src/events/write.ts';
import type { DeliveredEvent } from '../src/events/catalog.ts';

const t = useTestApp(); // signed in as the bootstrap SUPERADMIN of customer `default`
const cleanups: Array<() => unknown> = [];

// Registered after useTestApp, so it runs before the server stops.
afterAll(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const SUBSCRIPTION = graphql(`
  subscription OutplanChangedForSubscriptionsTest($id: ID) { outplanChanged(outplanId: $id) { id uuid version name } }
`);
const CREATE = graphql(`
  mutation OutplanCreateForSubscriptionsTest($input: OutplanCreateInput!) { outplanCreate(input: $input) { outplan { id uuid version name } userErrors { message } } }
`);
const UPDATE = graphql(`
  mutation OutplanUpdateForSubscriptionsTest($input: OutplanUpdateInput!) { outplanUpdate(input: $input) { outplan { id uuid version name } userErrors { message } } }
`);

type Change = ResultOf<typeof SUBSCRIPTION>['outplanChanged'];

type Subscribe = (variables: VariablesOf<typeof SUBSCRIPTION>, onNext: (change: Change) => void, onError: (err: unknown) => void) => () => void;

const transports: Array<[string, () => Subscribe]> = [
  [
    'graphql-ws',
    () => {
      const client = t.wsClient();
      return (variables, onNext, onError) =>
        client.subscribe<ResultOf<typeof SUBSCRIPTION>>(
          { query: print(SUBSCRIPTION), variables },
          {
            next: (r) => (r.errors ? onError(r.errors) : onNext(r.data!.outplanChanged)),
            error: onError,
            complete: () => {},
          },
        );
    },
  ],
  [
    'SSE (distinct connections on /graphql)',
    () => {
      const client = createSseClient({ url: t.url, retryAttempts: 0, headers: { authorization: `Bearer ${t.token}` } });
      cleanups.push(() => client.dispose());
      return (variables, onNext, onError) =>
        client.subscribe<ResultOf<typeof SUBSCRIPTION>>(
          { query: print(SUBSCRIPTION), variables },
          {
            next: (r) => (r.errors ? onError(r.errors) : onNext(r.data!.outplanChanged)),
            error: onError,
            complete: () => {},
          },
        );
    },
  ],
];

async function createOutplan(name: string): Promise<Change> {
  const { data, errors } = await t.gql(CREATE, { input: { name, dialTimeout: 30000, tryInterval: 0, maxTryCounts: [1] } });
  expect(errors).toBeUndefined();
  expect(data!.outplanCreate.userErrors).toEqual([]);
  return data!.outplanCreate.outplan!;
}

async function rename(id: string, name: string): Promise<Change> {
  const { data, errors } = await t.gql(UPDATE, { input: { id, name } });
  expect(errors).toBeUndefined();
  expect(data!.outplanUpdate.userErrors).toEqual([]);
  return data!.outplanUpdate.outplan!;
}

/** Polls `condition` every 20 ms; the timeout is only a failure guard. */
async function waitFor(condition: () => boolean, what: () => string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what()}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/**
 * Subscribing is asynchronous: renames the outplan until the subscriber's first event arrives; the
 * versions written so far (and their names) go into `names`.
 */
async function warmUp(outplanId: string, received: Change[], names: Map<number, string>, errors: unknown[]): Promise<void> {
  const deadline = Date.now() + 20_000;
  for (let i = 0; received.length === 0; i++) {
    if (errors.length) throw new Error(JSON.stringify(errors));
    if (Date.now() > deadline) throw new Error('the subscription never delivered a first event');
    const updated = await rename(outplanId, `warm-up ${i}`);
    names.set(updated.version, updated.name);
    const until = Date.now() + 250;
    while (received.length === 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
  }
}

describe.each(transports)('outplanChanged over %s', (_label, open) => {
  it('delivers every version of the row, in order, none twice, with that version\'s name', async () => {
    const subscribe = open();
    const outplan = await createOutplan('subscribed');
    const names = new Map<number, string>([[outplan.version, outplan.name]]);
    const received: Change[] = [];
    const errors: unknown[] = [];
    const unsubscribe = subscribe({ id: outplan.id }, (c) => received.push(c), (e) => errors.push(e));
    cleanups.push(unsubscribe);

    await warmUp(outplan.id, received, names, errors);
    const first = received[0].version;
    const N = 25;
    let last = 0;
    for (let i = 0; i < N; i++) {
      const updated = await rename(outplan.id, `name ${i}`);
      names.set(updated.version, updated.name);
      last = updated.version;
    }
    await waitFor(() => received.some((c) => c.version === last) || errors.length > 0, () => `version ${last}; got ${JSON.stringify(received.map((c) => c.version))}`);
    expect(errors).toEqual([]);
    // One more change after the last one: anything still owed (or duplicated) would show up before it.
    const sentinel = await rename(outplan.id, 'sentinel');
    names.set(sentinel.version, sentinel.name);
    await waitFor(() => received.some((c) => c.version === sentinel.version), () => `the sentinel version ${sentinel.version}`);
    unsubscribe();

    const expected = Array.from({ length: sentinel.version - first + 1 }, (_, i) => first + i);
    expect(last - first).toBeGreaterThanOrEqual(N);
    expect(received.map((c) => c.version)).toEqual(expected);
    expect(received.map((c) => c.name)).toEqual(expected.map((v) => names.get(v)));
    expect(received.every((c) => c.id === outplan.id && c.uuid === outplan.uuid)).toBe(true);
  });
});

describe('outplanChanged across customers', () => {
  it('never delivers another customer\'s changes to a subscriber of all its own outplans', async () => {
    const db = await t.database.open();
    const app = t.app;
    const other = await db.prisma.customer.create({ data: { name: `other-${Date.now()}` } });
    const mine = await createOutplan('mine');

    // The other customer's event does reach the bus: its own customer's stream sees it.
    const otherStream = app.services.bus.subscribe('Outplan', other.id)[Symbol.asyncIterator]();
    const otherNext = otherStream.next();
    cleanups.push(() => otherStream.return?.());

    const subscribe = transports[0][1]();
    const received: Change[] = [];
    const errors: unknown[] = [];
    const unsubscribe = subscribe({}, (c) => received.push(c), (e) => errors.push(e));
    cleanups.push(unsubscribe);
    await warmUp(mine.id, received, new Map(), errors);

    const theirs = await writeWithEvents({ prisma: db.prisma, bus: app.services.bus }, async (tx, emit) => {
      const row = await tx.outplan.create({ data: { customerId: other.id, name: 'theirs', dialTimeout: 30000, tryInterval: 0, maxTryCounts: [1, 0, 0, 0, 0] } });
      await emit('Outplan', 'CREATED', row);
      return row;
    });
    const seenByOther = (await otherNext).value as DeliveredEvent;
    expect(seenByOther.entityId).toBe(theirs.id);

    // A change of our own after theirs: once it arrives, theirs would have arrived before it.
    const sentinel = await rename(mine.id, 'after theirs');
    await waitFor(() => received.some((c) => c.version === sentinel.version) || errors.length > 0, () => 'our own change after theirs');
    unsubscribe();
    expect(errors).toEqual([]);
    expect(received.length).toBeGreaterThan(0);
    expect(received.every((c) => c.uuid === mine.uuid)).toBe(true);
    expect(received.some((c) => c.uuid === theirs.id || c.name === 'theirs')).toBe(false);
  });
});
