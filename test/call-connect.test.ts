// CONNECT really connects (issue 15 item 6) and Call.type is stored (item 7), on a real server: the master's
// actions wait at CONNECT until a leg answers (bridged: both stay up until either side hangs up, then the other
// is hung up too) or every leg has failed or timed out (the next action runs); masterCall / chainedCalls both
// ways; the legs' events; a campaign's CONNECT; a master and its bridged leg of an instance that is gone; the
// call_type migration on rows written before it.
import { randomBytes } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { print } from 'graphql';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { describe, expect, it } from 'vitest';
import { useTestApp } from './helpers/app.ts';
import { onPostgres } from './helpers/db.ts';
import { createCampaignRows, runCampaign, waitForCampaign } from './helpers/campaign.ts';
import { graphql } from './gql/index.ts';
import type { ActionInput, AddressInput } from './gql/graphql.ts';
import { applyMigrations, migrationsDir, readMigrations, type SqlExecutor } from '../src/db/migrate.ts';
import { createTelephony } from '../src/telephony/controller.ts';
import { createLogger } from '../src/logger.ts';

// 20x: ringing 50 to 150 ms, a 30 s dial timeout 1.5 s, talk40 2 s.
const SCALE = 20;
const t = useTestApp({ SIMULATOR_TIME_SCALE: String(SCALE), HEARTBEAT_MS: '200', INSTANCE_EXPIRY_MS: '1500' });

graphql(`
  fragment LegFieldsForCallConnectTest on Call { id uuid status type hangupBy hangupReason progressingAt hangupAt createdAt destination { target } masterCall { uuid type } }
`);
const CREATE = graphql(`
  mutation CallCreateForCallConnectTest($input: CallCreateInput!) { callCreate(input: $input) { calls { id uuid type } userErrors { field message } } }
`);
const GET = graphql(`
  query CallForCallConnectTest($id: ID!) { call(id: $id) { ...LegFieldsForCallConnectTest chainedCalls { ...LegFieldsForCallConnectTest chainedCalls { uuid } } } }
`);
const HANGUP = graphql(`
  mutation CallHangupForCallConnectTest($id: ID!) { callHangup(input: {id: $id}) { userErrors { message } } }
`);
const STATUS_CHANGED = graphql(`
  subscription CallStatusChangedForCallConnectTest($campaignId: ID, $since: DateTime) { callStatusChanged(campaignId: $campaignId, since: $since) { uuid status type hangupBy } }
`);
const CAMPAIGN_CALLS = graphql(`
  query CampaignCallsForCallConnectTest($campaignId: ID!) { calls(first: 10, filter: {campaignId: $campaignId}) { nodes { uuid type masterCall { uuid } } } }
`);

type CallView = NonNullable<ResultOf<typeof GET>['call']>;
type Seen = ResultOf<typeof STATUS_CHANGED>['callStatusChanged'];

const SOURCE: AddressInput = { type: 'TEL', target: '+15559876543' };
const sip = (target: string): AddressInput => ({ type: 'SIP', target });
const tel = (target: string): AddressInput => ({ type: 'TEL', target });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const at = (iso: string | null | undefined) => new Date(iso!).getTime();
const gid = (uuid: string) => Buffer.from(`Call:${uuid}`).toString('base64url');

async function create(destination: AddressInput, actions: ActionInput[]) {
  const res = await t.gql(CREATE, { input: { source: SOURCE, destinations: [destination], actions } });
  expect(res.errors).toBeUndefined();
  expect(res.data!.callCreate.userErrors).toEqual([]);
  return res.data!.callCreate.calls[0];
}

async function get(id: string): Promise<CallView> {
  const res = await t.gql(GET, { id });
  expect(res.errors).toBeUndefined();
  return res.data!.call!;
}

/** Polls the call until `check` holds (bounded). */
async function until(id: string, check: (c: CallView) => boolean, what: string, timeoutMs = 20_000): Promise<CallView> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const call = await get(id);
    if (check(call)) return call;
    if (Date.now() > deadline) throw new Error(`${what}: ${JSON.stringify(call)}`);
    await sleep(10);
  }
}
const ended = (c: { status: string }) => c.status === 'HANGUP';
const allEnded = (c: CallView) => ended(c) && c.chainedCalls.length > 0 && c.chainedCalls.every(ended);

