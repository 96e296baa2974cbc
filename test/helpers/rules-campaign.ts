// A campaign shaped by the dialing rules (issue 13), for the durable tests (test/dialer-durable-rules.test.ts):
// targets under calling windows that are closed in some of their zones at a fixed instant (DIALER_TEST_CLOCK,
// the same in every process of the test), with a do-not-call list bound that lists some targets' slot 0, some a
// middle slot, some every destination. Written through the domain (the target import derives each target's zones
// from its numbers; the rules and the list are bound by campaignUpdateDialingRules), then checked: nothing dialed
// to a listed address or to a target outside its hours, and every target where the rules and the outplan say.
import { expect } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import type { Deps } from '../../src/events/write.ts';
import { WEEKDAYS, type CallingWindowInput } from '../../src/domain/calling-hours.ts';
import { createOutdialTargets } from '../../src/domain/outdial-target-bulk.ts';
import { updateCampaignDialingRules } from '../../src/domain/campaign-dialing-rules.ts';
import { addDncEntries, createDncList } from '../../src/domain/dnc.ts';
import { address, createCampaignRows, SUFFIX, scriptOf, type CampaignFixture, type CampaignRows, type Script } from './campaign.ts';

/**
 * The instant the dialer judges calling hours at: Wednesday 3 June 2026, 22:30 UTC. With windows of 08:00 to 21:00
 * every day, it is open in every zone of a +1 555 number (Pago Pago 11:30 to Guam 08:30 the next day), in New York
 * (18:30) and in Chicago (17:30, the default zone); closed in Tokyo (07:30) and London (23:30), and in UTC (22:30).
 */
export const RULES_CLOCK = '2026-06-03T22:30:00.000Z';
export const CALLING_WINDOWS: CallingWindowInput[] = [{ days: [...WEEKDAYS], start: '08:00', end: '21:00' }];
export const DEFAULT_TIME_ZONE = 'America/Chicago';

/** What a target is made to test. */
export type RuleCase =
  | 'TOKYO_GIVEN' // +1 555 numbers, timeZone Asia/Tokyo given: closed
  | 'TOKYO_NUMBER' // slot 0 a Tokyo number, slot 1 a +1 555 one: closed (every zone of its numbers must be open)
  | 'LONDON_NUMBERS' // London numbers only: closed
  | 'NEW_YORK_GIVEN' // Tokyo numbers, timeZone America/New_York given: open (a given zone wins over its numbers')
  | 'ALL_LISTED' // every destination listed: SUPPRESSED, no call
  | 'DEFAULT_ZONE' // SIP only (no number, no zone): the campaign's default zone, open
  | 'SLOT0_LISTED' // slot 0 listed: dialed from slot 1
  | 'SLOT1_LISTED' // slot 1 listed: slot 0, then slot 2 onwards
  | 'PLAIN';

export interface RuleTarget {
  name: string;
  rule: RuleCase;
  /** In slot order: E.164 or user@host, unique across the campaign; the last four digits script the simulator. */
  destinations: string[];
  timeZone?: string;
  /** Its destinations on the do-not-call list. */
  listed: string[];
  /** Outside its calling hours at RULES_CLOCK. */
  closed: boolean;
}

// By index modulo 10; target i has 1 + (i % 5) destinations, so each case has the slots it needs.
const CASES: RuleCase[] = ['TOKYO_GIVEN', 'TOKYO_NUMBER', 'LONDON_NUMBERS', 'NEW_YORK_GIVEN', 'ALL_LISTED', 'DEFAULT_ZONE', 'SLOT0_LISTED', 'SLOT1_LISTED', 'SLOT0_LISTED', 'PLAIN'];
const CLOSED: RuleCase[] = ['TOKYO_GIVEN', 'TOKYO_NUMBER', 'LONDON_NUMBERS'];
const WEIGHTED: Script[] = ['NORMAL', 'NORMAL', 'NORMAL', 'BUSY', 'NOANSWER', 'FAILED', 'DIALOUT', 'AMD', 'BUSY', 'AMD'];

