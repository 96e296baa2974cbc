// Calls end to end on a real server: callCreate through the simulator's scripted outcomes, callHangup,
// callDelete, the status machine under concurrent writers, validation, the calls connection and
// callStatusChanged over graphql-ws and SSE.
import { describe, expect, it } from 'vitest';
import { print } from 'graphql';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { sseSubscribe, useTestApp } from './helpers/app.ts';
import { graphql } from './gql/index.ts';
import type { ActionInput, AddressInput, AddressType, CallCreateInput } from './gql/graphql.ts';
import { canTransition } from '../src/domain/call-status.ts';
import { applyCallChange, insertCalls, requestLocalHangup } from '../src/domain/call.ts';
import type { CallStatus } from '../src/generated/prisma/enums.ts';

// 20x: a 30 s dial timeout is 1.5 s, ringing 50 to 150 ms.
const SCALE = 20;
const t = useTestApp({ SIMULATOR_TIME_SCALE: String(SCALE) });

graphql(`
  fragment CallFieldsForCallTest on Call { id uuid status version direction type hangupBy hangupReason ringingAt progressingAt hangupAt createdAt updatedAt deletedAt }
`);
const CREATE = graphql(`
  mutation CallCreateForCallTest($input: CallCreateInput!) {
    callCreate(input: $input) { calls { ...CallFieldsForCallTest source { type target } destination { type target } } userErrors { field message code } }
  }
`);
const GET = graphql(`
  query CallForCallTest($id: ID!) { call(id: $id) { ...CallFieldsForCallTest masterCall { uuid } chainedCalls { uuid status hangupBy hangupReason } } }
`);
const HANGUP = graphql(`
  mutation CallHangupForCallTest($id: ID!) { callHangup(input: {id: $id}) { call { ...CallFieldsForCallTest } userErrors { field code } } }
`);
const DELETE = graphql(`
  mutation CallDeleteForCallTest($id: ID!) { callDelete(input: {id: $id}) { call { ...CallFieldsForCallTest } userErrors { field code } } }
`);
const STATUS_CHANGED = graphql(`
  subscription CallStatusChangedForCallTest { callStatusChanged { uuid status version hangupReason hangupBy } }
`);
const STATUS_CHANGED_SSE = graphql(`
  subscription CallStatusChangedSseForCallTest { callStatusChanged { uuid status } }
`);
const LIST = graphql(`
  query CallsListForCallTest { calls(first: 100) { nodes { uuid } } all: calls(first: 100, includeDeleted: true) { nodes { uuid } } }
`);
const FILTERED = graphql(`
  query CallsFilteredForCallTest { calls(first: 100, filter: {status: [HANGUP]}) { totalCount nodes { status createdAt } } out: calls(first: 1, filter: {direction: INCOMING}) { totalCount } }
`);
const NODE = graphql(`
  query CallNodeForCallTest($id: ID!) { node(id: $id) { ... on Call { status } } }
`);

const SOURCE: AddressInput = { type: 'TEL', target: '+15559876543' };
const TALK = { talk: { text: 'Hello, this is a test call.', language: 'en-US' } } satisfies ActionInput;

async function create(target: string, actions: ActionInput[] = [TALK], type: AddressType = 'TEL') {
  const res = await t.gql(CREATE, { input: { source: SOURCE, destinations: [{ type, target }], actions } });
  expect(res.errors).toBeUndefined();
  expect(res.data!.callCreate.userErrors).toEqual([]);
  return res.data!.callCreate.calls[0];
}

async function get(id: string) {
  return (await t.gql(GET, { id })).data!.call!;
}

/** Polls until the call reaches one of `statuses` (bounded). */
async function waitFor(id: string, statuses: CallStatus[], timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const call = await get(id);
    if (statuses.includes(call.status)) return call;
    if (Date.now() > deadline) throw new Error(`call stayed ${call.status}, expected ${statuses.join('/')}`);
    await new Promise((r) => setTimeout(r, 15));
  }
}

