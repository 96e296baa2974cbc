// The dialer against domain.md A3 on a real server and database, with the simulator's scripted outcomes:
// the fidelity test (every attempt of 200 targets equals what the outplan prescribes, and again with outcome
// rules: what the outplan and its rules prescribe), pacing, STOP while
// calls are in flight (with and without hanging them up), endHandle CONTINUE, nextCampaign, and targets
// no slot can dial.
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from './helpers/app.ts';
import {
  addTargets, createCampaignRows, maxConcurrency, mixedTargets, OUTCOME, prescribed, prescribedWithRules, REASON, runCampaign, scriptOf, waitForCampaign,
  type CampaignRows,
} from './helpers/campaign.ts';
import { updateOutplanOutcomeRules } from '../src/domain/outcome-rules.ts';
import { updateCampaignStatus } from '../src/domain/campaign-status.ts';
import { toSnapshot } from '../src/events/snapshot.ts';
import type { Database } from '../src/db/database.ts';

// 100x: a 5 s try interval is 50 ms, an 8 s dial timeout 80 ms, ringing 10 to 30 ms.
const SCALE = 100;
const t = useTestApp({ SIMULATOR_TIME_SCALE: String(SCALE), DIALER_POLL_MS: '500' });
let db: Database;

beforeAll(async () => {
  // The test's own client (on PostgreSQL a pool of its own, beside the server's; on the embedded database the same one).
  db = await t.database.open();
});
const deps = () => ({ prisma: db.prisma, bus: t.app.services.bus });