/** `count` targets (at most 200: the numbering is unique up to there), the cases in turn, outcomes from a seeded sequence. */
export function ruleTargets(count: number, seed: number): RuleTarget[] {
  if (count > 200) throw new Error('ruleTargets: at most 200 targets');
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  return Array.from({ length: count }, (_, i) => {
    const rule = CASES[i % CASES.length];
    const destinations = Array.from({ length: 1 + (i % 5) }, (_, slot) => {
      const suffix = SUFFIX[WEIGHTED[Math.floor(random() * WEIGHTED.length)]];
      const unique = i * 5 + slot; // 0..999
      const tokyo = `+813${String(unique).padStart(4, '0')}${suffix}`;
      if (rule === 'LONDON_NUMBERS') return `+4420${String(unique).padStart(4, '0')}${suffix}`;
      if (rule === 'NEW_YORK_GIVEN' || (rule === 'TOKYO_NUMBER' && slot === 0)) return tokyo;
      if (rule === 'DEFAULT_ZONE' || (i + slot) % 4 === 0) return `u${String(unique).padStart(3, '0')}${suffix}@sip.example.com`;
      return `+1555${String(unique).padStart(3, '0')}${suffix}`;
    });
    const listed = rule === 'ALL_LISTED' ? destinations : rule === 'SLOT0_LISTED' ? [destinations[0]] : rule === 'SLOT1_LISTED' ? [destinations[1]] : [];
    const timeZone = rule === 'TOKYO_GIVEN' ? 'Asia/Tokyo' : rule === 'NEW_YORK_GIVEN' ? 'America/New_York' : undefined;
    return { name: `target ${i}`, rule, destinations, timeZone, listed, closed: CLOSED.includes(rule) };
  });
}

export interface Prescribed {
  attempts: { slot: number; tryCount: number }[];
  status: 'IDLE' | 'DONE';
  result: 'ANSWERED' | 'EXHAUSTED' | 'SUPPRESSED' | null;
}

/**
 * What the outplan and the rules prescribe for one target (domain.md A3, issue 13): nothing outside its hours (it
 * waits, IDLE, tries intact); otherwise slot by slot up to each budget, a listed destination skipped with its tries
 * unused, until one answers. A target left with tries only on listed destinations ends SUPPRESSED, not EXHAUSTED.
 */
export function prescribedUnderRules(target: RuleTarget, maxTryCounts: number[]): Prescribed {
  if (target.closed) return { attempts: [], status: 'IDLE', result: null };
  const attempts: Prescribed['attempts'] = [];
  for (let slot = 0; slot < target.destinations.length; slot++) {
    if (target.listed.includes(target.destinations[slot])) continue;
    for (let tryCount = 1; tryCount <= (maxTryCounts[slot] ?? 0); tryCount++) {
      attempts.push({ slot, tryCount });
      if (scriptOf(target.destinations[slot]) === 'NORMAL') return { attempts, status: 'DONE', result: 'ANSWERED' };
    }
  }
  const triesLeftOnListed = target.destinations.some((d, slot) => target.listed.includes(d) && (maxTryCounts[slot] ?? 0) > 0);
  return { attempts, status: 'DONE', result: triesLeftOnListed ? 'SUPPRESSED' : 'EXHAUSTED' };
}

export interface RulesCampaign extends CampaignRows {
  targets: RuleTarget[];
  /** Target row id by target (same order as `targets`). */
  idOf: Map<RuleTarget, string>;
  dncListId: string;
}

/** A STOP campaign over `targets` with the calling windows, the default zone and a list of their `listed` addresses bound. */
export async function createRulesCampaign(
  db: Database, deps: Deps, targets: RuleTarget[], fixture: Omit<CampaignFixture, 'targets'>,
): Promise<RulesCampaign> {
  const rows = await createCampaignRows(db, { ...fixture, targets: [] });
  const created = await createOutdialTargets(deps, rows.customerId, {
    outdialId: rows.outdialId,
    targets: targets.map((t) => ({ name: t.name, destinations: t.destinations.map(address), timeZone: t.timeZone })),
  });
  expect(created).toEqual({ ok: true, value: { createdCount: targets.length, skippedCount: 0 } });
  const list = await createDncList(deps, rows.customerId, { name: `${fixture.name ?? 'rules'} do-not-call` });
  if (!list.ok) throw new Error(JSON.stringify(list.errors));
  const listed = targets.flatMap((t) => t.listed);
  if (listed.length > 0) {
    const added = await addDncEntries(deps, rows.customerId, { dncListId: list.value.id, addresses: listed });
    expect(added.ok && added.value.added).toBe(listed.length);
  }
  const ruled = await updateCampaignDialingRules(deps, rows.customerId, {
    id: rows.campaignId, callingWindows: CALLING_WINDOWS, defaultTimeZone: DEFAULT_TIME_ZONE, dncListIds: [list.value.id],
  });
  expect(ruled.ok, JSON.stringify(ruled)).toBe(true);
  const stored = await db.prisma.outdialTarget.findMany({ where: { outdialId: rows.outdialId }, select: { id: true, name: true } });
  const byName = new Map(stored.map((s) => [s.name, s.id]));
  const idOf = new Map(targets.map((t) => [t, byName.get(t.name)!]));
  return { ...rows, targetIds: targets.map((t) => idOf.get(t)!), targets, idOf, dncListId: list.value.id };
}

