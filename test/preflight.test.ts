// Campaign.preflight (issue 13): each target in exactly one bucket on a mixed campaign (done, in progress, do-not-call,
// contact limit, calling hours closed for a zone, retry interval, dialable); the round that follows dials exactly the
// dialableNow targets; nextDialableAt is the earliest end of a wait (a window's opening, a retry interval's end, a
// contact limit freeing up); the next opening of a window in SQL (midnight, DST, restricted dates, zones that never
// overlap); another customer's campaign reads as zero. The engine's clock is fixed (no sleeps), as in
// test/calling-hours.test.ts.
import { describe, expect, it } from 'vitest';
import { useClockedDialer, waitFor } from './helpers/clocked-dialer.ts';
import { address, createCampaignRows, runCampaign } from './helpers/campaign.ts';
import { graphql } from './gql/index.ts';
import { createOutdialTargets } from '../src/domain/outdial-target-bulk.ts';
import { updateCampaignDialingRules } from '../src/domain/campaign-dialing-rules.ts';
import { updateCampaignStatus } from '../src/domain/campaign-status.ts';
import { addDncEntries, createDncList } from '../src/domain/dnc.ts';
import { preflightByCampaign } from '../src/domain/campaign-preflight.ts';
import { checkCallingWindows, nextOpeningSql, type CallingWindowInput } from '../src/domain/calling-hours.ts';
import { encodeGlobalId } from '../src/graphql/global-id.ts';
import { Problems } from '../src/domain/errors.ts';

const SCALE = 100;
// The server's own dialer is off: this file's dialer runs the rounds, on a clock the test sets.
const { t, deps, round } = useClockedDialer(SCALE);

const EVERY_DAY: CallingWindowInput['days'] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const PREFLIGHT = graphql(`
  query CampaignPreflightForPreflightTest($id: ID!) {
    campaign(id: $id) {
      preflight { targetsTotal dialableNow waitingForRetryInterval outsideCallingHours suppressed overContactLimit done inProgress nextDialableAt }
    }
  }
`);

/** A hand call of the default customer to `number` at `at` (callCreate's row: no campaign). */
async function handCall(customerId: string, number: string, at: Date) {
  return t.db.prisma.call.create({ data: { customerId, source: address('+15550100000'), destination: address(number), status: 'HANGUP', hangupReason: 'NORMAL', createdAt: at } });
}

/** Targets of `outdialId` by name. */
async function byName(outdialId: string) {
  const rows = await t.db.prisma.outdialTarget.findMany({ where: { outdialId } });
  return Object.fromEntries(rows.map((r) => [r.name, r]));
}