/** The statuses of a call, one per version, from its outbox events. */
async function statusPath(uuid: string): Promise<string[]> {
  const events = await t.db.prisma.event.findMany({ where: { entityId: uuid, kind: { in: ['CREATED', 'STATUS'] } }, orderBy: { version: 'asc' } });
  return events.map((e) => (e.snapshot as { status: string }).status);
}

/** A graphql-ws callStatusChanged subscriber from now on: `since` replays what happens before it is active. */
function subscribe(campaignId?: string) {
  const client = t.wsClient();
  const seen: Seen[] = [];
  const errors: unknown[] = [];
  const stop = client.subscribe<ResultOf<typeof STATUS_CHANGED>>(
    { query: print(STATUS_CHANGED), variables: { campaignId, since: new Date().toISOString() } },
    { next: (r) => (r.errors ? errors.push(r.errors) : seen.push(r.data!.callStatusChanged)), error: (e) => errors.push(e), complete: () => {} },
  );
  return { seen, errors, stop };
}

async function waitSeen(seen: Seen[], uuid: string, status: string) {
  for (const deadline = Date.now() + 10_000; !seen.some((s) => s.uuid === uuid && s.status === status);) {
    if (Date.now() > deadline) throw new Error(`no ${status} event for ${uuid}: ${JSON.stringify(seen.filter((s) => s.uuid === uuid))}`);
    await sleep(20);
  }
}

