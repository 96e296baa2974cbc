// The contact limit (issue 13) enforced by the dialer at dial time: at most maxAttempts calls to one address in
// any periodDays days across all the customer's campaigns (hand calls counted too, another customer's not). A
// target over it waits, IDLE with its tries, and is dialed once the period frees up (the engine's clock is fixed
// and moved, no sleeps); its campaign keeps running meanwhile. Then two instances racing two campaigns of one
// customer over the same addresses (PostgreSQL only: the embedded database is one instance).
import { describe, expect, it } from 'vitest';
import { twoTestApps } from './helpers/app.ts';
import { useClockedDialer, waitFor } from './helpers/clocked-dialer.ts';
import { addTargets, address, createCampaignRows, runCampaign, type CampaignRows } from './helpers/campaign.ts';
import { onPostgres } from './helpers/db.ts';
import { updateCampaignDialingRules } from '../src/domain/campaign-dialing-rules.ts';
import { updateCampaignStatus } from '../src/domain/campaign-status.ts';

const SCALE = 100;
const DAY = 86_400_000;
// The server's own dialer is off: this file's dialer runs the rounds, on a clock the test sets.
const { t, deps, round } = useClockedDialer(SCALE);

/** A running campaign over `numbers` (one target each; 7777 answers) with a contact limit of `limit`. */
async function limitedCampaign(name: string, numbers: string[], limit: { maxAttempts: number; periodDays: number } | null) {
  const rows = await createCampaignRows(t.db, { name, targets: numbers.map((n) => [n]), maxTryCounts: [3], maxConcurrentCalls: 20, endHandle: 'STOP' });
  const ruled = await updateCampaignDialingRules(deps(), rows.customerId, { id: rows.campaignId, contactLimit: limit });
  expect(ruled.ok, JSON.stringify(ruled)).toBe(true);
  await runCampaign(deps(), rows.customerId, rows.campaignId);
  return rows;
}

/** Runs one round at `at` (ms), waits for its calls to end, and answers the destinations of the calls it placed. */
async function roundAt(at: number): Promise<string[]> {
  const before = new Set((await t.db.prisma.call.findMany({ select: { id: true } })).map((c) => c.id));
  await round(at);
  await waitFor(async () => (await t.db.prisma.outdialTarget.count({ where: { status: 'PROGRESSING' } })) === 0);
  const calls = await t.db.prisma.call.findMany({ orderBy: { createdAt: 'asc' } });
  return calls.filter((c) => !before.has(c.id)).map((c) => (c.destination as { target: string }).target);
}

async function stop(rows: CampaignRows) {
  await updateCampaignStatus(deps(), rows.customerId, { id: rows.campaignId, status: 'STOP' });
}

const targetsOf = (rows: CampaignRows) =>
  t.db.prisma.outdialTarget.findMany({ where: { outdialId: rows.outdialId }, orderBy: { createdAt: 'asc' }, select: { status: true, tryCount0: true, result: true } });