/** Every target its rules let dial has ended and no call is live: all that will happen at RULES_CLOCK has happened. */
export async function openTargetsEnded(db: Database, campaign: RulesCampaign): Promise<boolean> {
  const open = campaign.targets.filter((t) => !t.closed).map((t) => campaign.idOf.get(t)!);
  const [done, live] = await Promise.all([
    db.prisma.outdialTarget.count({ where: { id: { in: open }, status: 'DONE' } }),
    db.prisma.call.count({ where: { campaignId: campaign.campaignId, status: { not: 'HANGUP' } } }),
  ]);
  return done === open.length && live === 0;
}

/**
 * The rules held, whatever happened on the way (a crash, two instances): no call or attempt to a listed address or
 * to a target outside its hours; closed targets IDLE with their tries intact; all-listed targets SUPPRESSED with
 * no attempt; slot-0-listed ones dialed from slot 1; every other target DONE within its budget, its try numbers
 * 1..n per slot, its result what its attempts say. Targets `exact` accepts made exactly the prescribed attempts;
 * answers how many of the dialed targets were checked so.
 */
export async function expectRulesHeld(db: Database, campaign: RulesCampaign, maxTryCounts: number[], exact: (targetId: string) => boolean): Promise<number> {
  const forbidden = new Set(campaign.targets.flatMap((t) => (t.closed ? t.destinations : t.listed)));
  const calls = await db.prisma.call.findMany({ where: { campaignId: campaign.campaignId } });
  expect(calls.map((c) => (c.destination as { target: string }).target).filter((d) => forbidden.has(d))).toEqual([]);
  const rows = await db.prisma.outdialTarget.findMany({
    where: { outdialId: campaign.outdialId }, include: { campaignCalls: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] } },
  });
  expect(rows).toHaveLength(campaign.targets.length);
  const rowOf = new Map(rows.map((r) => [r.id, r]));
  let exactly = 0;
  for (const target of campaign.targets) {
    const row = rowOf.get(campaign.idOf.get(target)!)!;
    const what = `${target.name} (${target.rule})`;
    const tryCounts = [row.tryCount0, row.tryCount1, row.tryCount2, row.tryCount3, row.tryCount4];
    const attempts = row.campaignCalls;
    expect(attempts.map((a) => (a.destination as { target: string }).target).filter((d) => forbidden.has(d)), what).toEqual([]);
    if (target.closed || target.rule === 'ALL_LISTED') {
      expect({ status: row.status, result: row.result, tries: tryCounts, attempts: attempts.length }, what).toEqual({
        status: target.closed ? 'IDLE' : 'DONE', result: target.closed ? null : 'SUPPRESSED', tries: [0, 0, 0, 0, 0], attempts: 0,
      });
      continue;
    }
    if (target.rule === 'SLOT0_LISTED') expect({ first: attempts[0]?.destinationIndex, tries: row.tryCount0 }, what).toEqual({ first: 1, tries: 0 });
    expect(row.status, what).toBe('DONE');
    for (let slot = 0; slot < 5; slot++) {
      const onSlot = attempts.filter((a) => a.destinationIndex === slot).map((a) => a.tryCount);
      expect(onSlot.length, `${what} slot ${slot}`).toBeLessThanOrEqual(maxTryCounts[slot] ?? 0);
      expect(onSlot, `${what} slot ${slot}`).toEqual(onSlot.map((_, k) => k + 1));
      expect(tryCounts[slot], `${what} slot ${slot}`).toBe(onSlot.length);
    }
    expect(attempts.every((a) => a.status === 'DONE'), what).toBe(true);
    const answered = attempts.at(-1)?.result === 'SUCCESS';
    const triesLeftOnListed = target.destinations.some((d, slot) => target.listed.includes(d) && (maxTryCounts[slot] ?? 0) > 0);
    expect(row.result, what).toBe(answered ? 'ANSWERED' : triesLeftOnListed ? 'SUPPRESSED' : 'EXHAUSTED');
    if (exact(row.id)) {
      exactly++;
      const prescribed = prescribedUnderRules(target, maxTryCounts);
      expect({ attempts: attempts.map((a) => ({ slot: a.destinationIndex, tryCount: a.tryCount })), status: row.status, result: row.result }, what)
        .toEqual(prescribed);
    }
  }
  return exactly;
}