describe('a CONNECT whose leg answers', () => {
  it('bridges the first leg to answer: both PROGRESSING for its talk time, then it hangs up (REMOTE) and so is the master (LOCAL); the next action never runs', async () => {
    const sub = subscribe();
    try {
      // The agent rings 1 s and talks 40 s (50 ms and 2 s at 20x); the 0004 leg would ring until the dial timeout.
      const master = await create(tel('+15551234567'), [
        { connect: { destinations: [sip('agent-answer1-talk40@pbx.example.com'), tel('+15551230004')] } },
        { hangup: { reason: 'BUSY' } },
      ]);
      expect(master.type).toBe('FLOW');
      // Both answered at once, observable through one query.
      const bridged = await until(master.id, (c) => c.chainedCalls.some((l) => l.status === 'PROGRESSING'), 'the agent never answered');
      expect(bridged.status).toBe('PROGRESSING');
      const done = await until(master.id, allEnded, 'the calls did not all end');
      const agent = done.chainedCalls.find((l) => l.destination.target.startsWith('agent'))!;
      const ringing = done.chainedCalls.find((l) => l.destination.target === '+15551230004')!;

      // The bridge lasted the agent's talk time (2 s at 20x; half of it as the bound, for a busy machine), the master up all along.
      expect(agent).toMatchObject({ type: 'CONNECT', hangupReason: 'NORMAL', hangupBy: 'REMOTE', masterCall: { uuid: master.uuid, type: 'FLOW' } });
      expect(at(agent.hangupAt) - at(agent.progressingAt)).toBeGreaterThanOrEqual(40_000 / SCALE / 2);
      expect(at(done.progressingAt)).toBeLessThan(at(agent.progressingAt));
      expect(at(done.hangupAt)).toBeGreaterThanOrEqual(at(agent.hangupAt));
      // Hung up because the agent did: not by its HANGUP action (that would be BUSY), not by its callee (REMOTE).
      expect(done).toMatchObject({ type: 'FLOW', hangupReason: 'NORMAL', hangupBy: 'LOCAL' });
      expect(await statusPath(master.uuid)).toEqual(['DIALING', 'RINGING', 'PROGRESSING', 'TERMINATING', 'HANGUP']);
      expect(await statusPath(agent.uuid)).toEqual(['DIALING', 'RINGING', 'PROGRESSING', 'HANGUP']);
      // The other leg was canceled when the agent answered, long before its dial timeout.
      expect(ringing).toMatchObject({ type: 'CONNECT', hangupReason: 'CANCEL', hangupBy: 'LOCAL', progressingAt: null });
      expect(at(ringing.hangupAt)).toBeLessThan(at(agent.hangupAt));

      // masterCall / chainedCalls both ways, and Call.type as stored in the column.
      expect(done.chainedCalls.map((l) => l.masterCall?.uuid)).toEqual([master.uuid, master.uuid]);
      expect(done.chainedCalls.every((l) => l.chainedCalls.length === 0)).toBe(true);
      expect((await get(gid(agent.uuid))).masterCall).toEqual({ uuid: master.uuid, type: 'FLOW' });
      const stored = await t.db.prisma.$queryRaw<{ id: string; type: string }[]>`
        SELECT id::text, type::text FROM "call" WHERE id IN (${master.uuid}::uuid, ${agent.uuid}::uuid, ${ringing.uuid}::uuid) ORDER BY type, id`;
      expect(stored.map((r) => [r.id === master.uuid ? 'master' : 'leg', r.type]).sort()).toEqual([['leg', 'CONNECT'], ['leg', 'CONNECT'], ['master', 'FLOW']]);

      // callStatusChanged delivers the legs' changes too, each once and in order.
      await waitSeen(sub.seen, agent.uuid, 'HANGUP');
      await waitSeen(sub.seen, master.uuid, 'HANGUP');
      expect(sub.errors).toEqual([]);
      expect(sub.seen.filter((s) => s.uuid === agent.uuid).map((s) => `${s.status}:${s.type}`)).toEqual(['DIALING:CONNECT', 'RINGING:CONNECT', 'PROGRESSING:CONNECT', 'HANGUP:CONNECT']);
      expect(sub.seen.filter((s) => s.uuid === ringing.uuid).map((s) => s.status)).toEqual(['DIALING', 'RINGING', 'CANCELING', 'HANGUP']);
    } finally {
      sub.stop();
    }
  });

  it('the master\'s callee hangs up first: the bridged leg is hung up (LOCAL)', async () => {
    // The master's callee talks 60 s (3 s at 20x) from its answer; the agent answers after 1 s (50 ms) and would talk 600 s.
    const master = await create(sip('alice-talk60@example.com'), [{ connect: { destinations: [sip('agent-answer1-talk600@pbx.example.com')] } }]);
    const done = await until(master.id, allEnded, 'the calls did not all end');
    const [agent] = done.chainedCalls;
    expect(agent.progressingAt, 'the agent was answered (bridged) before the master hung up').not.toBeNull();
    expect(at(agent.progressingAt)).toBeLessThan(at(done.hangupAt));
    expect(done).toMatchObject({ hangupReason: 'NORMAL', hangupBy: 'REMOTE' });
    expect(agent).toMatchObject({ type: 'CONNECT', hangupReason: 'NORMAL', hangupBy: 'LOCAL' });
    expect(await statusPath(agent.uuid)).toEqual(['DIALING', 'RINGING', 'PROGRESSING', 'TERMINATING', 'HANGUP']);
  });

  it('a callHangup of the bridged leg hangs up the master too', async () => {
    const master = await create(tel('+15551234567'), [{ connect: { destinations: [sip('agent-answer1-talk600@pbx.example.com')] } }]);
    const bridged = await until(master.id, (c) => c.chainedCalls[0]?.status === 'PROGRESSING', 'the agent never answered');
    expect((await t.gql(HANGUP, { id: bridged.chainedCalls[0].id })).data!.callHangup.userErrors).toEqual([]);
    const done = await until(master.id, allEnded, 'the calls did not all end');
    expect(done).toMatchObject({ hangupReason: 'NORMAL', hangupBy: 'LOCAL' });
    expect(done.chainedCalls[0]).toMatchObject({ hangupReason: 'NORMAL', hangupBy: 'LOCAL' });
  });
});

