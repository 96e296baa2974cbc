// The SQL forms of the slot rules (src/dialer/rules-sql.ts) against their JavaScript originals
// (src/dialer/rules.ts), evaluated by the database over thousands of combinations of slots in use, try
// counts and budgets (budget arrays shorter than five included), so neither can change alone.
import { describe, expect, it } from 'vitest';
import { Prisma } from '../src/generated/prisma/client.ts';
import { useTestDatabase } from './helpers/db.ts';
import {
  chooseSlot, givenUpAfterAttempt, OUTCOME_ACTIONS, retryWaitAfterAttempt, retryWaitElapsed, SLOTS, targetAfterAttempt, tryCountsAfterAttempt,
  type AttemptResult, type OutcomeRule,
} from '../src/domain/attempt-rules.ts';
import {
  budgetsOfArray, budgetsOfNumbers, chosenSlotSql, hasTriesLeftSql, retryDueAtSql, retryWaitElapsedSql, targetAfterAttemptSql, tryCountsAfterAttemptSql,
} from '../src/domain/attempt-rules-sql.ts';

const file = useTestDatabase();

interface Case {
  n: number;
  inUse: boolean[];
  tryCounts: number[];
  budgets: number[];
  success: boolean;
  /** The attempt was canceled by the operator (its try given back); never with success. */
  canceled: boolean;
  /** The slot the attempt dialed. */
  dialed: number;
}

/** Deterministic cases: every slot pattern, random try counts and budgets (a fixed-seed LCG). */
function cases(count: number): Case[] {
  let seed = 7;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return (seed >>> 16) % n; // the high bits: an LCG's low bits repeat with a short period
  };
  return Array.from({ length: count }, (_, n) => ({
    n,
    inUse: Array.from({ length: SLOTS }, (_, slot) => ((n % 32) >> slot) % 2 === 1),
    tryCounts: Array.from({ length: SLOTS }, () => next(4)),
    budgets: Array.from({ length: next(SLOTS + 1) }, () => next(4)),
    success: n % 3 === 0 && next(4) === 0,
    canceled: n % 3 === 1,
    dialed: next(SLOTS),
  }));
}

