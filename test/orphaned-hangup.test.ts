// A hangup requested and not yet confirmed when the call's owner is gone (issue 15 item 4): the instance that
// ends the orphaned call ends it as the owner would have, from the end stored with CANCELING
// (hangup_requested_reason). An operator's cancel (STOP with hangupActiveCalls) stays CANCEL, its attempt
// CANCELED_BY_OPERATOR with the try given back; our own dial timeout stays DIALOUT, a charged FAIL; a call nobody
// asked to end is FAILED and charged, as before; and a STOP that committed but died before requesting its calls'
// ends is still an operator's cancel. In process, with a provider that never confirms a hangup, so the
// requests are still pending when the owner stops: on both databases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPubSub } from 'graphql-yoga';
import { createTestDatabase, type TestDatabase } from './helpers/db.ts';
import { createCampaignRows, runCampaign, type CampaignRows } from './helpers/campaign.ts';
import { EventBus, type TransportPubSub } from '../src/events/bus.ts';
import { createLogger } from '../src/logger.ts';
import { createTelephony, type Telephony } from '../src/telephony/controller.ts';
import { createDialer, type Dialer } from '../src/dialer/engine.ts';
import { updateCampaignStatus } from '../src/domain/campaign-status.ts';
import type { ProviderListener, TelephonyProvider } from '../src/telephony/provider.ts';
import type { Database } from '../src/db/database.ts';

const SCALE = 10;
let database: TestDatabase;
let db: Database;
let bus: EventBus;
let owner: Telephony;
let dialer: Dialer;
let reconciler: Telephony | undefined;
const hangupsAsked = new Set<string>();

/** Rings at once and forever (it ignores ringTimeoutMs), and never confirms a hangup: the owner's requests stay pending. */
function neverConfirming(listener: ProviderListener): TelephonyProvider {
  const legs = new Set<string>();
  return {
    place(leg) {
      legs.add(leg.id);
      setTimeout(() => listener({ callId: leg.id, type: 'RINGING' }), 1);
    },
    bridge() {},
    continueActions() {},
    hangup: (callId) => void hangupsAsked.add(callId),
    has: (callId) => legs.has(callId),
    close: async () => legs.clear(),
  };
}

const logger = createLogger('silent');

beforeAll(async () => {
  database = await createTestDatabase();
  db = await database.open();
  await db.prisma.customer.create({ data: { name: 'default' } });
  bus = new EventBus({ prisma: db.prisma, transport: createPubSub() as TransportPubSub, logger, pollMs: 600_000, retentionMs: 86_400_000, maxPendingEvents: 100_000 });
  await bus.start();
  owner = createTelephony({
    prisma: db.prisma, bus, logger, timeScale: SCALE, heartbeatMs: 600_000, instanceExpiryMs: 600_000, exclusive: false, provider: neverConfirming,
    onCallEnded: () => dialer.wake(),
  });
  await owner.start();
  dialer = createDialer({ prisma: db.prisma, bus, logger, instanceId: owner.instanceId, place: (calls) => owner.placeCalls(calls), timeScale: SCALE, pollMs: 1_000 });
  dialer.start();
});
afterAll(async () => {
  await dialer?.stop();
  await owner?.stop();
  await reconciler?.stop();
  await bus?.close();
  await database?.drop();
});