/** The statuses of a call, one per version, from its outbox events. */
async function statusPath(uuid: string): Promise<string[]> {
  const events = await t.db.prisma.event.findMany({ where: { entityId: uuid, kind: { in: ['CREATED', 'STATUS'] } }, orderBy: { version: 'asc' } });
  return events.map((e) => (e.snapshot as { status: string }).status);
}

async function countCalls(): Promise<number> {
  return t.db.prisma.call.count();
}

describe('a call to a normal number', () => {
  it('goes DIALING, RINGING, PROGRESSING, HANGUP (NORMAL, REMOTE); a graphql-ws subscriber sees each status once, in order', async () => {
    const client = t.wsClient();
    const seen: { uuid: string; status: string; version: number; hangupReason: string | null; hangupBy: string | null }[] = [];
    let error: unknown;
    const stop = client.subscribe<ResultOf<typeof STATUS_CHANGED>>(
      { query: print(STATUS_CHANGED) },
      { next: (r) => (r.errors ? (error = r.errors) : seen.push(r.data!.callStatusChanged)), error: (e) => (error = e), complete: () => {} },
    );
    try {
      // Warm-up: busy calls until one event arrives, so the subscription is surely active.
      const deadline = Date.now() + 15_000;
      while (seen.length === 0 && Date.now() < deadline) {
        await create('+15551230001');
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(seen.length).toBeGreaterThan(0);
      const call = await create('+15551234567');
      expect(call).toMatchObject({ status: 'DIALING', version: 1, direction: 'OUTGOING', type: 'FLOW', hangupBy: null, hangupReason: null, destination: { type: 'TEL', target: '+15551234567' } });
      const ended = await waitFor(call.id, ['HANGUP']);
      expect(ended).toMatchObject({ status: 'HANGUP', hangupReason: 'NORMAL', hangupBy: 'REMOTE', version: 4 });
      expect(ended.ringingAt && ended.progressingAt && ended.hangupAt).toBeTruthy();
      expect(new Date(ended.ringingAt!) <= new Date(ended.progressingAt!) && new Date(ended.progressingAt!) <= new Date(ended.hangupAt!)).toBe(true);
      const until = Date.now() + 5_000;
      while (seen.filter((s) => s.uuid === call.uuid).length < 4 && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
      await new Promise((r) => setTimeout(r, 200)); // a duplicate would show up here
      expect(error).toBeUndefined();
      expect(seen.filter((s) => s.uuid === call.uuid)).toEqual([
        { uuid: call.uuid, status: 'DIALING', version: 1, hangupReason: null, hangupBy: null },
        { uuid: call.uuid, status: 'RINGING', version: 2, hangupReason: null, hangupBy: null },
        { uuid: call.uuid, status: 'PROGRESSING', version: 3, hangupReason: null, hangupBy: null },
        { uuid: call.uuid, status: 'HANGUP', version: 4, hangupReason: 'NORMAL', hangupBy: 'REMOTE' },
      ]);
    } finally {
      stop();
    }
  });
});

describe('scripted outcomes (domain.md A4)', () => {
  it.each<[string, string, AddressType, string[], string, string]>([
    ['0001 busy', '+15551230001', 'TEL', ['DIALING', 'HANGUP'], 'BUSY', 'REMOTE'],
    ['0002 no answer', '+15551230002', 'TEL', ['DIALING', 'RINGING', 'HANGUP'], 'NOANSWER', 'REMOTE'],
    ['0003 network failure', '+15551230003', 'TEL', ['DIALING', 'HANGUP'], 'FAILED', 'REMOTE'],
    ['0004 dial timeout', '+15551230004', 'TEL', ['DIALING', 'RINGING', 'HANGUP'], 'DIALOUT', 'LOCAL'],
    ['0005 answering machine', '+15551230005', 'TEL', ['DIALING', 'RINGING', 'PROGRESSING', 'TERMINATING', 'HANGUP'], 'AMD', 'LOCAL'],
    ['a SIP user ending 0001', 'desk0001@example.com', 'SIP', ['DIALING', 'HANGUP'], 'BUSY', 'REMOTE'],
    ['a normal SIP user', 'alice@example.com', 'SIP', ['DIALING', 'RINGING', 'PROGRESSING', 'HANGUP'], 'NORMAL', 'REMOTE'],
  ])('%s', async (_label, target, type, path, reason, by) => {
    const call = await create(target, [TALK], type);
    const ended = await waitFor(call.id, ['HANGUP']);
    expect(ended).toMatchObject({ hangupReason: reason, hangupBy: by, version: path.length });
    expect(await statusPath(call.uuid)).toEqual(path);
    expect(Boolean(ended.progressingAt)).toBe(path.includes('PROGRESSING'));
    expect(Boolean(ended.ringingAt)).toBe(path.includes('RINGING'));
  });

  it('a HANGUP action hangs up LOCAL with its reason, after the actions before it', async () => {
    const call = await create('+15551234567', [TALK, { hangup: { reason: 'BUSY' } }, { sleep: { duration: 600_000 } }]);
    const ended = await waitFor(call.id, ['HANGUP']);
    expect(ended).toMatchObject({ hangupReason: 'BUSY', hangupBy: 'LOCAL' });
    expect(await statusPath(call.uuid)).toEqual(['DIALING', 'RINGING', 'PROGRESSING', 'TERMINATING', 'HANGUP']);
    const plain = await create('+15551234567', [{ hangup: {} }]);
    expect(await waitFor(plain.id, ['HANGUP'])).toMatchObject({ hangupReason: 'NORMAL', hangupBy: 'LOCAL' });
  });
});

describe('callHangup', () => {
  it('while ringing: CANCELING, then HANGUP (CANCEL, LOCAL)', async () => {
    const call = await create('+15551230004');
    await waitFor(call.id, ['RINGING']);
    const res = await t.gql(HANGUP, { id: call.id });
    expect(res.data!.callHangup).toMatchObject({ call: { status: 'CANCELING', version: 3 }, userErrors: [] });
    expect(await waitFor(call.id, ['HANGUP'])).toMatchObject({ hangupReason: 'CANCEL', hangupBy: 'LOCAL', progressingAt: null, version: 4 });
    expect(await statusPath(call.uuid)).toEqual(['DIALING', 'RINGING', 'CANCELING', 'HANGUP']);
  });

  it('while answered: TERMINATING, then HANGUP (NORMAL, LOCAL); a call already ending is returned unchanged', async () => {
    const call = await create('+15551234567', [{ sleep: { duration: 600_000 } }]);
    await waitFor(call.id, ['PROGRESSING']);
    const first = await t.gql(HANGUP, { id: call.id });
    expect(first.data!.callHangup.call).toMatchObject({ status: 'TERMINATING', version: 4 });
    const again = await t.gql(HANGUP, { id: call.id });
    expect(['TERMINATING', 'HANGUP']).toContain(again.data!.callHangup.call!.status);
    expect(await waitFor(call.id, ['HANGUP'])).toMatchObject({ hangupReason: 'NORMAL', hangupBy: 'LOCAL', version: 5 });
    const ended = await t.gql(HANGUP, { id: call.id });
    expect(ended.data!.callHangup).toMatchObject({ call: { status: 'HANGUP', version: 5 }, userErrors: [] });
    expect(await statusPath(call.uuid)).toEqual(['DIALING', 'RINGING', 'PROGRESSING', 'TERMINATING', 'HANGUP']);
  });

  it('answers NOT_FOUND for a malformed or unknown id, INVALID for a wrong-type id', async () => {
    for (const id of ['nope', Buffer.from('Call:01a207fd-46fb-76e5-b597-acd1af83212e').toString('base64url'), '01a207fd-46fb-76e5-b597-acd1af83212e']) {
      expect((await t.gql(HANGUP, { id })).data!.callHangup).toEqual({ call: null, userErrors: [{ field: ['input', 'id'], code: 'NOT_FOUND' }] });
      expect((await t.gql(DELETE, { id })).data!.callDelete).toEqual({ call: null, userErrors: [{ field: ['input', 'id'], code: 'NOT_FOUND' }] });
    }
    const wrongType = Buffer.from('Outplan:01a207fd-46fb-76e5-b597-acd1af83212e').toString('base64url');
    expect((await t.gql(HANGUP, { id: wrongType })).data!.callHangup).toEqual({ call: null, userErrors: [{ field: ['input', 'id'], code: 'INVALID' }] });
    expect((await t.gql(DELETE, { id: wrongType })).data!.callDelete).toEqual({ call: null, userErrors: [{ field: ['input', 'id'], code: 'INVALID' }] });
  });
});

describe('callDelete', () => {
  it('hangs a live call up first, then soft-deletes it; it leaves the list but stays readable by id', async () => {
    const call = await create('+15551234567', [{ sleep: { duration: 600_000 } }]);
    await waitFor(call.id, ['PROGRESSING']);
    const res = await t.gql(DELETE, { id: call.id });
    expect(res.data!.callDelete.userErrors).toEqual([]);
    // The leg's teardown takes 10 ms at this time scale, so its HANGUP may be written before the delete or after it.
    expect(['TERMINATING', 'HANGUP']).toContain(res.data!.callDelete.call!.status);
    expect(res.data!.callDelete.call!.deletedAt).toBeTruthy();
    expect(await waitFor(call.id, ['HANGUP'])).toMatchObject({ hangupReason: 'NORMAL', hangupBy: 'LOCAL' });
    const list = await t.gql(LIST);
    expect(list.data!.calls.nodes.map((n) => n.uuid)).not.toContain(call.uuid);
    expect(list.data!.all.nodes.map((n) => n.uuid)).toContain(call.uuid);
    const events = await t.db.prisma.event.findMany({ where: { entityId: call.uuid }, orderBy: { version: 'asc' } });
    // Hung up first (v4: TERMINATING), then deleted; the teardown's HANGUP is v5 or v6.
    expect(events.map((e) => `${e.version}:${e.kind}`).slice(0, 4)).toEqual(['1:CREATED', '2:STATUS', '3:STATUS', '4:STATUS']);
    expect((events[3].snapshot as { status: string }).status).toBe('TERMINATING');
    expect(events).toHaveLength(6);
    expect(events.slice(4).map((e) => e.kind).sort()).toEqual(['DELETED', 'STATUS']);
    expect(events.find((e) => e.version > 4 && e.kind === 'STATUS')!.snapshot).toMatchObject({ status: 'HANGUP' });
  });

  it('deletes an ended call without changing its status', async () => {
    const call = await create('+15551230001');
    await waitFor(call.id, ['HANGUP']);
    const res = await t.gql(DELETE, { id: call.id });
    expect(res.data!.callDelete.call).toMatchObject({ status: 'HANGUP', hangupReason: 'BUSY', version: 3 });
  });
});

describe('connect', () => {
  it('dials chained calls whose masterCall is this call; they are hung up when the master hangs up', async () => {
    // bob answers (and is bridged; the 0004 leg, still ringing, is canceled) and would talk 600 s: the master's hangup ends him.
    const master = await create('+15551234567', [{ connect: { destinations: [{ type: 'TEL', target: '+15551230004' }, { type: 'SIP', target: 'bob-talk600@example.com' }] } }, { sleep: { duration: 20_000 } }]);
    for (const deadline = Date.now() + 15_000; ;) {
      const chained = (await get(master.id)).chainedCalls;
      if (chained.some((c) => c.status === 'PROGRESSING')) break;
      if (Date.now() > deadline) throw new Error(`no chained call answered: ${JSON.stringify(chained)}`);
      await new Promise((r) => setTimeout(r, 15));
    }
    expect((await t.gql(HANGUP, { id: master.id })).data!.callHangup.userErrors).toEqual([]);
    const ended = await waitFor(master.id, ['HANGUP']);
    expect(ended).toMatchObject({ hangupReason: 'NORMAL', hangupBy: 'LOCAL' });
    expect(ended.chainedCalls).toHaveLength(2);
    for (const chained of ended.chainedCalls) {
      const id = Buffer.from(`Call:${chained.uuid}`).toString('base64url');
      const leg = await waitFor(id, ['HANGUP']);
      expect(leg.masterCall).toEqual({ uuid: master.uuid });
      expect(leg.hangupBy).toBe('LOCAL');
    }
    const byTarget = await Promise.all(ended.chainedCalls.map((c) => get(Buffer.from(`Call:${c.uuid}`).toString('base64url'))));
    // The 0004 leg was still ringing (CANCEL); the answered one was bridged (NORMAL).
    expect(byTarget.map((c) => c.hangupReason).sort()).toEqual(['CANCEL', 'NORMAL']);
  });
});

describe('concurrent writers', () => {
  it('a hangup racing provider events never writes an illegal transition, and versions stay contiguous', async () => {
    const db = t.db;
    const deps = { prisma: db.prisma, bus: t.app.services.bus };
    const customer = await db.prisma.customer.findFirstOrThrow({ where: { name: 'default' } });
    // Rows with an owner that drives nothing: only the racing writers below touch them.
    const rows = await insertCalls(
      deps,
      { source: SOURCE, destinations: Array.from({ length: 12 }, (_, i) => ({ type: 'TEL' as const, target: `+1555123${String(1000 + i)}` })), actions: [] },
      { customerId: customer.id, ownerId: '00000000-0000-4000-8000-000000000001' },
    );
    await Promise.all(
      rows.map((row, i) =>
        Promise.all([
          applyCallChange(deps, row.id, () => ({ to: 'RINGING' })),
          applyCallChange(deps, row.id, () => ({ to: 'PROGRESSING' })),
          requestLocalHangup(deps, row.id),
          requestLocalHangup(deps, row.id),
          applyCallChange(deps, row.id, () => ({ to: 'HANGUP', cause: i % 2 ? 'NORMAL' : 'BUSY' })),
        ]),
      ),
    );
    for (const row of rows) {
      const events = await db.prisma.event.findMany({ where: { entityId: row.id }, orderBy: { version: 'asc' } });
      expect(events.map((e) => e.version)).toEqual(events.map((_, i) => i + 1));
      const path = events.map((e) => (e.snapshot as { status: CallStatus }).status);
      for (let i = 1; i < path.length; i++) expect(canTransition(path[i - 1], path[i]), path.join(' > ')).toBe(true);
      const final = await db.prisma.call.findUniqueOrThrow({ where: { id: row.id } });
      expect(final.version).toBe(events.length);
      expect(final.status).toBe(path[path.length - 1]);
      if (final.status === 'HANGUP') expect(final.hangupReason && final.hangupBy && final.hangupAt).toBeTruthy();
    }
  });
});

describe('validation', () => {
  const valid: CallCreateInput = { source: SOURCE, destinations: [{ type: 'TEL', target: '+15551234567' }], actions: [TALK] };
  it.each([
    ['a destination that is not E.164', { destinations: [{ type: 'TEL', target: '5551234567' }] }, ['input', 'destinations', '0', 'target'], 'not an E.164 number'],
    ['an unsupported destination type', { destinations: [{ type: 'EMAIL', target: 'a@example.com' }] }, ['input', 'destinations', '0', 'type'], 'cannot be dialed'],
    ['no destinations', { destinations: [] }, ['input', 'destinations'], 'at least one destination'],
    ['101 destinations', { destinations: Array.from({ length: 101 }, () => ({ type: 'TEL', target: '+15551234567' })) }, ['input', 'destinations'], 'at most 100'],
    ['play with no URLs', { actions: [{ play: { streamUrls: [] } }] }, ['input', 'actions', '0', 'play', 'streamUrls'], 'at least one stream URL'],
    ['a source that is not E.164', { source: { type: 'TEL', target: '+1' } }, ['input', 'source', 'target'], 'not an E.164 number'],
  ])('refuses %s with a userError and writes nothing', async (_label, change, field, message) => {
    const before = await countCalls();
    const res = await t.gql(CREATE, { input: { ...valid, ...(change as object) } });
    expect(res.data!.callCreate.calls).toEqual([]);
    expect(res.data!.callCreate.userErrors).toHaveLength(1);
    expect(res.data!.callCreate.userErrors[0]).toMatchObject({ field, code: 'INVALID', message: expect.stringContaining(message) });
    expect(await countCalls()).toBe(before);
  });

  it('places 100 destinations as 100 calls', async () => {
    const res = await t.gql(CREATE, { input: { ...valid, destinations: Array.from({ length: 100 }, (_, i) => ({ type: 'TEL' as const, target: `+1555100${String(1000 + i)}` })), actions: [{ hangup: {} }] } });
    expect(res.data!.callCreate.userErrors).toEqual([]);
    expect(res.data!.callCreate.calls).toHaveLength(100);
  });

  it('an action with zero or two members is a GraphQL error with BAD_USER_INPUT (variables and literals), nothing written', async () => {
    const before = await countCalls();
    // Deliberately not ActionInput: zero members, and two.
    for (const actions of [[{}], [{ talk: TALK.talk, sleep: { duration: 1 } }]] as unknown as ActionInput[][]) {
      const res = await t.gql(CREATE, { input: { ...valid, actions } });
      expect(res.data).toBeUndefined();
      expect(res.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    }
    for (const action of ['{}', '{sleep: {duration: 1}, hangup: {}}']) {
      // Built per case, so a plain string: the point is the invalid action written as a literal, not a variable.
      const res = await t.gql(`mutation { callCreate(input: {source: {type: TEL, target: "+15559876543"}, destinations: [{type: TEL, target: "+15551234567"}], actions: [${action}]}) { calls { id } } }`);
      expect(res.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    }
    expect(await countCalls()).toBe(before);
  });
});

describe('calls connection', () => {
  it('filters by status and direction, newest first, and validates page sizes', async () => {
    const res = await t.gql(FILTERED);
    expect(res.errors).toBeUndefined();
    const nodes = res.data!.calls.nodes;
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((n) => n.status === 'HANGUP')).toBe(true);
    expect(nodes.map((n) => n.createdAt)).toEqual([...nodes.map((n) => n.createdAt)].sort().reverse());
    expect(res.data!.out.totalCount).toBe(0);
    for (const args of ['first: 0', 'first: 101', 'last: 101']) {
      // Built per case, so a plain string; first/last out of range is valid GraphQL, refused by the field's validation.
      expect((await t.gql(`{ calls(${args}) { totalCount } }`)).errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    }
    const node = await t.gql(NODE, { id: (await create('+15551230003')).id });
    const found = node.data!.node!;
    expect('status' in found && found.status).toBeTruthy();
  });
});

describe('callStatusChanged over SSE', () => {
  it('streams one call\'s statuses in order', async () => {
    const stream = await sseSubscribe<ResultOf<typeof STATUS_CHANGED_SSE>['callStatusChanged']>(t.url, t.token, print(STATUS_CHANGED_SSE));
    expect(stream.status).toBe(200);
    const seen = stream.seen;
    try {
      const deadline = Date.now() + 15_000;
      while (seen.length === 0 && Date.now() < deadline) {
        await create('+15551230003');
        await new Promise((r) => setTimeout(r, 100));
      }
      const call = await create('+15551230002');
      await waitFor(call.id, ['HANGUP']);
      const until = Date.now() + 5_000;
      while (seen.filter((s) => s?.uuid === call.uuid).length < 3 && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
      expect(seen.filter((s) => s?.uuid === call.uuid).map((s) => s.status)).toEqual(['DIALING', 'RINGING', 'HANGUP']);
    } finally {
      await stream.close();
    }
  });
});
