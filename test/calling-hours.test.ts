// Calling hours (issue 13) enforced by the dialer at dial time, in each target's own zone, with the engine's
// clock fixed (no sleeps, no dependence on when the test runs): only targets whose window is open are dialed,
// the others keep their tries and are dialed when the clock reaches their window, and the campaign keeps
// running meanwhile. Then the one SQL definition of "open" (src/domain/calling-hours.ts) over a window across
// midnight, a DST switch day and restricted dates, on the database itself.
import { describe, expect, it } from 'vitest';
import { useClockedDialer, waitFor } from './helpers/clocked-dialer.ts';
import { createCampaignRows, runCampaign, waitForCampaign } from './helpers/campaign.ts';
import { createOutdialTargets } from '../src/domain/outdial-target-bulk.ts';
import { updateCampaignDialingRules, type DialingRulesInput } from '../src/domain/campaign-dialing-rules.ts';
import { updateCampaignStatus } from '../src/domain/campaign-status.ts';
import { progressByCampaign } from '../src/domain/campaign-progress.ts';
import { callingHoursOpenSql, checkCallingWindows, type CallingWindowInput } from '../src/domain/calling-hours.ts';
import { Problems } from '../src/domain/errors.ts';

const SCALE = 100;
// The server's own dialer is off: this file's dialer runs the rounds, on a clock the test sets.
const { t, deps, round } = useClockedDialer(SCALE);

const EVERY_DAY: CallingWindowInput['days'] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

interface TargetSpec {
  name: string;
  /** Ends in 7777: the simulator answers it. E.164 (TEL) or user@host (SIP). */
  number: string;
  timeZone?: string;
}

/** A campaign over `targets` with `rules`, running; `roundAt` runs one round at that instant and answers who was dialed. */
async function scenario(rules: Omit<DialingRulesInput, 'id'>, targets: TargetSpec[]) {
  const rows = await createCampaignRows(t.db, { targets: [], maxTryCounts: [2], maxConcurrentCalls: 10, endHandle: 'STOP' });
  const created = await createOutdialTargets(deps(), rows.customerId, {
    outdialId: rows.outdialId,
    targets: targets.map((s) => ({ name: s.name, destinations: [{ type: s.number.includes('@') ? 'SIP' : 'TEL', target: s.number }], timeZone: s.timeZone })),
  });
  expect(created).toEqual({ ok: true, value: { createdCount: targets.length, skippedCount: 0 } });
  const ruled = await updateCampaignDialingRules(deps(), rows.customerId, { id: rows.campaignId, ...rules });
  expect(ruled.ok, JSON.stringify(ruled)).toBe(true);
  await runCampaign(deps(), rows.customerId, rows.campaignId);
  const targetsNow = () => t.db.prisma.outdialTarget.findMany({ where: { outdialId: rows.outdialId }, orderBy: { createdAt: 'asc' } });
  const dialedNames = async () => {
    const attempts = await t.db.prisma.campaignCall.findMany({ where: { campaignId: rows.campaignId }, include: { outdialTarget: true } });
    return attempts.map((a) => a.outdialTarget.name).sort();
  };
  return {
    ...rows,
    targetsNow,
    /** Runs a round at `iso`, waits for the calls it placed to end, and answers the names dialed in it. */
    async roundAt(iso: string): Promise<string[]> {
      const before = await dialedNames();
      await round(Date.parse(iso));
      await waitFor(async () => (await targetsNow()).every((x) => x.status !== 'PROGRESSING'));
      const after = await dialedNames();
      for (const name of before) after.splice(after.indexOf(name), 1);
      return after;
    },
    async stop() {
      await updateCampaignStatus(deps(), rows.customerId, { id: rows.campaignId, status: 'STOP' });
      await waitForCampaign(t.db, rows.campaignId, (c) => c.status === 'STOP');
    },
  };
}

