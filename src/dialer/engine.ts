// The dialer (domain.md A3): runs every RUN campaign as its outplan says, and moves STOPPING campaigns to
// STOP once their last attempt has ended. All of its state is in PostgreSQL: a campaign's status, its
// targets' statuses and try counts, its attempts (campaign_call) and their calls. Nothing lives only in
// memory, so a restarted or second instance carries on where another stopped.
//
// Work is claimed per campaign and per round, by one statement: it locks the campaign row with
// SELECT ... FOR UPDATE SKIP LOCKED (an instance that finds it locked skips it this round), locks the
// targets it picks the same way, and creates each attempt (Call + CampaignCall + target PROGRESSING with
// its slot's try count + 1) with its events; a single statement commits all of it or nothing. Only then are
// the calls placed. A crash after the commit leaves DIALING calls owned by a dead instance: reconciliation
// ends them (FAILED), and that ends their attempts through src/dialer/attempt.ts, so no target is lost and no
// try is spent twice. The slot rules it applies in SQL are ./rules-sql.ts, tested against ./rules.ts.
//
// Why not a job queue such as pg-boss: its current versions need Node 22 (we run 20), and it needs a
// connection pool of its own, which the embedded PGlite database (one in-process connection) cannot give.
// The campaign row lock is the whole "queue" a dialer needs.
import type { Call } from '../generated/prisma/client.ts';
import { Prisma as P } from '../generated/prisma/client.ts';
import type { Prisma } from '../db.ts';
import type { EventBus } from '../events/bus.ts';
import type { DomainEvent } from '../events/outbox.ts';
import { withEvents, writtenEventsJson } from '../events/outbox.ts';
import { rowJsonSql } from '../events/row-json.ts';
import { reviveSnapshot } from '../events/snapshot.ts';
import { writeWithEvents, type Deps, type Emit, type Tx } from '../events/write.ts';
import type { Logger } from '../logger.ts';
import type { Address } from '../domain/address.ts';
import { requestLocalHangup } from '../domain/call.ts';
import { lockCampaign, runLockedCampaign } from '../domain/campaign-status.ts';
import { SLOTS } from './rules.ts';
import { budgetsOfArray, budgetsOfNumbers, chosenSlotSql, hasTriesLeftSql } from './rules-sql.ts';

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

/** What a round's statement says of its campaign when it placed nothing (null: locked elsewhere, or stopped). */
interface RoundCampaign {
  status: 'RUN' | 'STOPPING';
  dialable: boolean;
  inFlight: number;
}

/** The calls a round placed, the calls to hang up, and whether another round should follow at once. */
interface RoundOutcome {
  place: Call[];
  hangup: string[];
  wakeAgain: boolean;
}

const NOTHING: RoundOutcome = { place: [], hangup: [], wakeAgain: false };

/** The locked campaign as settleCampaign reads it, with its outplan and outdial. */
interface LockedCampaign {
  id: string;
  customer_id: string;
  status: 'RUN' | 'STOPPING';
  end_handle: 'STOP' | 'CONTINUE';
  hangup_active_calls: boolean;
  outdial_id: string | null;
  next_campaign_id: string | null;
  outplan_id: string | null;
  outplan_source: Address | null;
  max_try_counts: number[] | null;
  outplan_deleted_at: Date | null;
  outdial_deleted_at: Date | null;
  in_flight: number;
}

/**
 * For a statement that locks campaign `c` and counts its attempts in flight in the same statement: the
 * count is read in the statement's snapshot, but the lock may be taken after another round committed
 * (PostgreSQL rechecks a locked row's conditions on its newest version, not subqueries). Every round that can
 * dial bumps dial_round, so this condition, true in the snapshot, fails on a newer version, and the statement
 * stands down instead of counting on a stale snapshot; the other round has just filled the slots anyway.
 */
function unchangedSinceSnapshot(campaignId: string): P.Sql {
  return P.sql`c.dial_round = (SELECT s.dial_round FROM campaign s WHERE s.id = ${campaignId}::uuid)`;
}