/** Attempts of a campaign with their calls, per target, in order. */
async function attemptsOf(campaignId: string) {
  const rows = await db.prisma.campaignCall.findMany({
    where: { campaignId },
    include: { call: true },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  const byTarget = new Map<string, typeof rows>();
  for (const r of rows) byTarget.set(r.outdialTargetId, [...(byTarget.get(r.outdialTargetId) ?? []), r]);
  return { rows, byTarget };
}

/** At every attempt's start, how many calls of the campaign were live (started and not hung up). */
describe('fidelity (A3)', () => {
  const MAX_TRY_COUNTS = [2, 1, 3, 0, 1];
  const TRY_INTERVAL = 5_000;
  const DIAL_TIMEOUT = 8_000;
  const MAX_CONCURRENT = 40;
  let rows: CampaignRows;
  let targets: string[][];

  beforeAll(async () => {
    targets = mixedTargets(200, 42);
    rows = await createCampaignRows(db, {
      targets, maxTryCounts: MAX_TRY_COUNTS, tryInterval: TRY_INTERVAL, dialTimeout: DIAL_TIMEOUT, maxConcurrentCalls: MAX_CONCURRENT,
    });
    await runCampaign(deps(), rows.customerId, rows.campaignId);
    await waitForCampaign(db, rows.campaignId, (c) => c.status === 'STOP', 120_000);
  }, 150_000);

  it('makes exactly the prescribed attempts for every target, slot by slot, and ends each target right', async () => {
    const { byTarget } = await attemptsOf(rows.campaignId);
    const finals = await db.prisma.outdialTarget.findMany({ where: { outdialId: rows.outdialId } });
    const finalOf = new Map(finals.map((f) => [f.id, f]));
    let attemptsSeen = 0;
    rows.targetIds.forEach((id, i) => {
      const want = prescribed(targets[i], MAX_TRY_COUNTS);
      const got = byTarget.get(id) ?? [];
      attemptsSeen += got.length;
      expect(got.map((a) => ({ slot: a.destinationIndex, tryCount: a.tryCount })), `target ${i}: ${targets[i].join(', ')}`).toEqual(want.attempts);
      const final = finalOf.get(id)!;
      expect({ status: final.status, result: final.result }, `target ${i}`).toEqual({ status: want.status, result: want.result });
      // Try counts on the target equal the attempts per slot.
      const perSlot = [0, 1, 2, 3, 4].map((s) => want.attempts.filter((a) => a.slot === s).length);
      expect([final.tryCount0, final.tryCount1, final.tryCount2, final.tryCount3, final.tryCount4]).toEqual(perSlot);
    });
    expect(attemptsSeen).toBeGreaterThan(400); // the outcome mix really exercised retries and later slots
  });

  it('records each attempt with its call: destination, outcome, result, and the dial timeout enforced', async () => {
    const { rows: attempts } = await attemptsOf(rows.campaignId);
    for (const a of attempts) {
      const destination = (a.destination as { target: string }).target;
      const script = scriptOf(destination);
      expect(a.call, 'every attempt has its call').not.toBeNull();
      const call = a.call!;
      expect((call.destination as { target: string }).target).toBe(destination);
      expect(call.status).toBe('HANGUP');
      expect(call.hangupReason, `${destination}`).toBe(REASON[script]);
      expect(call.ringTimeoutMs).toBe(DIAL_TIMEOUT);
      expect(a.status).toBe('DONE');
      expect(a.result).toBe(script === 'NORMAL' ? 'SUCCESS' : 'FAIL');
      if (script === 'DIALOUT') {
        // Rang for the outplan's dial timeout (scaled), then we gave up.
        expect(call.hangupAt!.getTime() - call.createdAt.getTime()).toBeGreaterThanOrEqual(DIAL_TIMEOUT / SCALE);
        expect(call.hangupBy).toBe('LOCAL');
      }
    }
  });

  it('never starts an attempt before the try interval has passed since the previous one ended', async () => {
    const { byTarget } = await attemptsOf(rows.campaignId);
    let retries = 0;
    for (const attempts of byTarget.values()) {
      for (let k = 1; k < attempts.length; k++) {
        const endedAt = attempts[k - 1].call!.hangupAt!.getTime();
        expect(attempts[k].call!.createdAt.getTime() - endedAt).toBeGreaterThanOrEqual(TRY_INTERVAL / SCALE);
        retries++;
      }
    }
    expect(retries).toBeGreaterThan(100);
  });

  it('keeps at most maxConcurrentCalls attempts in flight, and uses them', async () => {
    const { rows: attempts } = await attemptsOf(rows.campaignId);
    const max = maxConcurrency(attempts);
    expect(max).toBeLessThanOrEqual(MAX_CONCURRENT);
    expect(max).toBeGreaterThan(MAX_CONCURRENT / 2);
  });

  it("writes events whose snapshots are the rows as Prisma reads them (the dialer's statements build them in SQL)", async () => {
    const [calls, attempts, finals] = await Promise.all([
      db.prisma.call.findMany({ where: { campaignId: rows.campaignId } }),
      db.prisma.campaignCall.findMany({ where: { campaignId: rows.campaignId } }),
      db.prisma.outdialTarget.findMany({ where: { outdialId: rows.outdialId } }),
    ]);
    const latest = new Map<string, { version: number; kind: string; snapshot: unknown }>();
    for (const e of await db.prisma.event.findMany({ where: { entityType: { in: ['Call', 'CampaignCall', 'OutdialTarget'] } }, orderBy: { id: 'asc' } })) {
      latest.set(`${e.entityType}:${e.entityId}`, { version: e.version, kind: e.kind, snapshot: e.snapshot });
    }
    const checked = { Call: calls, CampaignCall: attempts, OutdialTarget: finals };
    for (const [entityType, list] of Object.entries(checked)) {
      for (const row of list) {
        const event = latest.get(`${entityType}:${row.id}`);
        expect(event, `${entityType} ${row.id} has events`).toBeDefined();
        expect(event!.version, `${entityType} ${row.id}: the last event is of the row's version`).toBe(row.version);
        expect(event!.snapshot, `${entityType} ${row.id}`).toEqual(toSnapshot(row));
      }
    }
    // Compared at their last versions, after status changes: every call ended, answered calls moved 3 times or
    // more, and targets were charged and ended more than once.
    expect(calls.every((c) => c.version >= 2)).toBe(true);
    expect(calls.some((c) => c.version >= 4)).toBe(true);
    expect(finals.some((f) => f.version >= 5)).toBe(true);
  });

  it('leaves nothing behind: no target PROGRESSING or IDLE, no attempt or call in flight', async () => {
    expect(await db.prisma.outdialTarget.count({ where: { outdialId: rows.outdialId, status: { not: 'DONE' } } })).toBe(0);
    expect(await db.prisma.campaignCall.count({ where: { campaignId: rows.campaignId, status: { not: 'DONE' } } })).toBe(0);
    expect(await db.prisma.call.count({ where: { campaignId: rows.campaignId, status: { not: 'HANGUP' } } })).toBe(0);
  });
});

describe('fidelity (A3) with outcome rules', () => {
  const MAX_TRY_COUNTS = [3, 2, 2, 1, 2];
  const TRY_INTERVAL = 5_000;
  const NO_ANSWER_RETRY = 2_000;
  const DIAL_TIMEOUT = 8_000;
  // Written here, independently of the implementation: FAILED has no rule (retried after tryInterval).
  const RULES = { BUSY: 'NEXT_DESTINATION', DECLINED: 'STOP_TARGET', MACHINE: 'STOP_TARGET', NO_ANSWER: 'RETRY' } as const;
  let rows: CampaignRows;
  let targets: string[][];

  beforeAll(async () => {
    targets = mixedTargets(200, 4242, 300, ['NORMAL', 'NORMAL', 'BUSY', 'BUSY', 'NOANSWER', 'FAILED', 'DIALOUT', 'AMD', 'DECLINED', 'DECLINED']);
    rows = await createCampaignRows(db, {
      name: 'fidelity-rules', targets, maxTryCounts: MAX_TRY_COUNTS, tryInterval: TRY_INTERVAL, dialTimeout: DIAL_TIMEOUT, maxConcurrentCalls: 40,
    });
    const set = await updateOutplanOutcomeRules(deps(), rows.customerId, {
      id: rows.outplanId,
      rules: [
        { outcome: 'BUSY', action: RULES.BUSY }, { outcome: 'DECLINED', action: RULES.DECLINED },
        { outcome: 'MACHINE', action: RULES.MACHINE }, { outcome: 'NO_ANSWER', action: RULES.NO_ANSWER, retryInterval: NO_ANSWER_RETRY },
      ],
    });
    expect(set.ok).toBe(true);
    await runCampaign(deps(), rows.customerId, rows.campaignId);
    await waitForCampaign(db, rows.campaignId, (c) => c.status === 'STOP', 120_000);
  }, 150_000);

  it('makes exactly the attempts the outplan and its rules prescribe for every target, with their outcomes, and ends each right', async () => {
    const { byTarget } = await attemptsOf(rows.campaignId);
    const finals = new Map((await db.prisma.outdialTarget.findMany({ where: { outdialId: rows.outdialId } })).map((f) => [f.id, f]));
    const results = new Map<string, number>();
    let attemptsSeen = 0;
    rows.targetIds.forEach((id, i) => {
      const want = prescribedWithRules(targets[i], MAX_TRY_COUNTS, RULES);
      const got = byTarget.get(id) ?? [];
      attemptsSeen += got.length;
      expect(got.map((a) => ({ slot: a.destinationIndex, tryCount: a.tryCount, outcome: a.outcome })), `target ${i}: ${targets[i].join(', ')}`).toEqual(want.attempts);
      for (const a of got) expect(a.call!.hangupReason).toBe(REASON[scriptOf((a.destination as { target: string }).target)]);
      const final = finals.get(id)!;
      expect({ status: final.status, result: final.result }, `target ${i}`).toEqual({ status: want.status, result: want.result });
      // Try counts are the tries made, whatever was given up.
      const perSlot = [0, 1, 2, 3, 4].map((s) => want.attempts.filter((a) => a.slot === s).length);
      expect([final.tryCount0, final.tryCount1, final.tryCount2, final.tryCount3, final.tryCount4]).toEqual(perSlot);
      results.set(want.result, (results.get(want.result) ?? 0) + 1);
    });
    expect(attemptsSeen).toBeGreaterThan(250);
    // Every rule was exercised: stopped targets, targets moved on past busy slots, answered and exhausted ones.
    expect(results.get('STOPPED')).toBeGreaterThan(20);
    expect(results.get('ANSWERED')).toBeGreaterThan(20);
    expect(results.get('EXHAUSTED')).toBeGreaterThan(5);
    const movedOn = rows.targetIds.filter((id) => (byTarget.get(id) ?? []).some((a, k, all) => OUTCOME[scriptOf((a.destination as { target: string }).target)] === 'BUSY'
      && a.tryCount < MAX_TRY_COUNTS[a.destinationIndex]! && all[k + 1]?.destinationIndex === a.destinationIndex + 1));
    expect(movedOn.length).toBeGreaterThan(10);
  });

  it('waits the rule\'s retryInterval after a NO_ANSWER and the outplan\'s tryInterval after any other outcome', async () => {
    const { byTarget } = await attemptsOf(rows.campaignId);
    let retries = 0;
    for (const attempts of byTarget.values()) {
      for (let k = 1; k < attempts.length; k++) {
        const previous = attempts[k - 1]!;
        const wait = previous.outcome === 'NO_ANSWER' ? NO_ANSWER_RETRY : TRY_INTERVAL;
        expect(attempts[k]!.call!.createdAt.getTime() - previous.call!.hangupAt!.getTime()).toBeGreaterThanOrEqual(wait / SCALE);
        retries++;
      }
    }
    expect(retries).toBeGreaterThan(50);
  });
});

describe('STOP while calls are in flight', () => {
  // Long calls: TALK of 300 characters is 18 s, 180 ms at 100x.
  const LONG_TALK = [{ type: 'TALK' as const, text: 'x'.repeat(300), language: 'en-US' }];

  it('goes STOPPING, lets the calls finish, then STOP; no attempt starts after the STOP', async () => {
    const rows = await createCampaignRows(db, {
      name: 'stop-finish', targets: Array.from({ length: 30 }, (_, i) => [`+1555${String(i).padStart(3, '0')}1234`]),
      maxTryCounts: [1], maxConcurrentCalls: 5, actions: LONG_TALK,
    });
    await runCampaign(deps(), rows.customerId, rows.campaignId);
    await waitUntil(async () => (await db.prisma.call.count({ where: { campaignId: rows.campaignId, status: 'PROGRESSING' } })) >= 3);
    const stopped = await updateCampaignStatus(deps(), rows.customerId, { id: rows.campaignId, status: 'STOP' });
    const stopAt = Date.now();
    expect(stopped.ok && stopped.value.status).toBe('STOPPING');
    await waitForCampaign(db, rows.campaignId, (c) => c.status === 'STOP');
    const attempts = await db.prisma.campaignCall.findMany({ where: { campaignId: rows.campaignId }, include: { call: true } });
    expect(attempts.length).toBeGreaterThanOrEqual(3);
    expect(attempts.length).toBeLessThan(30);
    for (const a of attempts) {
      expect(a.createdAt.getTime()).toBeLessThanOrEqual(stopAt);
      // They ran to the end: answered, talked, the callee hung up.
      expect(a.call!.hangupReason).toBe('NORMAL');
      expect(a.call!.hangupBy).toBe('REMOTE');
      expect(a.result).toBe('SUCCESS');
    }
    // A while later, still nothing new.
    await new Promise((r) => setTimeout(r, 300));
    expect(await db.prisma.campaignCall.count({ where: { campaignId: rows.campaignId } })).toBe(attempts.length);
    expect(await db.prisma.outdialTarget.count({ where: { outdialId: rows.outdialId, status: 'PROGRESSING' } })).toBe(0);
  });

  it('with hangupActiveCalls hangs the calls in flight up, and their targets go back to IDLE or DONE', async () => {
    const rows = await createCampaignRows(db, {
      name: 'stop-hangup', targets: Array.from({ length: 20 }, (_, i) => [`+1556${String(i).padStart(3, '0')}1234`]),
      maxTryCounts: [2], maxConcurrentCalls: 4, actions: [{ type: 'TALK', text: 'x'.repeat(5000), language: 'en-US' }],
    });
    await runCampaign(deps(), rows.customerId, rows.campaignId);
    await waitUntil(async () => (await db.prisma.call.count({ where: { campaignId: rows.campaignId, status: 'PROGRESSING' } })) >= 4);
    const stopped = await updateCampaignStatus(deps(), rows.customerId, { id: rows.campaignId, status: 'STOP', hangupActiveCalls: true });
    expect(stopped.ok && stopped.value.status).toBe('STOPPING');
    await waitForCampaign(db, rows.campaignId, (c) => c.status === 'STOP', 10_000);
    const attempts = await db.prisma.campaignCall.findMany({ where: { campaignId: rows.campaignId }, include: { call: true } });
    expect(attempts).toHaveLength(4);
    for (const a of attempts) {
      // Ended by us, long before the 5,000-character talk (300 s, 3 s scaled) could finish.
      expect(a.call!.hangupBy).toBe('LOCAL');
      expect(a.call!.hangupAt!.getTime() - a.call!.progressingAt!.getTime()).toBeLessThan(3_000);
      expect(a.status).toBe('DONE');
    }
    expect(await db.prisma.outdialTarget.count({ where: { outdialId: rows.outdialId, status: 'PROGRESSING' } })).toBe(0);
  });
});

describe('fidelity with an operator STOP (A3): a canceled attempt costs no try', () => {
  it('STOP with hangupActiveCalls records the unanswered attempts as CANCELED_BY_OPERATOR, gives their tries back, and the next RUN dials exactly the prescribed attempts', async () => {
    const MAX_TRY_COUNTS = [1, 1];
    // Slot 0 rings until the dial timeout (10 minutes, 6 s scaled: long enough to STOP while it rings), slot 1 answers.
    const targets = Array.from({ length: 10 }, (_, i) => [`+1557${String(i).padStart(3, '0')}0004`, `+1557${String(i).padStart(3, '0')}7777`]);
    const rows = await createCampaignRows(db, { name: 'operator-stop', targets, maxTryCounts: MAX_TRY_COUNTS, dialTimeout: 600_000, maxConcurrentCalls: 4 });
    await runCampaign(deps(), rows.customerId, rows.campaignId);
    await waitUntil(async () => (await db.prisma.call.count({ where: { campaignId: rows.campaignId, status: { in: ['DIALING', 'RINGING'] } } })) === 4);
    const stopped = await updateCampaignStatus(deps(), rows.customerId, { id: rows.campaignId, status: 'STOP', hangupActiveCalls: true });
    expect(stopped.ok && stopped.value.status).toBe('STOPPING');
    await waitForCampaign(db, rows.campaignId, (c) => c.status === 'STOP', 10_000);

    const canceled = await db.prisma.campaignCall.findMany({ where: { campaignId: rows.campaignId }, include: { call: true, outdialTarget: true } });
    expect(canceled).toHaveLength(4);
    for (const a of canceled) {
      // The attempt stays recorded, and says what happened; the call was never answered.
      expect({ status: a.status, result: a.result, slot: a.destinationIndex, tryCount: a.tryCount }).toEqual({ status: 'DONE', result: 'CANCELED_BY_OPERATOR', slot: 0, tryCount: 1 });
      expect({ reason: a.call!.hangupReason, by: a.call!.hangupBy, answered: a.call!.progressingAt }).toEqual({ reason: 'CANCEL', by: 'LOCAL', answered: null });
      // The try is given back: the target waits as if it had never been dialed on that slot.
      expect({ status: a.outdialTarget.status, result: a.outdialTarget.result, tries: [a.outdialTarget.tryCount0, a.outdialTarget.tryCount1] })
        .toEqual({ status: 'IDLE', result: null, tries: [0, 0] });
    }
    // The target's STATUS event carries the given-back try count (subscribers see the row as it is).
    const targetEvents = await db.prisma.event.findMany({ where: { entityId: canceled[0].outdialTargetId, kind: 'STATUS' }, orderBy: { version: 'desc' }, take: 1 });
    expect(targetEvents[0].snapshot).toMatchObject({ status: 'IDLE', tryCount0: 0 });

    // Run again, now with a short dial timeout, to the end: every target gets exactly what the outplan prescribes.
    await db.prisma.outplan.update({ where: { id: rows.outplanId }, data: { dialTimeout: 30_000 } });
    await runCampaign(deps(), rows.customerId, rows.campaignId);
    await waitForCampaign(db, rows.campaignId, (c) => c.status === 'STOP', 30_000);
    const { byTarget } = await attemptsOf(rows.campaignId);
    const canceledTargets = new Set(canceled.map((a) => a.outdialTargetId));
    rows.targetIds.forEach((id, i) => {
      const got = byTarget.get(id) ?? [];
      const counted = got.filter((a) => a.result !== 'CANCELED_BY_OPERATOR');
      expect(counted.map((a) => ({ slot: a.destinationIndex, tryCount: a.tryCount })), `target ${i}`).toEqual(prescribed(targets[i], MAX_TRY_COUNTS).attempts);
      expect(got.length - counted.length, `target ${i}`).toBe(canceledTargets.has(id) ? 1 : 0);
    });
    const finals = await db.prisma.outdialTarget.findMany({ where: { outdialId: rows.outdialId } });
    for (const f of finals) {
      expect({ status: f.status, result: f.result, tries: [f.tryCount0, f.tryCount1] }).toEqual({ status: 'DONE', result: 'ANSWERED', tries: [1, 1] });
    }
  });
});

describe('endHandle and nextCampaign', () => {
  it('CONTINUE keeps running when the list is done and dials targets added later', async () => {
    const rows = await createCampaignRows(db, {
      name: 'continue', targets: [['+15557000001'], ['+15557001234']], maxTryCounts: [1], endHandle: 'CONTINUE',
    });
    await runCampaign(deps(), rows.customerId, rows.campaignId);
    await waitUntil(async () => (await db.prisma.outdialTarget.count({ where: { outdialId: rows.outdialId, status: 'DONE' } })) === 2);
    await new Promise((r) => setTimeout(r, 100));
    expect((await db.prisma.campaign.findUniqueOrThrow({ where: { id: rows.campaignId } })).status).toBe('RUN');
    const added = await addTargets(db, rows.customerId, rows.outdialId, [['+15557002234'], ['+15557003234']]);
    await waitUntil(async () => (await db.prisma.outdialTarget.count({ where: { id: { in: added }, status: 'DONE', result: 'ANSWERED' } })) === 2);
    expect(await db.prisma.campaignCall.count({ where: { campaignId: rows.campaignId } })).toBe(4);
    await updateCampaignStatus(deps(), rows.customerId, { id: rows.campaignId, status: 'STOP' });
    await waitForCampaign(db, rows.campaignId, (c) => c.status === 'STOP');
  });

  it('STOP ends the campaign when the list is done, then starts its next campaign', async () => {
    const second = await createCampaignRows(db, { name: 'second', targets: [['+15558001234'], ['+15558002234']], maxTryCounts: [1] });
    const first = await createCampaignRows(db, {
      name: 'first', targets: [['+15558003234'], ['+15558000001']], maxTryCounts: [2], nextCampaignId: second.campaignId,
    });
    await runCampaign(deps(), first.customerId, first.campaignId);
    await waitForCampaign(db, first.campaignId, (c) => c.status === 'STOP');
    await waitUntil(async () => (await db.prisma.outdialTarget.count({ where: { outdialId: second.outdialId, status: 'DONE' } })) === 2);
    await waitForCampaign(db, second.campaignId, (c) => c.status === 'STOP');
    const firstEnded = (await db.prisma.campaignCall.findMany({ where: { campaignId: first.campaignId }, include: { call: true } }))
      .map((a) => a.call!.hangupAt!.getTime());
    const secondStarted = (await db.prisma.campaignCall.findMany({ where: { campaignId: second.campaignId } })).map((a) => a.createdAt.getTime());
    expect(firstEnded).toHaveLength(3); // one answered, one busy twice
    expect(secondStarted).toHaveLength(2);
    expect(Math.min(...secondStarted)).toBeGreaterThanOrEqual(Math.max(...firstEnded));
    // The second campaign went RUN once and STOP once; its status events say so.
    const statuses = await db.prisma.event.findMany({ where: { entityId: second.campaignId, kind: 'STATUS' }, orderBy: { version: 'asc' } });
    expect(statuses.map((e) => (e.snapshot as { status: string }).status)).toEqual(['RUN', 'STOP']);
  });

  it('marks targets that no slot can dial DONE/EXHAUSTED instead of leaving them IDLE, and finishes', async () => {
    // Slot 0 has no budget: a target with only slot 0 can never be dialed; one with slot 1 too is dialed there.
    const rows = await createCampaignRows(db, { name: 'undialable', targets: [['+15559001234'], ['+15559000001', '+15559002234']], maxTryCounts: [0, 1] });
    await runCampaign(deps(), rows.customerId, rows.campaignId);
    await waitForCampaign(db, rows.campaignId, (c) => c.status === 'STOP');
    const [only0, both] = await Promise.all(rows.targetIds.map((id) => db.prisma.outdialTarget.findUniqueOrThrow({ where: { id } })));
    expect({ status: only0.status, result: only0.result, tries: only0.tryCount0 }).toEqual({ status: 'DONE', result: 'EXHAUSTED', tries: 0 });
    expect({ status: both.status, result: both.result, tries: [both.tryCount0, both.tryCount1] }).toEqual({ status: 'DONE', result: 'ANSWERED', tries: [0, 1] });
  });
});

async function waitUntil(check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not reached');
    await new Promise((r) => setTimeout(r, 20));
  }
}