describe('the contact limit, across the customer\'s campaigns', () => {
  it('makes a second campaign\'s target wait, IDLE with its tries, until the period frees up, and keeps that campaign running', async () => {
    const start = Date.now();
    const first = await limitedCampaign('first', ['+15550207777'], { maxAttempts: 1, periodDays: 1 });
    expect(await roundAt(start)).toEqual(['+15550207777']);
    await stop(first);

    // Another campaign of the same customer, the same number; its own limit: 1 in any day.
    const second = await limitedCampaign('second', ['+15550207777', '+15550217777'], { maxAttempts: 1, periodDays: 1 });
    expect(await roundAt(start + 60_000)).toEqual(['+15550217777']);
    expect(await roundAt(start + 120_000)).toEqual([]);
    expect(await targetsOf(second)).toEqual([
      { status: 'IDLE', tryCount0: 0, result: null },
      { status: 'DONE', tryCount0: 1, result: 'ANSWERED' },
    ]);
    // endHandle STOP does not stop a campaign whose remaining target waits for the limit.
    expect((await t.db.prisma.campaign.findUniqueOrThrow({ where: { id: second.campaignId } })).status).toBe('RUN');

    // A day after the first call (the engine's clock): the period no longer holds it.
    expect(await roundAt(start + DAY + 60_000)).toEqual(['+15550207777']);
    expect((await targetsOf(second))[0]).toEqual({ status: 'DONE', tryCount0: 1, result: 'ANSWERED' });
    await roundAt(start + DAY + 120_000);
    expect((await t.db.prisma.campaign.findUniqueOrThrow({ where: { id: second.campaignId } })).status).toBe('STOP');
  });

  it('counts calls placed by hand, and not another customer\'s calls to the same number', async () => {
    const start = Date.now();
    const customerId = (await t.db.prisma.customer.findUniqueOrThrow({ where: { name: 'default' } })).id;
    const other = await t.db.prisma.customer.create({ data: { name: `other-${start}` } });
    // Another customer called +15550227777 twice; this customer called +15550237777 by hand (callCreate's row: no campaign).
    for (const [owner, number] of [[other.id, '+15550227777'], [other.id, '+15550227777'], [customerId, '+15550237777']]) {
      await t.db.prisma.call.create({ data: { customerId: owner, source: address('+15550100000'), destination: address(number), status: 'HANGUP', hangupReason: 'NORMAL' } });
    }
    const rows = await limitedCampaign('hand', ['+15550227777', '+15550237777'], { maxAttempts: 1, periodDays: 7 });
    expect(await roundAt(start)).toEqual(['+15550227777']);
    expect(await targetsOf(rows)).toEqual([{ status: 'DONE', tryCount0: 1, result: 'ANSWERED' }, { status: 'IDLE', tryCount0: 0, result: null }]);
    await stop(rows);
  });

  it('shares what an address may still get between the targets of one round that dial it (a SIP address)', async () => {
    const start = Date.now();
    // Three targets, one number (the outdial allows duplicates here): a limit of 2 lets two of them through.
    const rows = await limitedCampaign('dupes', ['u0247777@sip.example.com', 'u0247777@sip.example.com', 'u0247777@sip.example.com'], { maxAttempts: 2, periodDays: 1 });
    expect(await roundAt(start)).toEqual(['u0247777@sip.example.com', 'u0247777@sip.example.com']);
    expect(await roundAt(start + 60_000)).toEqual([]);
    expect((await targetsOf(rows)).filter((x) => x.status === 'IDLE')).toHaveLength(1);
    await stop(rows);
  });

  it('without a limit, dials as before', async () => {
    const start = Date.now();
    const rows = await limitedCampaign('unlimited', ['+15550207777', '+15550217777'], null);
    expect((await roundAt(start)).sort()).toEqual(['+15550207777', '+15550217777']);
    await stop(rows);
  });

  // PostgreSQL only: on the embedded database (one connection) the held lock would hold the round too.
  it.skipIf(!onPostgres)('takes the customer\'s lock only for a limited campaign: while it is held, an unlimited one still dials', async () => {
    const start = Date.now();
    const unlimited = await limitedCampaign('lock free', ['+15550257777'], null);
    const limited = await limitedCampaign('lock bound', ['+15550267777'], { maxAttempts: 1, periodDays: 1 });
    // Another round of the customer holds its row (as a limited round on another instance would).
    await t.db.prisma.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM customer WHERE id = ${unlimited.customerId}::uuid FOR NO KEY UPDATE`;
      expect(await roundAt(start)).toEqual(['+15550257777']);
    });
    // Released: the limited campaign's round takes it now.
    expect(await roundAt(start + 1_000)).toEqual(['+15550267777']);
    await stop(unlimited);
    await stop(limited);
  });
});

describe.skipIf(!onPostgres)('two instances, two campaigns of one customer, the same addresses at the same moment', () => {
  const apps = twoTestApps();

  it('never dial one address more than the limit allows', async () => {
    const env = { SIMULATOR_TIME_SCALE: '50', DIALER_POLL_MS: '100', HEARTBEAT_MS: '500', INSTANCE_EXPIRY_MS: '5000' };
    const { a, b } = await apps.start(t.database, env);
    // 150 addresses, each a target of both campaigns, busy (0001) so each target would be retried up to 3 times; a
    // round of 150 calls takes long enough that the other instance's round of the other campaign overlaps it.
    const numbers = Array.from({ length: 150 }, (_, i) => `+1555${String(300 + i).padStart(3, '0')}0001`);
    const campaigns: CampaignRows[] = [];
    for (const name of ['race-a', 'race-b']) {
      const rows = await createCampaignRows(t.db, { name, targets: [], maxTryCounts: [3], maxConcurrentCalls: 150, endHandle: 'STOP' });
      await addTargets(t.db, rows.customerId, rows.outdialId, numbers.map((n) => [n]));
      expect((await updateCampaignDialingRules(deps(), rows.customerId, { id: rows.campaignId, contactLimit: { maxAttempts: 1, periodDays: 1 } })).ok).toBe(true);
      campaigns.push(rows);
    }
    // Both RUN in one statement, both instances woken at once.
    await t.db.prisma.campaign.updateMany({ where: { id: { in: campaigns.map((c) => c.campaignId) } }, data: { status: 'RUN', version: { increment: 1 } } });
    a.app.services.dialer.wake();
    b.app.services.dialer.wake();

    // Every address gets its one call (of the six its two busy targets could have), then nothing more is dialed.
    const perAddress = async () => {
      const calls = await t.db.prisma.call.findMany({ where: { campaignId: { in: campaigns.map((c) => c.campaignId) } }, select: { destination: true } });
      const counts = new Map<string, number>();
      for (const c of calls) counts.set((c.destination as { target: string }).target, (counts.get((c.destination as { target: string }).target) ?? 0) + 1);
      return { counts };
    };
    await waitFor(async () => [...(await perAddress()).counts.values()].filter((n) => n >= 1).length === numbers.length, 60_000);
    // More rounds on both instances, with every call ended: still nothing beyond the limit.
    await waitFor(async () => (await t.db.prisma.call.count({ where: { status: { not: 'HANGUP' }, campaignId: { in: campaigns.map((c) => c.campaignId) } } })) === 0, 30_000);
    const rounds = a.app.services.dialer.stats.rounds + b.app.services.dialer.stats.rounds;
    await waitFor(async () => a.app.services.dialer.stats.rounds + b.app.services.dialer.stats.rounds >= rounds + 10, 30_000);
    const { counts } = await perAddress();
    expect(counts.size).toBe(numbers.length);
    for (const [number, n] of counts) expect(n, number).toBe(1);
    for (const c of campaigns) await updateCampaignStatus(deps(), c.customerId, { id: c.campaignId, status: 'STOP' });
  });
});