describe('rules in SQL', () => {
  it('skip barred slots (do-not-call) and given-up slots (NEXT_DESTINATION) exactly as chooseSlot does', async () => {
    const all = cases(2_000).map((c) => ({ ...c, barred: Array.from({ length: SLOTS }, (_, slot) => ((c.n * 7 + slot * 3) % 5) < 2) }));
    const input = all.map((c) => ({
      n: c.n, budgets: c.budgets, barred: c.barred, given_up_slots: c.n % 4 === 0 ? (c.n * 3) % 32 : 0,
      ...Object.fromEntries(c.inUse.map((used, slot) => [`destination_${slot}`, used ? { type: 'TEL', target: `+1555000000${slot}` } : null])),
      ...Object.fromEntries(c.tryCounts.map((tries, slot) => [`try_count_${slot}`, tries])),
    }));
    const columns = Array.from({ length: SLOTS }, (_, slot) => `destination_${slot} jsonb, try_count_${slot} int`).join(', ') + ', given_up_slots int';
    const slotSql = chosenSlotSql('t', budgetsOfArray('t.budgets'), (slot) => `t.barred[${slot + 1}]`);
    const rows = await file.db.prisma.$queryRaw<{ n: number; slot: number | null }[]>`
      SELECT t.n, ${Prisma.raw(slotSql)} AS slot
      FROM jsonb_to_recordset(${JSON.stringify(input)}::jsonb) AS t(n int, budgets int[], barred boolean[], ${Prisma.raw(columns)})
      ORDER BY t.n`;
    let skipped = 0;
    for (const c of all) {
      const givenUpSlots = c.n % 4 === 0 ? (c.n * 3) % 32 : 0; // some given up by NEXT_DESTINATION as well
      const slot = chooseSlot({ inUse: c.inUse, tryCounts: c.tryCounts, givenUpSlots }, c.budgets, c.barred);
      expect(rows[c.n]!.slot, JSON.stringify(c)).toBe(slot);
      if (slot !== chooseSlot({ inUse: c.inUse, tryCounts: c.tryCounts, givenUpSlots }, c.budgets)) skipped++;
    }
    expect(skipped).toBeGreaterThan(200); // barring really moved the choice, to a later slot or to none
  });

  it('choose the same slot, see the same tries left, and end an attempt the same way as rules.ts', async () => {
    const all = cases(4_000);
    const input = all.map((c) => ({
      n: c.n, budgets: c.budgets, success: c.success, canceled: c.canceled, dialed: c.dialed,
      ...Object.fromEntries(c.inUse.map((used, slot) => [`destination_${slot}`, used ? { type: 'TEL', target: `+1555000000${slot}` } : null])),
      ...Object.fromEntries(c.tryCounts.map((tries, slot) => [`try_count_${slot}`, tries])),
      given_up_slots: 0,
    }));
    const budgets = budgetsOfArray('t.budgets');
    const after = tryCountsAfterAttemptSql('t', 't.canceled', 't.dialed');
    const outcome = targetAfterAttemptSql('t', budgets, { success: 't.success', tries: after, slot: 't.dialed' });
    const columns = Array.from({ length: SLOTS }, (_, slot) => `destination_${slot} jsonb, try_count_${slot} int`).join(', ') + ', given_up_slots int';
    const triesAfter = Array.from({ length: SLOTS }, (_, slot) => after(slot)).join(', ');
    const rows = await file.db.prisma.$queryRaw<{ n: number; slot: number | null; tries_left: boolean; status: string; result: string | null; tries_after: number[] }[]>`
      SELECT t.n, ${Prisma.raw(chosenSlotSql('t', budgets))} AS slot, ${Prisma.raw(hasTriesLeftSql('t', budgets))} AS tries_left,
             ${Prisma.raw(outcome.status)}::text AS status, ${Prisma.raw(outcome.result)}::text AS result, ARRAY[${Prisma.raw(triesAfter)}] AS tries_after
      FROM jsonb_to_recordset(${JSON.stringify(input)}::jsonb) AS t(n int, budgets int[], success boolean, canceled boolean, dialed int, ${Prisma.raw(columns)})
      ORDER BY t.n`;
    expect(rows).toHaveLength(all.length);
    let slotsChosen = 0;
    let exhausted = 0;
    let reopened = 0;
    for (const c of all) {
      const row = rows[c.n];
      const target = { inUse: c.inUse, tryCounts: c.tryCounts };
      const slot = chooseSlot(target, c.budgets);
      expect(row.slot, JSON.stringify(c)).toBe(slot);
      expect(row.tries_left, JSON.stringify(c)).toBe(slot !== null);
      const result: AttemptResult = c.success ? 'SUCCESS' : c.canceled ? 'CANCELED_BY_OPERATOR' : 'FAIL';
      const ended = targetAfterAttempt(result, target, c.budgets, c.dialed);
      expect({ status: row.status, result: row.result }, JSON.stringify(c)).toEqual(ended);
      expect(row.tries_after, JSON.stringify(c)).toEqual(tryCountsAfterAttempt(result, c.tryCounts, c.dialed));
      if (slot !== null) slotsChosen++;
      if (ended.result === 'EXHAUSTED') exhausted++;
      // A given-back try reopened a slot that was closed: the target is IDLE where a FAIL would have exhausted it.
      if (c.canceled && ended.status === 'IDLE' && slot === null) reopened++;
    }
    // The cases reach every branch: some slots chosen, some targets exhausted, some slots beyond 0.
    expect(slotsChosen).toBeGreaterThan(500);
    expect(exhausted).toBeGreaterThan(300);
    expect(reopened).toBeGreaterThan(20);
    expect(rows.some((r) => (r.slot ?? 0) >= 3)).toBe(true);
  });

  it('apply every outcome rule (RETRY with and without its interval, NEXT_DESTINATION, STOP_TARGET, none) over given-up slots as attempt-rules.ts does', async () => {
    // Every rule on every case, plus voicemail drops on the successes; given-up masks from none to all five slots.
    const rules: (OutcomeRule | null)[] = [null, ...OUTCOME_ACTIONS.map((action) => ({ action, retryInterval: null })), { action: 'RETRY', retryInterval: 45_000 }];
    const all = cases(1_500).flatMap((c) => rules.map((rule, r) => ({
      ...c, n: c.n * rules.length + r, rule, givenUp: (c.n * 13 + r * 7) % 32, voicemail: c.success && (c.n + r) % 2 === 0,
    })));
    const input = all.map((c) => ({
      n: c.n, budgets: c.budgets, success: c.success, canceled: c.canceled, dialed: c.dialed, rule: c.rule, voicemail: c.voicemail, given_up_slots: c.givenUp,
      ...Object.fromEntries(c.inUse.map((used, slot) => [`destination_${slot}`, used ? { type: 'TEL', target: `+1555000000${slot}` } : null])),
      ...Object.fromEntries(c.tryCounts.map((tries, slot) => [`try_count_${slot}`, tries])),
    }));
    const budgets = budgetsOfArray('t.budgets');
    const after = tryCountsAfterAttemptSql('t', 't.canceled', 't.dialed');
    const ended = targetAfterAttemptSql('t', budgets, { success: 't.success', voicemail: 't.voicemail', rule: 't.rule', slot: 't.dialed', tries: after });
    const columns = Array.from({ length: SLOTS }, (_, slot) => `destination_${slot} jsonb, try_count_${slot} int`).join(', ');
    const rows = await file.db.prisma.$queryRaw<{ n: number; slot: number | null; status: string; result: string | null; given_up: number; wait: number | null }[]>`
      SELECT t.n, ${Prisma.raw(chosenSlotSql('t', budgets))} AS slot, ${Prisma.raw(ended.status)}::text AS status, ${Prisma.raw(ended.result)}::text AS result,
             ${Prisma.raw(ended.givenUpSlots)} AS given_up, ${Prisma.raw(ended.retryWaitMs)} AS wait
      FROM jsonb_to_recordset(${JSON.stringify(input)}::jsonb)
        AS t(n int, budgets int[], success boolean, canceled boolean, dialed int, rule jsonb, voicemail boolean, given_up_slots int, ${Prisma.raw(columns)})
      ORDER BY t.n`;
    expect(rows).toHaveLength(all.length);
    const seen = new Map<string, number>();
    for (const c of all) {
      const row = rows[c.n];
      const target = { inUse: c.inUse, tryCounts: c.tryCounts, givenUpSlots: c.givenUp };
      const result: AttemptResult = c.success ? 'SUCCESS' : c.canceled ? 'CANCELED_BY_OPERATOR' : 'FAIL';
      // A canceled attempt has no outcome, so no rule applies to it (attemptOutcome null).
      const rule = result === 'CANCELED_BY_OPERATOR' ? null : c.rule;
      if (rule !== c.rule) continue;
      expect(row.slot, JSON.stringify(c)).toBe(chooseSlot(target, c.budgets));
      const expected = targetAfterAttempt(result, target, c.budgets, c.dialed, rule, c.voicemail);
      expect({ status: row.status, result: row.result }, JSON.stringify(c)).toEqual(expected);
      expect(row.given_up, JSON.stringify(c)).toBe(givenUpAfterAttempt(c.givenUp, c.dialed, rule));
      expect(row.wait, JSON.stringify(c)).toBe(retryWaitAfterAttempt(rule));
      const key = `${rule?.action ?? 'none'}:${expected.result ?? 'IDLE'}`;
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
    // Every action reached its branches: STOPPED by STOP_TARGET, a NEXT_DESTINATION that exhausted the target
    // where its slot had tries left, and one that left it IDLE for a later slot; voicemail drops.
    for (const key of ['STOP_TARGET:STOPPED', 'NEXT_DESTINATION:EXHAUSTED', 'NEXT_DESTINATION:IDLE', 'RETRY:IDLE', 'RETRY:EXHAUSTED', 'none:IDLE', 'none:VOICEMAIL']) {
      expect(seen.get(key) ?? 0, key).toBeGreaterThan(10);
    }
    const movedOn = all.filter((c) => !c.success && !c.canceled && c.rule?.action === 'NEXT_DESTINATION'
      && chooseSlot({ inUse: c.inUse, tryCounts: c.tryCounts, givenUpSlots: c.givenUp }, c.budgets) === c.dialed
      && targetAfterAttempt('FAIL', { inUse: c.inUse, tryCounts: c.tryCounts, givenUpSlots: c.givenUp }, c.budgets, c.dialed).status === 'IDLE'
      && targetAfterAttempt('FAIL', { inUse: c.inUse, tryCounts: c.tryCounts, givenUpSlots: c.givenUp }, c.budgets, c.dialed, c.rule).status === 'DONE');
    expect(movedOn.length).toBeGreaterThan(5); // giving the dialed slot up really ended targets whose slot had tries left
  });

  it('wait for the outcome rule\'s retryInterval, else the outplan\'s tryInterval, as retryWaitElapsed does', async () => {
    const now = new Date('2026-12-01T12:00:00.000Z');
    const all = Array.from({ length: 600 }, (_, n) => ({
      n,
      ended: n % 7 === 0 ? null : new Date(now.getTime() - ((n * 7919) % 120_000)),
      wait: n % 3 === 0 ? null : (n * 104_729) % 90_000,
      tryInterval: (n * 15_485_863) % 100_000,
      scale: [1, 10, 100][n % 3],
    }));
    const input = all.map((c) => ({ n: c.n, last_attempt_ended_at: c.ended?.toISOString() ?? null, retry_wait_ms: c.wait, try_interval: c.tryInterval, scale: c.scale }));
    for (const scale of [1, 10, 100]) {
      const rows = await file.db.prisma.$queryRaw<{ n: number; elapsed: boolean; due: Date | null }[]>`
        SELECT t.n, ${Prisma.raw(retryWaitElapsedSql('t', 't.try_interval', `'${now.toISOString()}'::timestamptz`, scale))} AS elapsed,
               ${Prisma.raw(retryDueAtSql('t', 't.try_interval', scale))} AS due
        FROM jsonb_to_recordset(${JSON.stringify(input.filter((c) => c.scale === scale))}::jsonb)
          AS t(n int, last_attempt_ended_at timestamptz, retry_wait_ms int, try_interval int, scale int)
        ORDER BY t.n`;
      for (const row of rows) {
        const c = all[row.n];
        const target = { lastAttemptEndedAt: c.ended, retryWaitMs: c.wait };
        expect(row.elapsed, JSON.stringify(c)).toBe(retryWaitElapsed(target, c.tryInterval, now, scale));
        expect(row.due === null ? null : row.due.getTime() <= now.getTime(), JSON.stringify(c)).toBe(c.ended === null ? null : retryWaitElapsed(target, c.tryInterval, now, scale));
      }
      expect(rows.some((r) => r.elapsed) && rows.some((r) => !r.elapsed)).toBe(true);
    }
  });

  it('inlines known budgets as the same integers', async () => {
    const sql = hasTriesLeftSql('t', budgetsOfNumbers([2, 1]));
    expect(sql).toContain('t.try_count_0 < 2');
    expect(sql).toContain('t.try_count_1 < 1');
    expect(sql).toContain('t.try_count_4 < 0');
  });
});