describe('the dialer keeps to calling hours in each target\'s zone', () => {
  it('dials only the targets whose window is open; the others wait with their tries and are dialed when theirs opens', async () => {
    const s = await scenario({ callingWindows: [{ days: EVERY_DAY, start: '09:00', end: '17:00' }] }, [
      { name: 'new-york', number: '+15550107777', timeZone: 'America/New_York' },
      { name: 'tokyo', number: '+15550117777', timeZone: 'Asia/Tokyo' },
      // +1 208 300: Google's map gives America/Boise and America/Los_Angeles; both must be open.
      { name: 'idaho', number: '+12083007777' },
    ]);
    const zones = Object.fromEntries((await s.targetsNow()).map((x) => [x.name, x.timeZones]));
    expect(zones.idaho).toEqual(['America/Boise', 'America/Los_Angeles']);

    // Monday 15:30 UTC: New York 10:30 (open), Tokyo 00:30 (closed), Boise 08:30 and Los Angeles 07:30 (closed).
    const progress = async (iso: string) => (await progressByCampaign(t.db.prisma, s.customerId, [s.campaignId], new Date(iso)))[0];
    expect((await progress('2026-01-05T15:30:00Z')).targetsOutsideCallingHours).toBe(2);
    expect(await s.roundAt('2026-01-05T15:30:00Z')).toEqual(['new-york']);
    // Nothing else at the same instant; the campaign keeps running (endHandle STOP) for the targets that wait.
    expect(await s.roundAt('2026-01-05T15:31:00Z')).toEqual([]);
    const waiting = await s.targetsNow();
    expect(waiting.map((x) => [x.name, x.status, x.tryCount0])).toEqual([['new-york', 'DONE', 1], ['tokyo', 'IDLE', 0], ['idaho', 'IDLE', 0]]);
    expect((await t.db.prisma.campaign.findUniqueOrThrow({ where: { id: s.campaignId } })).status).toBe('RUN');
    expect((await progress('2026-01-05T15:31:00Z')).targetsOutsideCallingHours).toBe(2);

    // 16:30 UTC: Boise 09:30, Los Angeles 08:30: still closed in one of its zones.
    expect(await s.roundAt('2026-01-05T16:30:00Z')).toEqual([]);
    // 17:30 UTC: Boise 10:30, Los Angeles 09:30: open in both.
    expect(await s.roundAt('2026-01-05T17:30:00Z')).toEqual(['idaho']);
    // Tuesday 01:00 UTC: Tokyo 10:00.
    expect(await s.roundAt('2026-01-06T01:00:00Z')).toEqual(['tokyo']);
    expect((await s.targetsNow()).map((x) => [x.name, x.status, x.result, x.tryCount0])).toEqual([
      ['new-york', 'DONE', 'ANSWERED', 1], ['tokyo', 'DONE', 'ANSWERED', 1], ['idaho', 'DONE', 'ANSWERED', 1],
    ]);
    // Nothing left: the next round finishes the campaign.
    await s.roundAt('2026-01-06T01:01:00Z');
    expect((await t.db.prisma.campaign.findUniqueOrThrow({ where: { id: s.campaignId } })).status).toBe('STOP');
  });

  it('a window across midnight runs until its end on the next day', async () => {
    const s = await scenario({ callingWindows: [{ days: ['MONDAY'], start: '22:00', end: '02:00' }], defaultTimeZone: 'Europe/Berlin' }, [
      // +49: Germany, one zone in the map.
      { name: 'berlin-number', number: '+493012347777' },
      // No TEL number: the campaign's defaultTimeZone.
      { name: 'berlin-sip', number: 'u7777@sip.example.com' },
    ]);
    expect((await s.targetsNow()).map((x) => x.timeZones)).toEqual([['Europe/Berlin'], []]);
    // Monday 21:30 Berlin (20:30 UTC in winter): before the window.
    expect(await s.roundAt('2026-01-05T20:30:00Z')).toEqual([]);
    // Tuesday 01:30 Berlin: still Monday's window.
    expect(await s.roundAt('2026-01-06T00:30:00Z')).toEqual(['berlin-number', 'berlin-sip']);
    await s.stop();
  });

  it('judges a DST switch day by the zone\'s offset that day (America/New_York, 2026-03-08)', async () => {
    const s = await scenario({ callingWindows: [{ days: EVERY_DAY, start: '08:00', end: '21:00' }] }, [
      { name: 'dst', number: '+15550307777', timeZone: 'America/New_York' },
    ]);
    // Saturday 12:30 UTC is 07:30 EST: closed.
    expect(await s.roundAt('2026-03-07T12:30:00Z')).toEqual([]);
    // Sunday 12:30 UTC is 08:30 EDT (the clocks went forward at 02:00): open; at EST it would still be 07:30.
    expect(await s.roundAt('2026-03-08T12:30:00Z')).toEqual(['dst']);
    await s.stop();
  });

  it('does not dial on a restricted local date, and dials once the local date has passed', async () => {
    const s = await scenario({ restrictedDates: ['2026-12-25'] }, [
      { name: 'christmas', number: '+15550407777', timeZone: 'America/Los_Angeles' },
    ]);
    // 2026-12-26 05:00 UTC is still December 25 (21:00) in Los Angeles.
    expect(await s.roundAt('2026-12-26T05:00:00Z')).toEqual([]);
    expect(await s.roundAt('2026-12-26T08:00:00Z')).toEqual(['christmas']);
    await s.stop();
  });
});

