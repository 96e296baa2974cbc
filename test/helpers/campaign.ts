// Campaign fixtures for the dialer's tests, written straight to the database (the engine is under test
// here, not the mutations), then started with the same RUN the API uses.
import type { Database } from '../../src/db/database.ts';
import type { EventBus } from '../../src/events/bus.ts';
import type { Action } from '../../src/domain/action.ts';
import { updateCampaignStatus } from '../../src/domain/campaign-status.ts';

export const CALLER_ID = { type: 'TEL', target: '+15550100000' };

export interface CampaignFixture {
  /** Destinations per target, in slot order (E.164 or user@host). */
  targets: string[][];
  maxTryCounts: number[];
  tryInterval?: number;
  dialTimeout?: number;
  maxConcurrentCalls?: number;
  endHandle?: 'STOP' | 'CONTINUE';
  actions?: Action[];
  nextCampaignId?: string;
  name?: string;
}

export interface CampaignRows {
  customerId: string;
  campaignId: string;
  outdialId: string;
  outplanId: string;
  targetIds: string[];
}

export function address(target: string): { type: 'TEL' | 'SIP'; target: string } {
  return target.includes('@') ? { type: 'SIP', target } : { type: 'TEL', target };
}

export async function defaultCustomerId(db: Database): Promise<string> {
  return (await db.prisma.customer.findUniqueOrThrow({ where: { name: 'default' } })).id;
}

/** An outplan, an outdial with its targets, and a STOP campaign over them. */
export async function createCampaignRows(db: Database, f: CampaignFixture): Promise<CampaignRows> {
  const { prisma } = db;
  const customerId = await defaultCustomerId(db);
  const outplan = await prisma.outplan.create({
    data: {
      customerId, name: `${f.name ?? 'plan'}`, source: CALLER_ID, dialTimeout: f.dialTimeout ?? 30_000, tryInterval: f.tryInterval ?? 0,
      maxTryCounts: [...f.maxTryCounts, 0, 0, 0, 0, 0].slice(0, 5),
    },
  });
  const outdial = await prisma.outdial.create({ data: { customerId, name: `${f.name ?? 'list'}` } });
  const targetIds = await addTargets(db, customerId, outdial.id, f.targets);
  const campaign = await prisma.campaign.create({
    data: {
      customerId, name: f.name ?? 'campaign', outplanId: outplan.id, outdialId: outdial.id, endHandle: f.endHandle ?? 'STOP',
      maxConcurrentCalls: f.maxConcurrentCalls ?? 10, actions: (f.actions ?? [{ type: 'TALK', text: 'Hello.', language: 'en-US' }]) as object[],
      nextCampaignId: f.nextCampaignId ?? null,
    },
  });
  return { customerId, campaignId: campaign.id, outdialId: outdial.id, outplanId: outplan.id, targetIds };
}

/** Adds targets in order (created_at strictly increasing, so "oldest first" is the given order). */
export async function addTargets(db: Database, customerId: string, outdialId: string, targets: string[][]): Promise<string[]> {
  const base = Date.now();
  const rows = await db.prisma.outdialTarget.createManyAndReturn({
    data: targets.map((destinations, i) => ({
      customerId, outdialId, name: `target ${i}`, createdAt: new Date(base + i),
      ...Object.fromEntries(destinations.map((d, slot) => [`destination${slot}`, address(d)])),
    })),
    select: { id: true, createdAt: true },
  });
  return rows.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime()).map((r) => r.id);
}

export async function runCampaign(deps: { prisma: Database['prisma']; bus: EventBus }, customerId: string, campaignId: string): Promise<void> {
  const res = await updateCampaignStatus(deps, customerId, { id: campaignId, status: 'RUN' });
  if (!res.ok) throw new Error(`RUN refused: ${JSON.stringify(res.errors)}`);
}