describe('a CONNECT no leg answers', () => {
  it('waits for the dial timeout (DIALOUT), then the next action runs', async () => {
    const master = await create(tel('+15551234567'), [{ connect: { destinations: [tel('+15551230004')] } }, { hangup: { reason: 'BUSY' } }]);
    const done = await until(master.id, allEnded, 'the calls did not all end');
    const [leg] = done.chainedCalls;
    // The leg rang the master's ring limit (callCreate's 30 s: 1.5 s at 20x), and only then did the HANGUP action run.
    expect(leg).toMatchObject({ type: 'CONNECT', hangupReason: 'DIALOUT', hangupBy: 'LOCAL', progressingAt: null });
    expect(at(leg.hangupAt) - at(leg.createdAt)).toBeGreaterThanOrEqual(30_000 / SCALE - 100);
    expect(done).toMatchObject({ hangupReason: 'BUSY', hangupBy: 'LOCAL' });
    expect(at(done.hangupAt)).toBeGreaterThanOrEqual(at(leg.hangupAt));
    const rows = await t.db.prisma.call.findMany({ where: { id: { in: [master.uuid, leg.uuid] } }, select: { id: true, ringTimeoutMs: true } });
    expect(rows.map((r) => r.ringTimeoutMs)).toEqual([30_000, 30_000]);
  });

  it('every leg fails: the actions go on at once, and with none left the callee hangs up', async () => {
    const master = await create(tel('+15551234567'), [{ connect: { destinations: [tel('+15551230001'), sip('desk0003@example.com')] } }]);
    const done = await until(master.id, allEnded, 'the calls did not all end');
    expect(done.chainedCalls.map((l) => `${l.hangupReason}:${l.hangupBy}`).sort()).toEqual(['BUSY:REMOTE', 'FAILED:REMOTE']);
    expect(done).toMatchObject({ hangupReason: 'NORMAL', hangupBy: 'REMOTE' });
    expect(at(done.hangupAt)).toBeGreaterThanOrEqual(Math.max(...done.chainedCalls.map((l) => at(l.hangupAt))));
  });
});

describe('a campaign call\'s CONNECT', () => {
  it('dials legs of the campaign that ring its outplan\'s dial timeout; the campaign\'s subscribers see them; the attempt succeeds', async () => {
    const rows = await createCampaignRows(t.db, {
      name: 'connect', targets: [['+15551237777']], maxTryCounts: [1], dialTimeout: 10_000,
      actions: [{ type: 'CONNECT', destinations: [{ type: 'TEL', target: '+15551230004' }] }],
    });
    const campaignId = Buffer.from(`Campaign:${rows.campaignId}`).toString('base64url');
    const sub = subscribe(campaignId);
    try {
      await runCampaign({ prisma: t.db.prisma, bus: t.app.services.bus }, rows.customerId, rows.campaignId);
      await waitForCampaign(t.db, rows.campaignId, (c) => c.status === 'STOP');
      const calls = await t.db.prisma.call.findMany({ where: { campaignId: rows.campaignId }, orderBy: { createdAt: 'asc' } });
      expect(calls.map((c) => [c.type, c.ringTimeoutMs, c.hangupReason])).toEqual([['FLOW', 10_000, 'NORMAL'], ['CONNECT', 10_000, 'DIALOUT']]);
      expect(calls[1].masterCallId).toBe(calls[0].id);
      const attempt = await t.db.prisma.campaignCall.findFirstOrThrow({ where: { campaignId: rows.campaignId } });
      expect(attempt).toMatchObject({ callId: calls[0].id, status: 'DONE', result: 'SUCCESS' });
      const listed = (await t.gql(CAMPAIGN_CALLS, { campaignId })).data!.calls.nodes;
      expect(listed.map((c) => c.type).sort()).toEqual(['CONNECT', 'FLOW']);
      await waitSeen(sub.seen, calls[1].id, 'HANGUP');
      expect(sub.seen.filter((s) => s.uuid === calls[1].id).map((s) => s.status)).toEqual(['DIALING', 'RINGING', 'HANGUP']);
    } finally {
      sub.stop();
    }
  });
});

