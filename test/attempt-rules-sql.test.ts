// The SQL forms of the slot rules (src/dialer/rules-sql.ts) against their JavaScript originals
// (src/dialer/rules.ts), evaluated by the database over thousands of combinations of slots in use, try
// counts and budgets (budget arrays shorter than five included), so neither can change alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Prisma } from '../src/generated/prisma/client.ts';
import { createTestDatabase, type TestDatabase } from './helpers/db.ts';
import type { Database } from '../src/db/database.ts';
import { chooseSlot, SLOTS, targetAfterAttempt, tryCountsAfterAttempt, type AttemptResult } from '../src/domain/attempt-rules.ts';
import {
  budgetsOfArray, budgetsOfNumbers, chosenSlotSql, hasTriesLeftSql, targetAfterAttemptSql, tryCountsAfterAttemptSql,
} from '../src/domain/attempt-rules-sql.ts';

let database: TestDatabase;
let db: Database;

beforeAll(async () => {
  database = await createTestDatabase();
  db = await database.open();
});
afterAll(async () => {
  await database?.drop();
});

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
  it('skip barred slots (do-not-call) exactly as chooseSlot does', async () => {
    const all = cases(2_000).map((c) => ({ ...c, barred: Array.from({ length: SLOTS }, (_, slot) => ((c.n * 7 + slot * 3) % 5) < 2) }));
    const input = all.map((c) => ({
      n: c.n, budgets: c.budgets, barred: c.barred,
      ...Object.fromEntries(c.inUse.map((used, slot) => [`destination_${slot}`, used ? { type: 'TEL', target: `+1555000000${slot}` } : null])),
      ...Object.fromEntries(c.tryCounts.map((tries, slot) => [`try_count_${slot}`, tries])),
    }));
    const columns = Array.from({ length: SLOTS }, (_, slot) => `destination_${slot} jsonb, try_count_${slot} int`).join(', ');
    const slotSql = chosenSlotSql('t', budgetsOfArray('t.budgets'), (slot) => `t.barred[${slot + 1}]`);
    const rows = await db.prisma.$queryRaw<{ n: number; slot: number | null }[]>`
      SELECT t.n, ${Prisma.raw(slotSql)} AS slot
      FROM jsonb_to_recordset(${JSON.stringify(input)}::jsonb) AS t(n int, budgets int[], barred boolean[], ${Prisma.raw(columns)})
      ORDER BY t.n`;
    let skipped = 0;
    for (const c of all) {
      const slot = chooseSlot({ inUse: c.inUse, tryCounts: c.tryCounts }, c.budgets, c.barred);
      expect(rows[c.n]!.slot, JSON.stringify(c)).toBe(slot);
      if (slot !== chooseSlot({ inUse: c.inUse, tryCounts: c.tryCounts }, c.budgets)) skipped++;
    }
    expect(skipped).toBeGreaterThan(200); // barring really moved the choice, to a later slot or to none
  });

  it('choose the same slot, see the same tries left, and end an attempt the same way as rules.ts', async () => {
    const all = cases(4_000);
    const input = all.map((c) => ({
      n: c.n, budgets: c.budgets, success: c.success, canceled: c.canceled, dialed: c.dialed,
      ...Object.fromEntries(c.inUse.map((used, slot) => [`destination_${slot}`, used ? { type: 'TEL', target: `+1555000000${slot}` } : null])),
      ...Object.fromEntries(c.tryCounts.map((tries, slot) => [`try_count_${slot}`, tries])),
    }));
    const budgets = budgetsOfArray('t.budgets');
    const after = tryCountsAfterAttemptSql('t', 't.canceled', 't.dialed');
    const outcome = targetAfterAttemptSql('t.success', 't', budgets, after);
    const columns = Array.from({ length: SLOTS }, (_, slot) => `destination_${slot} jsonb, try_count_${slot} int`).join(', ');
    const triesAfter = Array.from({ length: SLOTS }, (_, slot) => after(slot)).join(', ');
    const rows = await db.prisma.$queryRaw<{ n: number; slot: number | null; tries_left: boolean; status: string; result: string | null; tries_after: number[] }[]>`
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

  it('inlines known budgets as the same integers', async () => {
    const sql = hasTriesLeftSql('t', budgetsOfNumbers([2, 1]));
    expect(sql).toContain('t.try_count_0 < 2');
    expect(sql).toContain('t.try_count_1 < 1');
    expect(sql).toContain('t.try_count_4 < 0');
  });
});