async function waitUntil(check: () => Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

const callsOf = (rows: CampaignRows) => db.prisma.call.findMany({ where: { campaignId: rows.campaignId } });

async function attemptsOf(rows: CampaignRows) {
  const attempts = await db.prisma.campaignCall.findMany({ where: { campaignId: rows.campaignId }, include: { call: true, outdialTarget: true } });
  return attempts.map((a) => ({
    result: a.result, reason: a.call!.hangupReason, by: a.call!.hangupBy,
    target: `${a.outdialTarget.status}/${a.outdialTarget.result}`, tries: a.outdialTarget.tryCount0,
  }));
}

describe('an owner gone with hangups requested and not confirmed', () => {
  it('has its calls ended as requested: an operator\'s cancel (even one its STOP never got to) gives the try back, a dial timeout and an unrequested end are charged', async () => {
    // Rings for 10 minutes (the provider never gives up; at 10x the controller's own timeout would cancel it after 60 s).
    const stopped = await createCampaignRows(db, { name: 'stopped', targets: [['+15550200001'], ['+15550200002']], maxTryCounts: [1], dialTimeout: 600_000 });
    // The controller cancels it at its dial timeout (1 s at 10x, then its grace of at least 1 s).
    const timedOut = await createCampaignRows(db, { name: 'timed out', targets: [['+15550200003']], maxTryCounts: [1], dialTimeout: 1_000 });
    const left = await createCampaignRows(db, { name: 'left', targets: [['+15550200004']], maxTryCounts: [1], dialTimeout: 600_000 });
    const stopCommitted = await createCampaignRows(db, { name: 'stop committed', targets: [['+15550200005']], maxTryCounts: [1], dialTimeout: 600_000 });
    const deps = { prisma: db.prisma, bus };
    for (const rows of [stopped, timedOut, left, stopCommitted]) await runCampaign(deps, rows.customerId, rows.campaignId);
    dialer.wake();

    await waitUntil(async () => (await callsOf(timedOut)).some((c) => c.status === 'CANCELING'), 'the dial timeout to cancel');
    const ringing = async () => (await Promise.all([stopped, left, stopCommitted].map(callsOf))).flat().filter((c) => c.status === 'RINGING').length;
    await waitUntil(async () => (await ringing()) === 4, '4 calls ringing');
    const stop = await updateCampaignStatus(deps, stopped.customerId, { id: stopped.campaignId, status: 'STOP', hangupActiveCalls: true });
    expect(stop).toMatchObject({ ok: true, value: { status: 'STOPPING' } });

    // The owner stops (as if it died: it writes nothing on the way out) with every request pending at its provider.
    await dialer.stop();
    await owner.stop();
    const pending = async (rows: CampaignRows) => (await callsOf(rows)).map((c) => [c.status, c.hangupRequestedReason]);
    expect(await pending(stopped)).toEqual([['CANCELING', 'CANCEL'], ['CANCELING', 'CANCEL']]);
    expect(await pending(timedOut)).toEqual([['CANCELING', 'DIALOUT']]);
    expect(await pending(left)).toEqual([['RINGING', null]]);
    // A STOP with hangupActiveCalls committed and its instance (here the owner) died before it requested the ends.
    await db.prisma.campaign.update({ where: { id: stopCommitted.campaignId }, data: { status: 'STOPPING', hangupActiveCalls: true, version: { increment: 1 } } });
    expect(await pending(stopCommitted)).toEqual([['RINGING', null]]);
    const asked = await callsOf(stopped);
    expect(asked.every((c) => hangupsAsked.has(c.id))).toBe(true);

    // Another instance, for which the owner's heartbeat has expired, reconciles.
    reconciler = createTelephony({ prisma: db.prisma, bus, logger, timeScale: SCALE, heartbeatMs: 600_000, instanceExpiryMs: 1, exclusive: false, provider: neverConfirming });
    expect(await reconciler.reconcile()).toBe(5);

    expect(await attemptsOf(stopped)).toEqual([
      { result: 'CANCELED_BY_OPERATOR', reason: 'CANCEL', by: 'LOCAL', target: 'IDLE/null', tries: 0 },
      { result: 'CANCELED_BY_OPERATOR', reason: 'CANCEL', by: 'LOCAL', target: 'IDLE/null', tries: 0 },
    ]);
    expect(await attemptsOf(timedOut)).toEqual([{ result: 'FAIL', reason: 'DIALOUT', by: 'LOCAL', target: 'DONE/EXHAUSTED', tries: 1 }]);
    expect(await attemptsOf(left)).toEqual([{ result: 'FAIL', reason: 'FAILED', by: 'LOCAL', target: 'DONE/EXHAUSTED', tries: 1 }]);
    expect(await attemptsOf(stopCommitted)).toEqual([{ result: 'CANCELED_BY_OPERATOR', reason: 'CANCEL', by: 'LOCAL', target: 'IDLE/null', tries: 0 }]);
  });
});
