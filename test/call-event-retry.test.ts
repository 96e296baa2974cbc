// A provider event whose status write fails for a passing reason (PostgreSQL terminated the connection) is
// retried until it is applied, in order per call (src/telephony/call-queue.ts); and an owner's call whose leg
// the provider no longer has, with no hangup report coming, is ended by the owner's sweep (LEG_LOST) instead
// of staying live for good (src/telephony/controller.ts endLostLegs). A campaign's calls hit the same way still
// settle their attempts and targets, so the campaign stops.
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { onPostgres } from './helpers/db.ts';
import { useTestApp } from './helpers/app.ts';
import { graphql } from './gql/index.ts';
import { createTelephony } from '../src/telephony/controller.ts';
import type { Leg, TelephonyProvider } from '../src/telephony/provider.ts';
import { createLogger } from '../src/logger.ts';
import { uuidOf } from '../src/graphql/global-id.ts';
import { createCampaignRows, runCampaign, SUFFIX, waitForCampaign } from './helpers/campaign.ts';

// The dialer runs for the campaign case only; the other cases start no campaign.
const t = useTestApp({ SIMULATOR_TIME_SCALE: '2', DIALER_POLL_MS: '200' });

const CREATE = graphql(`
  mutation CallCreateForCallEventRetryTest($target: String!) {
    callCreate(input: {source: {type: TEL, target: "+15559876543"}, destinations: [{type: TEL, target: $target}], actions: [{talk: {text: "hello", language: "en-US"}}]}) {
      calls { id } userErrors { message }
    }
  }
`);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function callRow(id: string) {
  return t.db.prisma.call.findUniqueOrThrow({ where: { id: uuidOf(id, 'Call')! } });
}

/**
 * Holds `table` locked for `ms`, terminating every backend that waits for it: each write (and read) of the table
 * fails with 57P01 meanwhile. `whileHeld` runs in the holder's transaction, which can still read the table.
 */
async function failWritesOf<T>(table: string, ms: number, whileHeld: (holder: pg.Client) => Promise<T>): Promise<{ terminated: number; held: T }> {
  const holder = new pg.Client({ connectionString: t.database.url });
  const admin = new pg.Client({ connectionString: t.database.url });
  await Promise.all([holder.connect(), admin.connect()]);
  await holder.query('BEGIN');
  await holder.query(`LOCK TABLE ${table} IN ACCESS EXCLUSIVE MODE`);
  const held = await whileHeld(holder);
  const holderPid = (await holder.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0].pid;
  let terminated = 0;
  for (const until = Date.now() + ms; Date.now() < until;) {
    const { rows } = await admin.query<{ pid: number }>(
      "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> $1", [holderPid]);
    for (const { pid } of rows) await admin.query('SELECT pg_terminate_backend($1)', [pid]);
    terminated += rows.length;
    await sleep(50);
  }
  await holder.query('COMMIT');
  await Promise.all([holder.end(), admin.end()]);
  return { terminated, held };
}