describe('an instance that is gone', () => {
  it('leaves a master and its bridged leg: another instance ends both (answered: NORMAL)', async () => {
    const customerId = (await t.db.prisma.customer.findUniqueOrThrow({ where: { name: 'default' } })).id;
    // A second instance on the same database and bus; stopped without hanging up, as if it died.
    const other = createTelephony({
      prisma: t.db.prisma, bus: t.app.services.bus, logger: createLogger('silent'), timeScale: SCALE,
      heartbeatMs: 200, instanceExpiryMs: 1_500, exclusive: false,
    });
    await other.start();
    let stopped = false;
    try {
      const created = await other.createCalls(customerId, {
        source: SOURCE, destinations: [{ type: 'TEL', target: '+15551234567' }],
        actions: [{ connect: { destinations: [{ type: 'SIP', target: 'agent-answer1-talk600@pbx.example.com' }] } }],
      } as never);
      if (!created.ok) throw new Error(JSON.stringify(created.errors));
      const masterId = gid(created.value[0].id);
      const bridged = await until(masterId, (c) => c.status === 'PROGRESSING' && c.chainedCalls[0]?.status === 'PROGRESSING', 'not bridged');
      expect(bridged.chainedCalls[0].type).toBe('CONNECT');
      await other.stop();
      stopped = true;
      const done = await until(masterId, allEnded, 'the gone instance\'s calls were not ended', 15_000);
      expect(done).toMatchObject({ hangupReason: 'NORMAL', hangupBy: 'LOCAL' });
      expect(done.chainedCalls[0]).toMatchObject({ hangupReason: 'NORMAL', hangupBy: 'LOCAL' });
    } finally {
      if (!stopped) await other.stop();
    }
  });
});

describe('the call_type migration', () => {
  it('makes calls written before it FLOW, and their chained legs CONNECT', async () => {
    const all = readMigrations();
    const index = all.findIndex((m) => m.name.endsWith('_call_type'));
    expect(index).toBeGreaterThan(0);
    const before = mkdtempSync(path.join(tmpdir(), 'dialgraph-call-type-'));
    cpSync(path.join(migrationsDir, 'migration_lock.toml'), path.join(before, 'migration_lock.toml'));
    for (const m of all.slice(0, index)) {
      mkdirSync(path.join(before, m.name));
      cpSync(path.join(migrationsDir, m.name, 'migration.sql'), path.join(before, m.name, 'migration.sql'));
    }
    const { db, close } = await scratchDatabase();
    try {
      await applyMigrations(db, before);
      await db.exec(`
        INSERT INTO customer (id, name) VALUES ('00000000-0000-4000-8000-0000000000c1', 'migration');
        INSERT INTO "call" (id, customer_id, source, destination) VALUES
          ('00000000-0000-4000-8000-00000000000a', '00000000-0000-4000-8000-0000000000c1', '{"type":"TEL","target":"+15559876543"}', '{"type":"TEL","target":"+15551234567"}');
        INSERT INTO "call" (id, customer_id, source, destination, master_call_id) VALUES
          ('00000000-0000-4000-8000-00000000000b', '00000000-0000-4000-8000-0000000000c1', '{"type":"TEL","target":"+15559876543"}', '{"type":"SIP","target":"bob@example.com"}', '00000000-0000-4000-8000-00000000000a');`);
      expect(await applyMigrations(db)).toEqual(all.slice(index).map((m) => m.name));
      const { rows } = await db.query<{ id: string; type: string }>(`SELECT id::text, type::text FROM "call" ORDER BY id`);
      expect(rows.map((r) => r.type)).toEqual(['FLOW', 'CONNECT']);
    } finally {
      await close();
      rmSync(before, { recursive: true, force: true });
    }
  });
});

/** An empty database of this run's kind: a fresh PostgreSQL database, or an in-memory PGlite. */
async function scratchDatabase(): Promise<{ db: SqlExecutor; close: () => Promise<void> }> {
  if (!onPostgres) {
    const lite = new PGlite('memory://');
    await lite.waitReady;
    return { db: lite, close: () => lite.close() };
  }
  const base = process.env.DATABASE_URL!;
  const name = `dialgraph_calltype_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  return {
    db: { exec: (sql) => client.query(sql), query: (sql, params) => client.query(sql, params as unknown[]) as never },
    close: async () => {
      await client.end();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}