export function createDialer(options: DialerOptions): Dialer {
  const { prisma, logger } = options;
  const deps: Deps = { prisma, events: options.events };
  const log = logger.child({ component: 'dialer', instanceId: options.instanceId });
  const pollMs = Math.max(5, Math.round(options.pollMs / options.timeScale));
  // A wake waits this long, so slots freed close together are refilled by one round (one statement).
  const wakeDelayMs = Math.max(1, Math.round(WAKE_DELAY_MS / options.timeScale));
  const stats = { rounds: 0, batches: 0, attempts: 0 };
  let timer: NodeJS.Timeout | undefined;
  let timerAt = Infinity;
  let running: Promise<void> | undefined;
  let again = false;
  let started = false;
  let stopped = false;

  /**
   * One campaign's round, as one statement: lock the campaign (SKIP LOCKED: another instance has it this
   * round), count its attempts in flight, pick and lock the eligible targets for the free slots, charge each
   * target's chosen slot (PROGRESSING, try count + 1), insert each attempt's Call and CampaignCall, and write
   * every event. Only then, the statement committed, are the calls placed. A campaign that is stopping,
   * cannot dial, or has nothing in flight and nothing to pick goes on to settleCampaign.
   */
  async function campaignRound(campaignId: string): Promise<RoundOutcome> {
    // The database's clock once the statement runs, after its snapshot (now() is the earlier start of the
    // transaction, before parsing and planning): a slot that a committed hangup freed is never refilled by an
    // attempt that seems to start before that hangup. Milliseconds, like every instant Prisma writes.
    const now = P.raw('(SELECT at FROM clock)');
    // Read from `go` by scalar subqueries (evaluated once), not joined: the target scans then run on the
    // (outdial, status, lastAttemptAt, createdAt, id) index in its order and stop at the LIMIT, without a sort.
    const budgets = budgetsOfArray('(SELECT max_try_counts FROM go)');
    const [row] = await prisma.$queryRaw<{ campaign: RoundCampaign | null; events: DomainEvent[] }[]>`
      ${withEvents([
        // Evaluated once: a CTE with a volatile function is materialized.
        { name: 'clock', sql: P.sql`SELECT date_trunc('milliseconds', clock_timestamp()) AS at` },
        {
          name: 'c',
          sql: P.sql`
            -- in_flight counts two index ranges; status <> 'DONE' would read every attempt the campaign ever made.
            SELECT c.id, c.customer_id, c.status, c.max_concurrent_calls, c.outdial_id, c.outplan_id, c.actions,
                   p.source AS outplan_source, p.dial_timeout, p.try_interval, p.max_try_counts,
                   (p.id IS NOT NULL AND p.deleted_at IS NULL AND d.id IS NOT NULL AND d.deleted_at IS NULL
                    AND p.source->>'type' IN ('TEL', 'SIP')) AS dialable,
                   (SELECT count(*)::int FROM campaign_call cc WHERE cc.campaign_id = c.id AND cc.status IN ('DIALING', 'PROGRESSING')) AS in_flight
            FROM campaign c
            LEFT JOIN outplan p ON p.id = c.outplan_id
            LEFT JOIN outdial d ON d.id = c.outdial_id
            WHERE c.id = ${campaignId}::uuid AND c.status IN ('RUN', 'STOPPING') AND c.deleted_at IS NULL AND ${unchangedSinceSnapshot(campaignId)}
            FOR UPDATE OF c SKIP LOCKED`,
        },
        { name: 'go', sql: P.sql`SELECT * FROM c WHERE c.status = 'RUN' AND c.dialable AND c.in_flight < c.max_concurrent_calls` },
        { name: 'bumped', sql: P.sql`UPDATE campaign AS b SET dial_round = b.dial_round + 1 FROM go WHERE b.id = go.id RETURNING b.id` },
        // Eligible (A3): IDLE, live, a slot with tries left, the (scaled) try interval elapsed since the last
        // attempt ended. Never-dialed first (oldest first), then least recently attempted; a target still
        // waiting for its interval is simply not selected, so it never holds others up. Two scans, each in the
        // order of the (outdial, status, lastAttemptAt, createdAt, id) index, so no round sorts the list.
        {
          name: 'fresh',
          sql: P.sql`
            SELECT t.id, ${P.raw(chosenSlotSql('t', budgets))} AS slot
            FROM outdial_target t
            WHERE t.outdial_id = (SELECT outdial_id FROM go) AND t.status = 'IDLE' AND t.last_attempt_at IS NULL AND t.deleted_at IS NULL
              AND ${P.raw(hasTriesLeftSql('t', budgets))}
            ORDER BY t.last_attempt_at, t.created_at, t.id
            LIMIT (SELECT max_concurrent_calls - in_flight FROM go)
            FOR UPDATE OF t SKIP LOCKED`,
        },
        {
          name: 'retried',
          sql: P.sql`
            SELECT t.id, ${P.raw(chosenSlotSql('t', budgets))} AS slot
            FROM outdial_target t
            WHERE t.outdial_id = (SELECT outdial_id FROM go) AND t.status = 'IDLE' AND t.last_attempt_at IS NOT NULL AND t.deleted_at IS NULL
              AND ${P.raw(hasTriesLeftSql('t', budgets))}
              AND (t.last_attempt_ended_at IS NULL
                   OR t.last_attempt_ended_at <= ${now} - round((SELECT try_interval FROM go) / ${options.timeScale}::float8) * interval '1 millisecond')
            ORDER BY t.last_attempt_at, t.created_at, t.id
            LIMIT (SELECT max_concurrent_calls - in_flight FROM go) - (SELECT count(*) FROM fresh)
            FOR UPDATE OF t SKIP LOCKED`,
        },
        { name: 'picked', sql: P.sql`SELECT * FROM fresh UNION ALL SELECT * FROM retried` },
        // Ids made here, once per attempt (a CTE with volatile functions is evaluated once).
        { name: 'chosen', sql: P.sql`SELECT picked.*, gen_random_uuid() AS call_id, gen_random_uuid() AS attempt_id FROM picked` },
        {
          name: 'moved',
          events: { entityType: 'OutdialTarget', kind: 'STATUS' },
          sql: P.sql`
            UPDATE outdial_target AS t
            SET status = 'PROGRESSING', ${P.raw(Array.from({ length: SLOTS }, (_, slot) => `try_count_${slot} = t.try_count_${slot} + (chosen.slot = ${slot})::int`).join(', '))},
                last_attempt_at = ${now}, updated_at = ${now}, version = t.version + 1
            FROM chosen WHERE t.id = chosen.id
            RETURNING t.customer_id, t.id, t.version, ${rowJsonSql('OutdialTarget', 't')} AS snap, chosen.slot, chosen.call_id, chosen.attempt_id,
                      (ARRAY[${P.raw(Array.from({ length: SLOTS }, (_, slot) => `t.try_count_${slot}`).join(', '))}])[chosen.slot + 1] AS try_count,
                      (ARRAY[${P.raw(Array.from({ length: SLOTS }, (_, slot) => `t.destination_${slot}`).join(', '))}])[chosen.slot + 1] AS destination`,
        },
        {
          name: 'calls',
          events: { entityType: 'Call', kind: 'CREATED' },
          sql: P.sql`
            INSERT INTO "call" AS k (id, customer_id, source, destination, actions, owner_id, ring_timeout_ms, campaign_id, created_at)
            SELECT moved.call_id, go.customer_id, go.outplan_source, moved.destination, go.actions, ${options.instanceId}::uuid, go.dial_timeout, go.id, ${now}
            FROM moved CROSS JOIN go
            RETURNING k.customer_id, k.id, k.version, ${rowJsonSql('Call', 'k')} AS snap`,
        },
        {
          name: 'attempts',
          events: { entityType: 'CampaignCall', kind: 'CREATED' },
          sql: P.sql`
            INSERT INTO campaign_call AS a (id, customer_id, campaign_id, outdial_target_id, outplan_id, outdial_id, call_id, source, destination,
                                            destination_index, try_count, created_at)
            SELECT moved.attempt_id, go.customer_id, go.id, moved.id, go.outplan_id, go.outdial_id, moved.call_id, go.outplan_source, moved.destination,
                   moved.slot, moved.try_count, ${now}
            FROM moved CROSS JOIN go
            RETURNING a.customer_id, a.id, a.version, ${rowJsonSql('CampaignCall', 'a')} AS snap`,
        },
      ])}
      SELECT (SELECT jsonb_build_object('status', c.status, 'dialable', c.dialable, 'inFlight', c.in_flight) FROM c) AS campaign,
             ${writtenEventsJson} AS events`;
    deps.events.publish(row.events);
    const placed = row.events.filter((e) => e.entityType === 'Call').map((e) => reviveSnapshot<Call>('Call', e.snapshot));
    if (placed.length > 0) {
      stats.attempts += placed.length;
      stats.batches++;
      // No round right after this one: every slot it could fill is filled; the next call that ends wakes it.
      return { place: placed, hangup: [], wakeAgain: false };
    }
    const c = row.campaign;
    // Locked by another instance's round, or another round committed since this statement's snapshot: look
    // again shortly, in case that round started before the hangup that woke this one.
    if (!c) return { ...NOTHING, wakeAgain: true };
    if (c.status === 'STOPPING' || !c.dialable || c.inFlight === 0) return settleCampaign(campaignId);
    return NOTHING;
  }

  /**
   * The rounds that change a campaign rather than dial, in one transaction on the locked campaign: STOPPING
   * becomes STOP once nothing is in flight (hanging up what is, when asked); a campaign that can no longer dial
   * stops; one with nothing in flight and nothing eligible finishes (finishIfDone).
   */
  async function settleCampaign(campaignId: string): Promise<RoundOutcome> {
    const now = new Date();
    return writeWithEvents(deps, async (tx, emit) => {
      const [c] = await tx.$queryRaw<LockedCampaign[]>`
        SELECT c.id, c.customer_id, c.status, c.end_handle, c.hangup_active_calls, c.outdial_id, c.next_campaign_id, c.outplan_id,
               p.source AS outplan_source, p.max_try_counts, p.deleted_at AS outplan_deleted_at, d.deleted_at AS outdial_deleted_at,
               (SELECT count(*)::int FROM campaign_call cc WHERE cc.campaign_id = c.id AND cc.status IN ('DIALING', 'PROGRESSING')) AS in_flight
        FROM campaign c
        LEFT JOIN outplan p ON p.id = c.outplan_id
        LEFT JOIN outdial d ON d.id = c.outdial_id
        WHERE c.id = ${campaignId}::uuid AND c.status IN ('RUN', 'STOPPING') AND c.deleted_at IS NULL AND ${unchangedSinceSnapshot(campaignId)}
        FOR UPDATE OF c SKIP LOCKED`;
      if (!c) return NOTHING; // another instance has it this round, or it stopped meanwhile

      if (c.status === 'STOPPING') {
        if (c.in_flight === 0) {
          await setStatus(tx, emit, c.id, 'STOP');
          return NOTHING;
        }
        if (!c.hangup_active_calls) return NOTHING;
        // The STOP mutation asked for these hangups already; repeated here in case it did not get to all of them.
        const live = await tx.call.findMany({
          where: { campaignId: c.id, status: { in: ['DIALING', 'RINGING', 'PROGRESSING'] } },
          select: { id: true },
        });
        return { ...NOTHING, hangup: live.map((call) => call.id) };
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
        return NOTHING;
      }
      // A next campaign just started gets its first round right away.
      if (c.in_flight === 0 && (await finishIfDone(tx, emit, c, c.max_try_counts!, now))) return { ...NOTHING, wakeAgain: true };
      return NOTHING;
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
      WHERE t.outdial_id = ${c.outdial_id}::uuid AND t.status = 'IDLE' AND t.deleted_at IS NULL AND NOT ${P.raw(hasTriesLeftSql('t', budgetsOfNumbers(maxTryCounts)))}
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
