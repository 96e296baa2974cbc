// The dialer (domain.md A3): runs every RUN campaign as its outplan says, and moves STOPPING campaigns to
// STOP once their last attempt has ended. All of its state is in PostgreSQL: a campaign's status, its
// targets' statuses and try counts, its attempts (campaign_call) and their calls. Nothing lives only in
// memory, so a restarted or second instance carries on where another stopped.
//
// This file is the scheduler: when rounds run (a poll, a wake after a call ended, right after a round that
// asks for another) and what is done with their outcome. Work is claimed per campaign and per round, by one
// statement (./round-statement.ts) that locks the campaign row with SELECT ... FOR UPDATE SKIP LOCKED (an
// instance that finds it locked skips it this round), locks the targets it picks the same way, and creates
// each attempt with its events; it commits all of it or nothing. Only then are the calls placed. A crash
// after the commit leaves DIALING calls owned by a dead instance: reconciliation ends them (FAILED), and that
// ends their attempts through src/domain/attempt-progress.ts, so no target is lost and no try is spent twice.
// A round that places nothing settles its campaign (./settle.ts): stop, finish, next campaign.
//
// Why not a job queue such as pg-boss: its current versions need Node 22 (we run 20), and it needs a
// connection pool of its own, which the embedded PGlite database (one in-process connection) cannot give.
// The campaign row lock is the whole "queue" a dialer needs.
import { inRootSpan } from '../root-span.ts';
import type { Call } from '../generated/prisma/client.ts';
import type { Prisma } from '../db/database.ts';
import type { EventBus } from '../events/bus.ts';
import { writeWithEvents, type Deps } from '../events/write.ts';
import { reviveSnapshot } from '../events/snapshot.ts';
import type { Logger } from '../logger.ts';
import { requestLocalHangup } from '../domain/call.ts';
import { ACTIVE_CAMPAIGN_STATUSES } from '../domain/campaign-status.ts';
import { roundStatement, type RoundCampaign } from './round-statement.ts';
import { settleCampaign } from './settle.ts';

/** How long (real ms, before scaling) a wake waits for more slots to free up before the round runs. */
const WAKE_DELAY_MS = 50;

export interface DialerOptions {
  prisma: Prisma;
  bus: EventBus;
  logger: Logger;
  /** The instance that will own the calls (telephony's instance id). */
  instanceId: string;
  /** Hands the calls of committed attempts to the telephony controller. */
  place(calls: Call[]): void;
  /** SIMULATOR_TIME_SCALE: divides the try interval and the polling period. */
  timeScale: number;
  /** How often (real ms, before scaling) running campaigns are looked at without being woken. */
  pollMs: number;
  /** The time calling hours are judged at (ms since the epoch); Date.now by default, a fixed clock in tests. */
  clock?: () => number;
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

/** The calls a round placed, the calls to hang up, whether another round should follow at once, or after retryInMs. */
interface RoundOutcome {
  place: Call[];
  hangup: string[];
  wakeAgain: boolean;
  /** Calls per second held the campaign back: come back for it then (real ms), not at the next poll. */
  retryInMs?: number;
}

export function createDialer(options: DialerOptions): Dialer {
  const { prisma, logger } = options;
  const deps: Deps = { prisma, bus: options.bus };
  const log = logger.child({ component: 'dialer', instanceId: options.instanceId });
  const pollMs = Math.max(5, Math.round(options.pollMs / options.timeScale));
  // A wake waits this long, so slots freed close together are refilled by one round (one statement).
  const wakeDelayMs = Math.max(1, Math.round(WAKE_DELAY_MS / options.timeScale));
  const stats = { rounds: 0, batches: 0, attempts: 0 };
  const clock = options.clock ?? Date.now;
  let timer: NodeJS.Timeout | undefined;
  let timerAt = Infinity;
  let running: Promise<void> | undefined;
  let again = false;
  /** The soonest a campaign that calls per second held back may start its next call (real ms from the round's end). */
  let soonestMs = Infinity;
  let started = false;
  let stopped = false;

  /**
   * One campaign's round: its statement, then the calls it created are placed. A campaign that is stopping,
   * cannot dial, or has nothing in flight and nothing to pick goes on to settleCampaign.
   */
  async function campaignRound(campaignId: string): Promise<RoundOutcome> {
    const { events, extra: campaign } = await writeWithEvents<RoundCampaign>(
      deps, roundStatement({ campaignId, instanceId: options.instanceId, timeScale: options.timeScale, at: new Date(clock()) }),
    );
    const placed = events.flatMap((e) => (e.entityType === 'Call' ? [reviveSnapshot('Call', e.snapshot)] : []));
    // Targets the round suppressed (do-not-call) took free slots without a call: another round fills them at once.
    const suppressed = events.some((e) => e.entityType === 'OutdialTarget' && (e.snapshot as { status?: string }).status === 'DONE');
    const retryInMs = campaign?.paceWaitMs ?? undefined;
    if (placed.length > 0 || suppressed) {
      stats.attempts += placed.length;
      if (placed.length > 0) stats.batches++;
      // Otherwise no round right after this one: every slot it could fill is filled; the next call that ends wakes it
      // (or, when calls per second held it back, the pacing window does).
      return { place: placed, hangup: [], wakeAgain: suppressed, retryInMs };
    }
    // Locked by another instance's round, or another round committed since this statement's snapshot (the
    // campaign's or, for the contact limit, its customer's): look again shortly, in case that round started before
    // the hangup that woke this one.
    if (!campaign || campaign.contended) return { place: [], hangup: [], wakeAgain: true };
    // Slots free but no start allowed yet: nothing to settle, back when the pacing window allows the next one.
    if (retryInMs !== undefined && campaign.status === 'RUN') return { place: [], hangup: [], wakeAgain: false, retryInMs };
    if (campaign.status === 'STOPPING' || !campaign.dialable || campaign.inFlight === 0) {
      return { place: [], ...(await settleCampaign(deps, log, campaignId)) };
    }
    return { place: [], hangup: [], wakeAgain: false };
  }

  /** campaignRound in its span (../root-span.ts), its statements nested inside. */
  function tracedCampaignRound(campaignId: string): Promise<RoundOutcome> {
    return inRootSpan('dialer.round', { attributes: { 'dialgraph.campaign.id': campaignId } }, async (span) => {
      const outcome = await campaignRound(campaignId);
      span.setAttribute('dialgraph.attempts.placed', outcome.place.length);
      return outcome;
    });
  }

  async function roundOverAll(): Promise<void> {
    stats.rounds++;
    const active = await prisma.campaign.findMany({
      where: { status: { in: [...ACTIVE_CAMPAIGN_STATUSES] }, deletedAt: null },
      select: { id: true },
      orderBy: { createdAt: 'asc' },
    });
    for (const { id } of active) {
      if (stopped) return;
      try {
        const outcome = await tracedCampaignRound(id);
        if (outcome.place.length > 0) options.place(outcome.place);
        for (const callId of outcome.hangup) await requestLocalHangup(deps, callId);
        if (outcome.wakeAgain) again = true;
        if (outcome.retryInMs !== undefined) soonestMs = Math.min(soonestMs, outcome.retryInMs);
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
    soonestMs = Infinity;
    running = roundOverAll()
      .catch((err) => log.error({ err }, 'dialer round failed'))
      .finally(() => {
        running = undefined;
        schedule(again ? wakeDelayMs : Math.min(pollMs, Math.max(1, soonestMs)));
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