describe.skipIf(!onPostgres)('a call event whose write fails for a passing reason', () => {
  it('is applied once the database answers again, with the events after it in order', async () => {
    const created = await t.gql(CREATE, { target: '+15550100100' });
    const id = created.data!.callCreate.calls[0].id;
    // Every status write of the call waits for this lock, and each waiting backend is terminated: the call's
    // RINGING, ANSWERED and HANGUP fail again and again for 3 s.
    const { terminated } = await failWritesOf('call', 3_000, async () => {});
    expect(terminated).toBeGreaterThan(0);

    // The events were retried, not dropped: the call went through PROGRESSING and ended as the callee ended it.
    for (const deadline = Date.now() + 20_000; (await callRow(id)).status !== 'HANGUP';) {
      if (Date.now() > deadline) throw new Error(`the call is still ${(await callRow(id)).status}`);
      await sleep(100);
    }
    const call = await callRow(id);
    expect(call.progressingAt).not.toBeNull();
    expect({ reason: call.hangupReason, by: call.hangupBy }).toEqual({ reason: 'NORMAL', by: 'REMOTE' });
  });

  it('of a campaign\'s call still settles its attempt and target once, so the campaign stops', async () => {
    // One target answers, one is busy with one try: each one attempt, then DONE (ANSWERED, EXHAUSTED).
    const answers = `+1555010${SUFFIX.NORMAL}`;
    const busy = `+1555011${SUFFIX.BUSY}`;
    const rows = await createCampaignRows(t.db, { targets: [[answers], [busy]], maxTryCounts: [1], name: 'event retry', endHandle: 'STOP' });
    await runCampaign({ prisma: t.db.prisma, bus: t.app.services.bus }, rows.customerId, rows.campaignId);
    for (const deadline = Date.now() + 10_000; (await t.db.prisma.campaignCall.count({ where: { campaignId: rows.campaignId, callId: { not: null } } })) < 2;) {
      if (Date.now() > deadline) throw new Error('the campaign placed no calls');
      await sleep(20);
    }
    // Both calls placed and still live when the fault starts (the holder reads through its own lock): every
    // event of theirs from ringing on fails for 3 s, the busy call's whole life (ringing, then hangup) included.
    const { terminated, held } = await failWritesOf('call', 3_000, async (holder) =>
      (await holder.query<{ status: string }>('SELECT status::text AS status FROM call WHERE campaign_id = $1', [rows.campaignId])).rows.map((r) => r.status));
    expect(terminated).toBeGreaterThan(0);
    expect(held).toHaveLength(2);
    expect(held.filter((s) => s === 'HANGUP')).toEqual([]);

    await waitForCampaign(t.db, rows.campaignId, (c) => c.status === 'STOP', 20_000);
    const targets = await t.db.prisma.outdialTarget.findMany({ where: { id: { in: rows.targetIds } } });
    const byId = new Map(targets.map((r) => [r.id, r]));
    expect(rows.targetIds.map((id) => ({ status: byId.get(id)!.status, result: byId.get(id)!.result })))
      .toEqual([{ status: 'DONE', result: 'ANSWERED' }, { status: 'DONE', result: 'EXHAUSTED' }]);
    // Each attempt once, ended as the callee ended it (not by a sweep or a timeout: those end FAILED / DIALOUT).
    const attempts = await t.db.prisma.campaignCall.findMany({ where: { campaignId: rows.campaignId }, include: { call: true } });
    expect(attempts.map((a) => ({
      target: rows.targetIds.indexOf(a.outdialTargetId), status: a.status, outcome: a.outcome, reason: a.call!.hangupReason, by: a.call!.hangupBy,
    })).sort((a, b) => a.target - b.target)).toEqual([
      { target: 0, status: 'DONE', outcome: null, reason: 'NORMAL', by: 'REMOTE' },
      { target: 1, status: 'DONE', outcome: 'BUSY', reason: 'BUSY', by: 'REMOTE' },
    ]);
    // In order per call: the outbox's events of each call have versions going up by one, statuses only forward.
    const order = ['DIALING', 'RINGING', 'PROGRESSING', 'TERMINATING', 'CANCELING', 'HANGUP'];
    for (const a of attempts) {
      const events = await t.db.prisma.event.findMany({ where: { entityType: 'Call', entityId: a.callId! }, orderBy: { id: 'asc' } });
      const versions = events.map((e) => e.version);
      expect(versions).toEqual(versions.map((_, i) => versions[0] + i));
      const statuses = events.map((e) => (e.snapshot as { status: string }).status);
      expect(statuses.map((s) => order.indexOf(s))).toEqual([...statuses.map((s) => order.indexOf(s))].sort((x, y) => x - y));
      expect(statuses.at(-1)).toBe('HANGUP');
      if (a.outcome === null) expect(statuses).toContain('PROGRESSING');
    }
  });
});

describe('an own call whose leg the provider lost without a hangup report', () => {
  it('is ended by the owner\'s sweep, and a call the provider still has is left alone', async () => {
    // A provider that takes legs and then, for one of them, forgets it without a word.
    const legs = new Set<string>();
    const provider = (): TelephonyProvider => ({
      place: (leg: Leg) => void legs.add(leg.id),
      hangup: (callId) => void legs.delete(callId),
      has: (callId) => legs.has(callId),
      bridge: () => {},
      continueActions: () => {},
      close: async () => {},
    });
    const telephony = createTelephony({
      prisma: t.db.prisma, bus: t.app.services.bus, logger: createLogger('silent'), timeScale: 1,
      heartbeatMs: 100, instanceExpiryMs: 60_000, exclusive: false, provider,
    });
    await telephony.start();
    try {
      const customerId = (await t.db.prisma.customer.findUniqueOrThrow({ where: { name: 'default' } })).id;
      const created = await telephony.createCalls(customerId, {
        source: { type: 'TEL', target: '+15559876543' },
        destinations: [{ type: 'TEL', target: '+15550100200' }, { type: 'TEL', target: '+15550100201' }],
        actions: [{ talk: { text: "hello", language: "en-US" } }],
      } as never);
      expect(created.ok).toBe(true);
      const [lost, kept] = created.ok ? created.value : [];
      legs.delete(lost.id);
      // Older than the sweep's grace: as if placed a while ago.
      await t.db.prisma.call.updateMany({ where: { id: { in: [lost.id, kept.id] } }, data: { createdAt: new Date(Date.now() - 60_000) } });
      for (const deadline = Date.now() + 10_000; (await t.db.prisma.call.findUniqueOrThrow({ where: { id: lost.id } })).status !== 'HANGUP';) {
        if (Date.now() > deadline) throw new Error('the sweep never ended the lost call');
        await sleep(50);
      }
      const ended = await t.db.prisma.call.findUniqueOrThrow({ where: { id: lost.id } });
      expect({ reason: ended.hangupReason, by: ended.hangupBy }).toEqual({ reason: 'FAILED', by: 'LOCAL' });
      await sleep(300); // a few more sweeps
      expect((await t.db.prisma.call.findUniqueOrThrow({ where: { id: kept.id } })).status).toBe('DIALING');
    } finally {
      await telephony.stop();
    }
  });
});
