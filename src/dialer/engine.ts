// The dialer (domain.md A3): runs every RUN campaign as its outplan says, and moves STOPPING campaigns to
// STOP once their last attempt has ended. All of its state is in PostgreSQL: a campaign's status, its
// targets' statuses and try counts, its attempts (campaign_call) and their calls. Nothing lives only in
// memory, so a restarted or second instance carries on where another stopped.
//
// Work is claimed per campaign and per round: one transaction locks the campaign row with
// SELECT ... FOR UPDATE SKIP LOCKED (an instance that finds it locked skips it this round), locks the
// targets it picks the same way, and creates each attempt (Call + CampaignCall + target PROGRESSING with
// its slot's try count + 1) before it commits. Only then are the calls placed. A crash after the commit
// leaves DIALING calls owned by a dead instance: reconciliation ends them (FAILED), and that ends their
// attempts through src/dialer/attempt.ts, so no target is lost and no try is spent twice.
//
// Why not a job queue such as pg-boss: its current versions need Node 22 (we run 20), and it needs a
// connection pool of its own, which the embedded PGlite database (one in-process connection) cannot give.
// The campaign row lock is the whole "queue" a dialer needs.
import { v7 as uuidv7 } from 'uuid';
import type { Call, CampaignCall, OutdialTarget, Prisma as PrismaNamespace } from '../generated/prisma/client.ts';
import { Prisma as P } from '../generated/prisma/client.ts';
import type { Prisma } from '../db.ts';
import type { EventBus } from '../events/bus.ts';
import { writeWithEvents, type Deps, type Emit, type EventEntry, type Tx } from '../events/write.ts';
import type { Logger } from '../logger.ts';
import type { Address } from '../domain/address.ts';
import { requestLocalHangup } from '../domain/call.ts';
import { lockCampaign, runLockedCampaign } from '../domain/campaign-status.ts';
import { chooseSlot, SLOTS } from './rules.ts';
import { slotsOf } from './attempt.ts';

/** How long (real ms, before scaling) a wake waits for more slots to free up before the round runs. */
const WAKE_DELAY_MS = 50;

export interface DialerOptions {
  prisma: Prisma;
  events: EventBus;
  logger: Logger;
  /** The instance that will own the calls (telephony's instance id). */
  instanceId: string;
  /** Hands the calls of committed attempts to the telephony controller. */
  place(calls: Call[]): void;
  /** SIMULATOR_TIME_SCALE: divides the try interval and the polling period. */
  timeScale: number;
  /** How often (real ms, before scaling) running campaigns are looked at without being woken. */
  pollMs: number;
}

export interface Dialer {
  start(): void;
  /** Runs a round soon (an attempt ended, a campaign was started). */
  wake(): void;
  /** One round over every active campaign; resolves when it is done (tests, benchmarks). */
  round(): Promise<void>;
  stop(): Promise<void>;
  /** Rounds over all campaigns, campaign rounds that created attempts, and attempts created. */
  readonly stats: { rounds: number; batches: number; attempts: number };
}

/** The locked campaign with what a round needs from its outplan and outdial, read in the locking statement. */
interface LockedCampaign {
  id: string;
  customer_id: string;
  status: 'RUN' | 'STOPPING';
  end_handle: 'STOP' | 'CONTINUE';
  max_concurrent_calls: number;
  hangup_active_calls: boolean;
  outdial_id: string | null;
  next_campaign_id: string | null;
  actions: unknown;
  outplan_id: string | null;
  outplan_source: Address | null;
  dial_timeout: number | null;
  try_interval: number | null;
  max_try_counts: number[] | null;
  outplan_deleted_at: Date | null;
  outdial_deleted_at: Date | null;
  in_flight: number;
}

type SlotColumns = `destination_${0 | 1 | 2 | 3 | 4}` | `try_count_${0 | 1 | 2 | 3 | 4}`;
type EligibleTarget = { id: string } & Record<SlotColumns, unknown>;

/** SQL: the target has a slot in use with tries left under `maxTryCounts` (A3 eligibility, the slot part). */
function hasTriesLeft(maxTryCounts: number[]): PrismaNamespace.Sql {
  const slots = Array.from({ length: SLOTS }, (_, slot) =>
    P.sql`(${P.raw(`t.destination_${slot}`)} IS NOT NULL AND ${P.raw(`t.try_count_${slot}`)} < ${maxTryCounts[slot] ?? 0})`,
  );
  return P.sql`(${P.join(slots, ' OR ')})`;
}