describe('Campaign.preflight', () => {
  it('puts each target of a mixed campaign in one bucket, and the round dials exactly the dialableNow ones', async () => {
    const rows = await createCampaignRows(t.db, { name: 'mixed', targets: [], maxTryCounts: [2], tryInterval: HOUR, maxConcurrentCalls: 20, endHandle: 'STOP' });
    const specs: [string, string, string][] = [
      ['dialable-1', '+15550607777', 'America/New_York'], ['dialable-2', '+15550617777', 'America/New_York'], ['tokyo', '+15550627777', 'Asia/Tokyo'],
      ['listed', '+15550637777', 'America/New_York'], ['limited', '+15550647777', 'America/New_York'], ['retry', '+15550657777', 'America/New_York'],
      ['done', '+15550667777', 'America/New_York'], ['progressing', '+15550677777', 'America/New_York'],
    ];
    const created = await createOutdialTargets(deps(), rows.customerId, {
      outdialId: rows.outdialId, targets: specs.map(([name, number, timeZone]) => ({ name, destinations: [{ type: 'TEL', target: number }], timeZone })),
    });
    expect(created.ok).toBe(true);
    const list = await createDncList(deps(), rows.customerId, { name: 'preflight' });
    if (!list.ok) throw new Error(JSON.stringify(list.errors));
    expect((await addDncEntries(deps(), rows.customerId, { dncListId: list.value.id, addresses: ['+1 555 063 7777'] })).ok).toBe(true);
    const ruled = await updateCampaignDialingRules(deps(), rows.customerId, {
      id: rows.campaignId, callingWindows: [{ days: EVERY_DAY, start: '09:00', end: '17:00' }], contactLimit: { maxAttempts: 1, periodDays: 7 }, dncListIds: [list.value.id],
    });
    expect(ruled.ok, JSON.stringify(ruled)).toBe(true);
    const limitedCall = await handCall(rows.customerId, '+15550647777', new Date(Date.now() - HOUR));
    const targets = await byName(rows.outdialId);
    const endedAt = new Date();
    await t.db.prisma.outdialTarget.update({ where: { id: targets.retry.id }, data: { tryCount0: 1, lastAttemptAt: endedAt, lastAttemptEndedAt: endedAt } });
    await t.db.prisma.outdialTarget.update({ where: { id: targets.done.id }, data: { status: 'DONE', result: 'ANSWERED', tryCount0: 1 } });
    await t.db.prisma.outdialTarget.update({ where: { id: targets.progressing.id }, data: { status: 'PROGRESSING', tryCount0: 1, lastAttemptAt: endedAt } });
    await runCampaign(deps(), rows.customerId, rows.campaignId);

    // Monday 15:30 UTC: New York 10:30 (open), Tokyo 00:30 (closed).
    const at = new Date('2026-01-05T15:30:00Z');
    const preflight = async () => (await preflightByCampaign(t.db.prisma, rows.customerId, [rows.campaignId], { at, timeScale: SCALE }))[0];
    expect(await preflight()).toEqual({
      targetsTotal: 8, dialableNow: 2, waitingForRetryInterval: 1, outsideCallingHours: 1, suppressed: 1, overContactLimit: 1, done: 1, inProgress: 1,
      nextDialableAt: null,
    });
    // The field: the same, judged at the server's now.
    const field = await t.gql(PREFLIGHT, { id: encodeGlobalId('Campaign', rows.campaignId) });
    expect(field.errors).toBeUndefined();
    const [atNow] = await preflightByCampaign(t.db.prisma, rows.customerId, [rows.campaignId], { timeScale: SCALE });
    expect(field.data!.campaign!.preflight).toEqual({ ...atNow, nextDialableAt: atNow.nextDialableAt?.toISOString() ?? null });
    expect(atNow.targetsTotal).toBe(8);

    // The round at the same instant dials exactly the two dialable targets (and marks the listed one SUPPRESSED).
    await round(at.getTime());
    const attempts = await t.db.prisma.campaignCall.findMany({ where: { campaignId: rows.campaignId }, include: { outdialTarget: true } });
    expect(attempts.map((a) => a.outdialTarget.name).sort()).toEqual(['dialable-1', 'dialable-2']);
    expect((await byName(rows.outdialId)).listed).toMatchObject({ status: 'DONE', result: 'SUPPRESSED', tryCount0: 0 });
    await waitFor(async () => (await t.db.prisma.campaignCall.count({ where: { campaignId: rows.campaignId, status: { not: 'DONE' } } })) === 0);

    // None dialable now: the next is Tokyo's window at 09:00 local (00:00 UTC), before the retry interval's end
    // (36 s after the real now) and the contact limit's (7 days after the hand call), both later than 2026-01-06.
    expect(await preflight()).toEqual({
      targetsTotal: 8, dialableNow: 0, waitingForRetryInterval: 1, outsideCallingHours: 1, suppressed: 0, overContactLimit: 1, done: 4, inProgress: 1,
      nextDialableAt: new Date('2026-01-06T00:00:00Z'),
    });
    expect(limitedCall.createdAt.getTime()).toBeGreaterThan(Date.parse('2026-01-06'));
    await updateCampaignStatus(deps(), rows.customerId, { id: rows.campaignId, status: 'STOP' });
  });

  it('says when a retry interval ends or a contact limit frees up, whichever is first', async () => {
    const rows = await createCampaignRows(t.db, { name: 'next', targets: [['+15550707777'], ['+15550717777']], maxTryCounts: [2], tryInterval: HOUR });
    expect((await updateCampaignDialingRules(deps(), rows.customerId, { id: rows.campaignId, contactLimit: { maxAttempts: 2, periodDays: 3 } })).ok).toBe(true);
    const endedAt = new Date(Date.now() - 1_000);
    await t.db.prisma.outdialTarget.update({ where: { id: rows.targetIds[0] }, data: { tryCount0: 1, lastAttemptAt: endedAt, lastAttemptEndedAt: endedAt } });
    // Two calls to the second number in the period: the limit frees when the older leaves it.
    const older = await handCall(rows.customerId, '+15550717777', new Date(Date.now() - 2 * DAY));
    await handCall(rows.customerId, '+15550717777', new Date(Date.now() - DAY));
    const preflight = async () => (await preflightByCampaign(t.db.prisma, rows.customerId, [rows.campaignId], { timeScale: SCALE }))[0];
    // The try interval (an hour) divided by SIMULATOR_TIME_SCALE, from the attempt's end.
    expect(await preflight()).toMatchObject({ dialableNow: 0, waitingForRetryInterval: 1, overContactLimit: 1, nextDialableAt: new Date(endedAt.getTime() + HOUR / SCALE) });
    await t.db.prisma.outdialTarget.update({ where: { id: rows.targetIds[0] }, data: { status: 'DONE', result: 'ANSWERED' } });
    expect(await preflight()).toMatchObject({ dialableNow: 0, done: 1, overContactLimit: 1, nextDialableAt: new Date(older.createdAt.getTime() + 3 * DAY) });
    // Another customer asking for this campaign gets nothing of it.
    const other = await t.db.prisma.customer.create({ data: { name: `preflight-other-${Date.now()}` } });
    expect((await preflightByCampaign(t.db.prisma, other.id, [rows.campaignId], { timeScale: SCALE }))[0]).toEqual({
      targetsTotal: 0, dialableNow: 0, waitingForRetryInterval: 0, outsideCallingHours: 0, suppressed: 0, overContactLimit: 0, done: 0, inProgress: 0, nextDialableAt: null,
    });
  });
});