/** Polls the campaign until `check` holds (bounded). */
export async function waitForCampaign(db: Database, campaignId: string, check: (c: { status: string }) => boolean, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const c = await db.prisma.campaign.findUniqueOrThrow({ where: { id: campaignId } });
    if (check(c)) return;
    if (Date.now() > deadline) throw new Error(`campaign ${campaignId} still ${c.status} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Polls `check` until it holds; fails naming `what` after `timeoutMs`. */
export async function waitUntil(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

export type Script = 'NORMAL' | 'BUSY' | 'NOANSWER' | 'FAILED' | 'DIALOUT' | 'AMD' | 'DECLINED';
/** The simulator's script per last four digits (A4; 0006 declines, issue 13). */
export const SUFFIX: Record<Script, string> = { NORMAL: '7777', BUSY: '0001', NOANSWER: '0002', FAILED: '0003', DIALOUT: '0004', AMD: '0005', DECLINED: '0006' };
/** The hangup reason each script ends with (A4), machine detection HANGUP. */
export const REASON: Record<Script, string> = {
  NORMAL: 'NORMAL', BUSY: 'BUSY', NOANSWER: 'NOANSWER', FAILED: 'FAILED', DIALOUT: 'DIALOUT', AMD: 'AMD', DECLINED: 'DECLINED',
};
/** The attempt outcome each script has (CampaignCall.outcome), written out here rather than taken from src/. */
export const OUTCOME: Record<Script, string | null> = {
  NORMAL: null, BUSY: 'BUSY', NOANSWER: 'NO_ANSWER', FAILED: 'FAILED', DIALOUT: 'NO_ANSWER', AMD: 'MACHINE', DECLINED: 'DECLINED',
};

export function scriptOf(destination: string): Script {
  const digits = destination.includes('@') ? destination.slice(0, destination.indexOf('@')) : destination;
  return (Object.entries(SUFFIX).find(([, s]) => digits.endsWith(s))?.[0] as Script | undefined) ?? 'NORMAL';
}

/** `count` targets with 1 to 5 destinations each (TEL and SIP), outcomes from a seeded pseudo-random sequence. */
export function mixedTargets(
  count: number, seed: number, offset = 0,
  weighted: Script[] = ['NORMAL', 'NORMAL', 'NORMAL', 'BUSY', 'NOANSWER', 'FAILED', 'DIALOUT', 'AMD', 'BUSY', 'AMD'],
): string[][] {
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  return Array.from({ length: count }, (_, k) => {
    const i = offset + k;
    return Array.from({ length: 1 + (i % 5) }, (_, slot) => {
      const script = weighted[Math.floor(random() * weighted.length)];
      const local = `${String(i).padStart(3, '0').slice(-2)}${slot}${SUFFIX[script]}`;
      return (i + slot) % 4 === 0 ? `u${local}@sip.example.com` : `+1555${local}`;
    });
  });
}

/** What A3 prescribes for one target: the (slot, try) of every attempt, and the final status and result. */
export function prescribed(destinations: string[], maxTryCounts: number[]) {
  const attempts: { slot: number; tryCount: number }[] = [];
  for (let slot = 0; slot < destinations.length; slot++) {
    for (let tryCount = 1; tryCount <= (maxTryCounts[slot] ?? 0); tryCount++) {
      attempts.push({ slot, tryCount });
      if (scriptOf(destinations[slot]) === 'NORMAL') return { attempts, status: 'DONE', result: 'ANSWERED' };
    }
  }
  return { attempts, status: 'DONE', result: 'EXHAUSTED' };
}

/**
 * What A3 and the outplan's outcome rules (machine detection HANGUP) prescribe for one target: after each attempt
 * not answered by a person, the rule of its outcome: RETRY (also without a rule) tries the slot again within its
 * budget, NEXT_DESTINATION goes on to the next slot, STOP_TARGET ends the target STOPPED.
 */
export function prescribedWithRules(destinations: string[], maxTryCounts: number[], rules: Record<string, 'RETRY' | 'NEXT_DESTINATION' | 'STOP_TARGET'>) {
  const attempts: { slot: number; tryCount: number; outcome: string | null }[] = [];
  for (let slot = 0; slot < destinations.length; slot++) {
    for (let tryCount = 1; tryCount <= (maxTryCounts[slot] ?? 0); tryCount++) {
      const outcome = OUTCOME[scriptOf(destinations[slot])];
      attempts.push({ slot, tryCount, outcome });
      if (outcome === null) return { attempts, status: 'DONE', result: 'ANSWERED' };
      const action = rules[outcome] ?? 'RETRY';
      if (action === 'STOP_TARGET') return { attempts, status: 'DONE', result: 'STOPPED' };
      if (action === 'NEXT_DESTINATION') break;
    }
  }
  return { attempts, status: 'DONE', result: 'EXHAUSTED' };
}

/** The most calls live at once, from their start (createdAt) and hangup times: a campaign's pacing as it happened. */
export function maxConcurrency(rows: { call: { createdAt: Date; hangupAt: Date | null } | null }[]): number {
  const calls = rows.map((r) => r.call!);
  let max = 0;
  for (const c of calls) {
    const at = c.createdAt.getTime();
    const live = calls.filter((o) => o.createdAt.getTime() <= at && (o.hangupAt?.getTime() ?? Infinity) > at).length;
    max = Math.max(max, live);
  }
  return max;
}

/**
 * How a new instance ends a call that a killed one left live (A4), from the row as the killed one left it: a
 * hangup already requested (CANCELING / TERMINATING with its end stored) as it asked, else FAILED, or NORMAL when answered.
 */
export function orphanEnd(atDeath: { status: string; progressingAt: Date | null; hangupRequestedReason: string | null }): string {
  if ((atDeath.status === 'CANCELING' || atDeath.status === 'TERMINATING') && atDeath.hangupRequestedReason) return atDeath.hangupRequestedReason;
  return atDeath.progressingAt ? 'NORMAL' : 'FAILED';
}