describe('the calling hours test in SQL', () => {
  /** Whether `zones` are all open at `iso` under `windows` and `restricted`, as the database judges it. */
  async function open(windows: CallingWindowInput[], zones: string[], iso: string, restricted: string[] = []): Promise<boolean> {
    const stored = checkCallingWindows(windows, new Problems());
    const sql = callingHoursOpenSql({ zones: '$1::text[]', windows: '$2::jsonb', restrictedDates: '$3::text[]', at: '$4::timestamptz' });
    const [row] = await t.db.prisma.$queryRawUnsafe<{ open: boolean }[]>(`SELECT ${sql} AS open`, zones, JSON.stringify(stored), restricted, iso);
    return row.open;
  }

  it('opens a window from start (inclusive) to end (exclusive) on its days only', async () => {
    const w: CallingWindowInput[] = [{ days: ['MONDAY'], start: '09:00', end: '17:00' }];
    expect(await open(w, ['UTC'], '2026-01-05T08:59:59Z')).toBe(false);
    expect(await open(w, ['UTC'], '2026-01-05T09:00:00Z')).toBe(true);
    expect(await open(w, ['UTC'], '2026-01-05T16:59:59Z')).toBe(true);
    expect(await open(w, ['UTC'], '2026-01-05T17:00:00Z')).toBe(false);
    expect(await open(w, ['UTC'], '2026-01-06T10:00:00Z')).toBe(false); // Tuesday
    expect(await open([], ['UTC'], '2026-01-06T03:00:00Z')).toBe(true); // no windows: any time
  });

  it('runs a window whose end is at or before its start into the next day, from the listed day only', async () => {
    const w: CallingWindowInput[] = [{ days: ['FRIDAY'], start: '20:00', end: '02:00' }];
    expect(await open(w, ['UTC'], '2026-01-09T19:59:00Z')).toBe(false); // Friday before
    expect(await open(w, ['UTC'], '2026-01-09T23:00:00Z')).toBe(true); // Friday night
    expect(await open(w, ['UTC'], '2026-01-10T01:59:00Z')).toBe(true); // Saturday early: Friday's window
    expect(await open(w, ['UTC'], '2026-01-10T02:00:00Z')).toBe(false);
    expect(await open(w, ['UTC'], '2026-01-10T21:00:00Z')).toBe(false); // Saturday night is not listed
    expect(await open(w, ['UTC'], '2026-01-09T01:00:00Z')).toBe(false); // Friday early: Thursday is not listed
    // start = end: the 24 hours from start.
    expect(await open([{ days: ['FRIDAY'], start: '00:00', end: '00:00' }], ['UTC'], '2026-01-09T23:59:00Z')).toBe(true);
  });

  it('follows DST both ways in America/New_York (2026-03-08 and 2026-11-01)', async () => {
    const w: CallingWindowInput[] = [{ days: EVERY_DAY, start: '08:00', end: '21:00' }];
    expect(await open(w, ['America/New_York'], '2026-03-08T12:00:00Z')).toBe(true); // 08:00 EDT
    expect(await open(w, ['America/New_York'], '2026-03-08T11:59:00Z')).toBe(false);
    expect(await open(w, ['America/New_York'], '2026-11-01T12:30:00Z')).toBe(false); // 07:30 EST (clocks went back)
    expect(await open(w, ['America/New_York'], '2026-11-01T13:00:00Z')).toBe(true);
    expect(await open(w, ['America/New_York'], '2026-11-02T01:59:00Z')).toBe(true); // 20:59 EST
    expect(await open(w, ['America/New_York'], '2026-11-02T02:00:00Z')).toBe(false);
  });

  it('needs every zone open, and no restricted local date in any of them', async () => {
    const w: CallingWindowInput[] = [{ days: EVERY_DAY, start: '08:00', end: '21:00' }];
    expect(await open(w, ['America/Boise', 'America/Los_Angeles'], '2026-01-05T15:30:00Z')).toBe(false);
    expect(await open(w, ['America/Boise', 'America/Los_Angeles'], '2026-01-05T16:30:00Z')).toBe(true);
    expect(await open([], ['Pacific/Auckland', 'UTC'], '2026-01-04T10:59:59Z', ['2026-01-05'])).toBe(true);
    expect(await open([], ['Pacific/Auckland', 'UTC'], '2026-01-04T11:00:00Z', ['2026-01-05'])).toBe(false); // Auckland's (UTC+13) Jan 5 began
  });
});