describe('the next opening of a calling window, in SQL', () => {
  async function nextOpening(windows: CallingWindowInput[], zones: string[], iso: string, restricted: string[] = []): Promise<string | null> {
    const stored = checkCallingWindows(windows, new Problems());
    const sql = nextOpeningSql({ zones: '$1::text[]', windows: '$2::jsonb', restrictedDates: '$3::text[]', at: '$4::timestamptz' });
    const [row] = await t.db.prisma.$queryRawUnsafe<{ at: Date | null }[]>(`SELECT ${sql} AS at`, zones, JSON.stringify(stored), restricted, iso);
    return row.at?.toISOString() ?? null;
  }

  it('finds the next window start, across midnight, a DST switch and restricted dates; none when zones never overlap', async () => {
    const weekdays: CallingWindowInput[] = [{ days: ['MONDAY', 'TUESDAY'], start: '09:00', end: '17:00' }];
    expect(await nextOpening(weekdays, ['UTC'], '2026-01-05T17:30:00Z')).toBe('2026-01-06T09:00:00.000Z');
    expect(await nextOpening(weekdays, ['UTC'], '2026-01-06T17:30:00Z')).toBe('2026-01-12T09:00:00.000Z');
    // Friday 20:00 to Saturday 02:00: from Saturday 03:00, the next Friday evening.
    expect(await nextOpening([{ days: ['FRIDAY'], start: '20:00', end: '02:00' }], ['UTC'], '2026-01-10T03:00:00Z')).toBe('2026-01-16T20:00:00.000Z');
    // New York on 2026-03-08 (clocks forward at 02:00): 08:00 EDT is 12:00 UTC.
    expect(await nextOpening([{ days: EVERY_DAY, start: '08:00', end: '21:00' }], ['America/New_York'], '2026-03-08T05:00:00Z')).toBe('2026-03-08T12:00:00.000Z');
    // Any time but a restricted date: its end, the next local midnight.
    expect(await nextOpening([], ['UTC'], '2026-12-25T10:00:00Z', ['2026-12-25'])).toBe('2026-12-26T00:00:00.000Z');
    // Two zones must both be open: New York's 09-17 and Tokyo's 09-17 never overlap.
    expect(await nextOpening([{ days: EVERY_DAY, start: '09:00', end: '17:00' }], ['America/New_York', 'Asia/Tokyo'], '2026-01-05T10:00:00Z')).toBeNull();
  });
});