export function createDialer(options: DialerOptions): Dialer {
  const { prisma, logger } = options;
  const deps: Deps = { prisma, events: options.events };
  const log = logger.child({ component: 'dialer', instanceId: options.instanceId });
  const pollMs = Math.max(5, Math.round(options.pollMs / options.timeScale));
  // A wake waits this long, so slots freed close together are refilled by one round (one transaction).
  const wakeDelayMs = Math.max(1, Math.round(WAKE_DELAY_MS / options.timeScale));
  const stats = { rounds: 0, batches: 0, attempts: 0 };
  let timer: NodeJS.Timeout | undefined;
  let timerAt = Infinity;
  let running: Promise<void> | undefined;
  let again = false;
  let started = false;
  let stopped = false;

  /** One campaign's round, in one transaction. Returns the calls to place and the calls to hang up. */
  async function campaignRound(campaignId: string): Promise<{ place: Call[]; hangup: string[]; wakeAgain: boolean }> {
    const now = new Date();
    return writeWithEvents(deps, async (tx, emit) => {
      const none = { place: [] as Call[], hangup: [] as string[], wakeAgain: false };
      const [c] = await tx.$queryRaw<LockedCampaign[]>`
        SELECT c.id, c.customer_id, c.status, c.end_handle, c.max_concurrent_calls, c.hangup_active_calls, c.outdial_id,
               c.next_campaign_id, c.actions, c.outplan_id, p.source AS outplan_source, p.dial_timeout, p.try_interval,
               p.max_try_counts, p.deleted_at AS outplan_deleted_at, d.deleted_at AS outdial_deleted_at,
               (SELECT count(*)::int FROM campaign_call cc WHERE cc.campaign_id = c.id AND cc.status <> 'DONE') AS in_flight
        FROM campaign c
        LEFT JOIN outplan p ON p.id = c.outplan_id
        LEFT JOIN outdial d ON d.id = c.outdial_id
        WHERE c.id = ${campaignId}::uuid AND c.status IN ('RUN', 'STOPPING') AND c.deleted_at IS NULL
        FOR UPDATE OF c SKIP LOCKED`;
      if (!c) return none; // another instance has it this round, or it stopped meanwhile

      if (c.status === 'STOPPING') {
        if (c.in_flight === 0) {
          await setStatus(tx, emit, c.id, 'STOP');
          return none;
        }
        if (!c.hangup_active_calls) return none;
        // The STOP mutation asked for these hangups already; repeated here in case it did not get to all of them.
        const live = await tx.call.findMany({
          where: { campaignId: c.id, status: { in: ['DIALING', 'RINGING', 'PROGRESSING'] } },
          select: { id: true },
        });
        return { ...none, hangup: live.map((call) => call.id) };
      }

      const source = c.outplan_source;
      const blocked =
        !c.outplan_id || c.outplan_deleted_at ? 'its outplan is gone'
        : !c.outdial_id || c.outdial_deleted_at ? 'its outdial is gone'
        : !source || (source.type !== 'TEL' && source.type !== 'SIP') ? 'its outplan has no TEL or SIP source'
        : null;
      if (blocked) {
        // Cannot dial any more (the mutations refuse this, but rows can still change under a running campaign).
        log.warn({ campaignId: c.id, reason: blocked }, 'stopping a campaign that cannot dial');
        await setStatus(tx, emit, c.id, c.in_flight > 0 ? 'STOPPING' : 'STOP');
        return none;
      }
      const maxTryCounts = c.max_try_counts!;
      const free = c.max_concurrent_calls - c.in_flight;
      if (free <= 0) return none;

      // Eligible (A3): IDLE, live, a slot with tries left, the try interval elapsed since the last attempt
      // ended. Never-dialed first (oldest first), then least recently attempted; a target still waiting for
      // its interval is simply not selected, so it never holds others up.
      const cutoff = new Date(now.getTime() - Math.round((c.try_interval ?? 0) / options.timeScale));
      const targets = await tx.$queryRaw<EligibleTarget[]>`
        SELECT t.id, t.destination_0, t.destination_1, t.destination_2, t.destination_3, t.destination_4,
               t.try_count_0, t.try_count_1, t.try_count_2, t.try_count_3, t.try_count_4
        FROM outdial_target t
        WHERE t.outdial_id = ${c.outdial_id}::uuid AND t.status = 'IDLE' AND t.deleted_at IS NULL
          AND ${hasTriesLeft(maxTryCounts)}
          AND (t.last_attempt_ended_at IS NULL OR t.last_attempt_ended_at <= ${cutoff})
        ORDER BY t.last_attempt_at ASC NULLS FIRST, t.created_at, t.id
        LIMIT ${free}
        FOR UPDATE OF t SKIP LOCKED`;
      if (targets.length === 0) {
        // A next campaign just started gets its first round right away.
        if (c.in_flight === 0 && (await finishIfDone(tx, emit, c, maxTryCounts, now))) return { ...none, wakeAgain: true };
        return none;
      }

      const calls: PrismaNamespace.CallCreateManyInput[] = [];
      const attempts: PrismaNamespace.CampaignCallCreateManyInput[] = [];
      const bySlot = new Map<number, string[]>();
      for (const t of targets) {
        const slots = slotsOf({
          destination0: t.destination_0, destination1: t.destination_1, destination2: t.destination_2, destination3: t.destination_3, destination4: t.destination_4,
          tryCount0: t.try_count_0 as number, tryCount1: t.try_count_1 as number, tryCount2: t.try_count_2 as number, tryCount3: t.try_count_3 as number, tryCount4: t.try_count_4 as number,
        } as Parameters<typeof slotsOf>[0]);
        const slot = chooseSlot(slots, maxTryCounts)!; // the query only returns targets with a slot
        const destination = t[`destination_${slot as 0 | 1 | 2 | 3 | 4}`] as PrismaNamespace.InputJsonValue;
        const callId = uuidv7();
        calls.push({
          id: callId, customerId: c.customer_id, source: source as unknown as PrismaNamespace.InputJsonValue, destination,
          actions: (c.actions ?? []) as PrismaNamespace.InputJsonValue, ownerId: options.instanceId,
          ringTimeoutMs: c.dial_timeout!, campaignId: c.id, createdAt: now,
        });
        attempts.push({
          id: uuidv7(), customerId: c.customer_id, campaignId: c.id, outdialTargetId: t.id, outplanId: c.outplan_id,
          outdialId: c.outdial_id!, callId, source: source as unknown as PrismaNamespace.InputJsonValue, destination,
          destinationIndex: slot, tryCount: slots.tryCounts[slot] + 1, createdAt: now,
        });
        bySlot.set(slot, [...(bySlot.get(slot) ?? []), t.id]);
      }
      const createdCalls = await tx.call.createManyAndReturn({ data: calls });
      const createdAttempts = await tx.campaignCall.createManyAndReturn({ data: attempts });
      const movedTargets: OutdialTarget[] = [];
      for (const [slot, ids] of bySlot) {
        movedTargets.push(...(await tx.outdialTarget.updateManyAndReturn({
          where: { id: { in: ids } },
          data: { status: 'PROGRESSING', [`tryCount${slot}`]: { increment: 1 }, lastAttemptAt: now, updatedAt: now, version: { increment: 1 } },
        })));
      }
      await emit.many([
        ...createdCalls.map((row): EventEntry => ({ entityType: 'Call', kind: 'CREATED', row })),
        ...createdAttempts.map((row: CampaignCall): EventEntry => ({ entityType: 'CampaignCall', kind: 'CREATED', row })),
        ...movedTargets.map((row): EventEntry => ({ entityType: 'OutdialTarget', kind: 'STATUS', row })),
      ]);
      stats.attempts += createdCalls.length;
      stats.batches++;
      // No round right after this one: every slot it could fill is filled; the next call that ends wakes it.
      return { place: createdCalls, hangup: [], wakeAgain: false };
    });
  }

  async function setStatus(tx: Tx, emit: Emit, id: string, status: 'STOP' | 'STOPPING'): Promise<void> {
    const row = await tx.campaign.update({
      where: { id },
      data: { status, ...(status === 'STOP' ? { hangupActiveCalls: false } : {}), updatedAt: new Date(), version: { increment: 1 } },
    });
    await emit('Campaign', 'STATUS', row);
  }

  /**
   * Nothing eligible and nothing in flight. Targets no slot can dial any more (the outplan's budgets may have
   * shrunk, or a target's only slots have a zero budget) become DONE/EXHAUSTED, so none stays IDLE and
   * undialable. Then, with no IDLE target left (none waiting for its interval either): endHandle STOP stops
   * the campaign and starts its next campaign; CONTINUE keeps it running for targets added later.
   */
  /** Returns whether a next campaign was started. */
  async function finishIfDone(tx: Tx, emit: Emit, c: LockedCampaign, maxTryCounts: number[], now: Date): Promise<boolean> {
    const exhausted = await tx.$queryRaw<{ id: string }[]>`
      UPDATE outdial_target t SET status = 'DONE', result = 'EXHAUSTED', updated_at = ${now}, version = t.version + 1
      WHERE t.outdial_id = ${c.outdial_id}::uuid AND t.status = 'IDLE' AND t.deleted_at IS NULL AND NOT ${hasTriesLeft(maxTryCounts)}
      RETURNING t.id`;
    if (exhausted.length > 0) {
      const rows = await tx.outdialTarget.findMany({ where: { id: { in: exhausted.map((r) => r.id) } } });
      await emit.many(rows.map((row) => ({ entityType: 'OutdialTarget', kind: 'STATUS', row })));
    }
    if (c.end_handle !== 'STOP') return false;
    const waiting = await tx.outdialTarget.findFirst({ where: { outdialId: c.outdial_id!, status: 'IDLE', deletedAt: null }, select: { id: true } });
    if (waiting) return false;
    await setStatus(tx, emit, c.id, 'STOP');
    log.info({ campaignId: c.id }, 'campaign finished: no target left to dial');
    if (!c.next_campaign_id) return false;
    // The next campaign starts as if RUN had been asked for; one that cannot run says why in the log.
    const next = await lockCampaign(tx, c.next_campaign_id, c.customer_id);
    if (!next) return false;
    const started = await runLockedCampaign(tx, emit, next);
    if (!started.ok) {
      log.warn({ campaignId: c.id, nextCampaignId: next.id, problems: started.errors.map((e) => e.message) }, 'the next campaign cannot run');
      return false;
    }
    log.info({ campaignId: c.id, nextCampaignId: next.id }, 'started the next campaign');
    return true;
  }

  async function roundOverAll(): Promise<void> {
    stats.rounds++;
    const active = await prisma.campaign.findMany({
      where: { status: { in: ['RUN', 'STOPPING'] }, deletedAt: null },
      select: { id: true },
      orderBy: { createdAt: 'asc' },
    });
    for (const { id } of active) {
      if (stopped) return;
      try {
        const outcome = await campaignRound(id);
        if (outcome.place.length > 0) options.place(outcome.place);
        for (const callId of outcome.hangup) await requestLocalHangup(deps, callId);
        if (outcome.wakeAgain) again = true;
      } catch (err) {
        // One campaign's failure never stops the others (nor itself: the next round tries again).
        log.error({ err, campaignId: id }, 'dialer round failed');
      }
    }
  }

  /** Runs a round after `delay`, unless one is already due sooner. */
  function schedule(delay: number): void {
    if (stopped) return;
    const at = Date.now() + delay;
    if (timer && timerAt <= at) return;
    clearTimeout(timer);
    timerAt = at;
    timer = setTimeout(() => {
      timer = undefined;
      timerAt = Infinity;
      void run();
    }, delay);
    timer.unref();
  }

  function run(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    again = false;
    running = roundOverAll()
      .catch((err) => log.error({ err }, 'dialer round failed'))
      .finally(() => {
        running = undefined;
        schedule(again ? wakeDelayMs : pollMs);
      });
    return running;
  }

  return {
    stats,
    start() {
      started = true;
      schedule(0);
    },
    wake() {
      if (!started || stopped) return; // DIALER_ENABLED=false: this instance runs no campaigns
      if (running) again = true;
      else schedule(wakeDelayMs);
    },
    round: () => run(),
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
