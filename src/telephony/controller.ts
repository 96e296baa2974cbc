// The call controller: places calls through a telephony provider (the simulator by default), turns the
// provider's reports into status changes (through the status machine, one conditional write each), runs the
// controller's side of actions (CONNECT dials chained calls, HANGUP hangs up), hangs chained calls up with
// their master, enforces the dial timeout when a provider does not, and keeps this instance's ownership
// alive (heartbeat) while ending the calls of instances that are gone (./ownership.ts).
import { randomUUID } from 'node:crypto';
import type { Call } from '../generated/prisma/client.ts';
import type { CallHangupReason } from '../generated/prisma/enums.ts';
import type { Prisma } from '../db/database.ts';
import type { EventBus } from '../events/bus.ts';
import type { Logger } from '../logger.ts';
import { actionsFromJson, type Action } from '../domain/action.ts';
import type { Address } from '../domain/address.ts';
import { fail, notFound, ok, type Result } from '../domain/errors.ts';
import { deletedError } from '../domain/row-change.ts';
import { LIVE_STATUSES, type HangupCause } from '../domain/call-status.ts';
import {
  applyCallChange, findCall, insertCalls, isLive, requestLocalHangup, softDeleteCall, validateCallCreate,
  type CallCreateInput, type ChangeOutcome,
} from '../domain/call.ts';
import { isTransientFailure } from '../db/connection-failure.ts';
import { CallQueue } from './call-queue.ts';
import { HangupWatch } from './hangup-watch.ts';
import { LiveLegs } from './live-legs.ts';
import { endOrphanedCalls, heartbeat, pruneInstances } from './ownership.ts';
import { createSimulator } from './simulator.ts';
import type { Leg, ProviderEvent, ProviderListener, TelephonyProvider } from './provider.ts';

/** How long past ringTimeoutMs (ms, before scaling) the controller waits for the provider's own give-up. */
const DIAL_TIMEOUT_GRACE_MS = 2_000;
/** ...but never less than this in real time, so a provider on a busy process still gets to report first. */
const MIN_GRACE_REAL_MS = 1_000;

/** A live call this young may not be placed with the provider yet: the lost-leg sweep leaves it alone. */
const LOST_LEG_GRACE_MS = 10_000;
/** Calls per sweep (each heartbeat). */
const LOST_LEG_PAGE = 500;

export interface TelephonyOptions {
  prisma: Prisma;
  bus: EventBus;
  logger: Logger;
  /** SIMULATOR_TIME_SCALE: divides every simulated wait. */
  timeScale: number;
  /** How often this instance heartbeats and looks for orphaned calls. */
  heartbeatMs: number;
  /** A heartbeat older than this means its instance is gone. */
  instanceExpiryMs: number;
  /** This process alone uses the database (embedded, locked): at start every other owner is gone. */
  exclusive: boolean;
  instanceId?: string;
  /** Another provider than the simulator. */
  provider?: (listener: ProviderListener) => TelephonyProvider;
  /** Told after a call's hangup is written (the dialer refills its slots). */
  onCallEnded?: (call: Call) => void;
}

export interface Telephony {
  /** This instance's owner id (server_instance.id). */
  readonly instanceId: string;
  createCalls(customerId: string, input: CallCreateInput): Promise<Result<Call[]>>;
  /** Starts a local hangup: CANCELING before answer, TERMINATING after; a call already ending is returned unchanged. */
  hangupCall(customerId: string, id: string | null): Promise<Result<Call>>;
  /** Hangs a live call up first, then soft-deletes it. */
  deleteCall(customerId: string, id: string | null): Promise<Result<Call>>;
  /** Places calls already written as DIALING and owned by this instance (the dialer's attempts). */
  placeCalls(calls: Call[]): void;
  /** Ends the live calls of owners that are gone; returns how many it ended. */
  reconcile(): Promise<number>;
  /** The calls this instance is driving now, in all and per campaign (only campaigns with one or more). */
  liveCalls(): { total: number; byCampaign: Map<string, number> };
  start(): Promise<void>;
  stop(): Promise<void>;
}

export function createTelephony(options: TelephonyOptions): Telephony {
  const { prisma, bus, logger } = options;
  const deps = { prisma, bus };
  const instanceId = options.instanceId ?? randomUUID();
  const log = logger.child({ component: 'telephony', instanceId });
  const queue = new CallQueue({
    onError: (err, callId) => log.error({ err, callId }, 'handling a call event failed'),
    retryable: isTransientFailure,
    stopped: () => stopped,
    onRetry: (err, callId, attempt, delayMs) => log.warn({ err, callId, attempt, delayMs }, 'a call event failed for a passing reason; retrying'),
  });
  const legs = new LiveLegs();
  let timer: NodeJS.Timeout | undefined;
  let tick: Promise<void> | undefined;
  let stopped = false;

  const provider = (options.provider ?? ((listener) => createSimulator({ timeScale: options.timeScale, listener })))((event) => {
    if (stopped) return;
    // The provider answered or ended the leg in time: its dial timeout is not ours to enforce any more, however
    // long the status change then takes to reach the database.
    if (event.type === 'ANSWERED' || event.type === 'HANGUP') legs.clearDialTimer(event.callId);
    void queue.enqueue(event.callId, () => handle(event));
  });
  const watch = new HangupWatch({ bus, log, isLocalLeg: (id) => provider.has(id), hangup: (id) => provider.hangup(id) });

  /** The controller's dial timeout: a call still not answered is canceled, and ends with DIALOUT. */
  async function dialTimeout(callId: string): Promise<void> {
    const leg = legs.get(callId);
    if (leg) leg.requestedReason = 'DIALOUT';
    const outcome = legs.remember(callId, await applyCallChange(deps, callId, (c) => (c.status === 'DIALING' || c.status === 'RINGING' ? { to: 'CANCELING' } : null)));
    if (!outcome.changed) {
      if (leg) leg.requestedReason = undefined;
      return;
    }
    log.warn({ callId }, 'the provider did not end an unanswered call at its dial timeout; canceled it');
    provider.hangup(callId);
  }

  function place(call: Call): void {
    if (stopped) return; // left to reconciliation, like any call whose owner stopped
    const leg: Leg = {
      id: call.id, source: call.source as unknown as Address, destination: call.destination as unknown as Address,
      actions: actionsFromJson(call.actions), ringTimeoutMs: call.ringTimeoutMs, masterCallId: call.masterCallId,
    };
    watch.watch(call.customerId, call.id);
    const live = legs.add(call);
    // The provider is asked to give up at ringTimeoutMs; if it has not reported an answer or a hangup shortly
    // after, the controller cancels the call itself (hangup reason DIALOUT), so the outplan's dial timeout holds.
    live.dialTimer = setTimeout(() => {
      // Decided after this timers phase: after a stalled event loop Node runs whole timer lists in turn, so a
      // provider event due long before this timeout may still be waiting in another list of this same phase.
      setImmediate(() => {
        if (!live.dialTimer || legs.get(call.id) !== live) return; // the provider answered or ended the leg after all
        live.dialTimer = undefined;
        void queue.enqueue(call.id, () => dialTimeout(call.id));
      });
    }, Math.round(call.ringTimeoutMs / options.timeScale) + Math.max(Math.round(DIAL_TIMEOUT_GRACE_MS / options.timeScale), MIN_GRACE_REAL_MS));
    live.dialTimer.unref();
    try {
      provider.place(leg);
    } catch (err) {
      // A refused leg is a failed call (and, for a campaign, a FAIL attempt that counts against the budget).
      log.warn({ err, callId: call.id }, 'the provider refused a call');
      void queue.enqueue(call.id, () => handle({ callId: call.id, type: 'HANGUP', cause: 'FAILED' }));
    }
  }

  /** A local hangup: the status first (CANCELING / TERMINATING), then the leg. */
  async function hangupLocally(callId: string, reason?: CallHangupReason): Promise<ChangeOutcome> {
    const leg = legs.get(callId);
    if (leg && reason) leg.requestedReason = reason;
    const outcome = legs.remember(callId, await requestLocalHangup(deps, callId, leg?.row));
    if (outcome.call && outcome.call.status !== 'HANGUP') provider.hangup(callId);
    return outcome;
  }

  function refused(event: ProviderEvent, outcome: ChangeOutcome): void {
    log.debug({ event, status: outcome.call?.status, message: 'message' in outcome ? outcome.message : undefined }, 'provider event not applied');
    // The row ended without this leg (reconciled by another instance, deleted): drop the leg too.
    if (!outcome.call || outcome.call.status === 'HANGUP') provider.hangup(event.callId);
  }

  async function handle(event: ProviderEvent): Promise<void> {
    const id = event.callId;
    switch (event.type) {
      case 'RINGING':
      case 'ANSWERED': {
        const to = event.type === 'RINGING' ? 'RINGING' : 'PROGRESSING';
        const outcome = legs.remember(id, await applyCallChange(deps, id, () => ({ to }), legs.row(id)));
        if (!outcome.changed) refused(event, outcome);
        return;
      }
      case 'MACHINE_DETECTED':
        await hangupLocally(id, 'AMD');
        return;
      case 'ACTION':
        return runAction(id, event.action);
      case 'HANGUP':
        return ended(id, event.cause);
    }
  }

  async function ended(id: string, cause: HangupCause): Promise<void> {
    watch.unwatch(id);
    const leg = legs.remove(id);
    const outcome = await applyCallChange(deps, id, () => ({ to: 'HANGUP', cause, reason: leg?.requestedReason }), leg?.row);
    if (!outcome.changed) {
      log.debug({ callId: id, cause, status: outcome.call?.status }, 'hangup not applied');
      return;
    }
    options.onCallEnded?.(outcome.call);
    // Chained calls end with their master (§5.7); only CONNECT actions dial any.
    if (!actionsFromJson(outcome.call.actions).some((a) => a.type === 'CONNECT')) return;
    const chained = await prisma.call.findMany({ where: { masterCallId: id, status: { in: [...LIVE_STATUSES] } }, select: { id: true } });
    await Promise.all(chained.map((c) => hangupLocally(c.id)));
  }

  async function runAction(callId: string, action: Action): Promise<void> {
    if (action.type === 'HANGUP') {
      await hangupLocally(callId, action.reason ?? 'NORMAL');
      return;
    }
    if (action.type !== 'CONNECT') return;
    const master = await prisma.call.findUnique({ where: { id: callId } });
    if (!master || master.status !== 'PROGRESSING') return;
    const chained = await insertCalls(
      deps,
      { source: action.source ?? (master.source as unknown as Address), destinations: action.destinations, actions: [] },
      { customerId: master.customerId, ownerId: instanceId, masterCallId: master.id },
    );
    for (const call of chained) place(call);
  }

  async function reconcile(): Promise<number> {
    const ended = await endOrphanedCalls(
      deps, { selfId: instanceId, expiryMs: options.instanceExpiryMs, exclusive: options.exclusive },
      (call) => options.onCallEnded?.(call), () => stopped,
    );
    if (ended > 0) log.info({ ended }, 'ended the live calls of instances that are gone');
    return ended;
  }

  /**
   * This instance's own live calls whose leg the provider no longer has, with nothing queued for them: their
   * hangup report was lost (a failure that was not retried). Ended as LEG_LOST (answered NORMAL, else FAILED),
   * so no call stays live for good. A call younger than LOST_LEG_GRACE_MS is left alone: it may not be placed yet.
   */
  async function endLostLegs(): Promise<number> {
    const live = await prisma.call.findMany({
      where: { ownerId: instanceId, status: { in: [...LIVE_STATUSES] }, createdAt: { lt: new Date(Date.now() - LOST_LEG_GRACE_MS) } },
      select: { id: true }, orderBy: { createdAt: 'asc' }, take: LOST_LEG_PAGE,
    });
    let ended = 0;
    for (const { id } of live) {
      if (provider.has(id) || queue.busy(id) || stopped) continue;
      await queue.enqueue(id, async () => {
        if (provider.has(id)) return;
        watch.unwatch(id);
        const leg = legs.remove(id);
        const outcome = await applyCallChange(deps, id, (c) => (isLive(c.status) && c.ownerId === instanceId ? { to: 'HANGUP', cause: 'LEG_LOST' } : null), leg?.row);
        if (!outcome.changed) return;
        ended++;
        options.onCallEnded?.(outcome.call);
      });
    }
    if (ended > 0) log.warn({ ended }, 'ended own calls whose provider leg was gone without a hangup report');
    return ended;
  }

  function onTick(): void {
    tick ??= (async () => {
      try {
        await heartbeat(prisma, instanceId);
        await reconcile();
        await endLostLegs();
        await pruneInstances(prisma, Math.max(options.instanceExpiryMs * 100, 24 * 60 * 60 * 1000));
      } catch (err) {
        if (!stopped) log.warn({ err }, 'heartbeat or reconciliation failed');
      } finally {
        tick = undefined;
      }
    })();
  }

  return {
    instanceId,
    async createCalls(customerId, input) {
      const valid = validateCallCreate(input);
      if (!valid.ok) return valid;
      const calls = await insertCalls(deps, valid.value, { customerId, ownerId: instanceId });
      for (const call of calls) place(call);
      return ok(calls);
    },
    async hangupCall(customerId, id) {
      const call = await findCall(deps, customerId, id);
      if (!call) return fail(notFound(['input', 'id'], 'Call'));
      if (call.deletedAt) return fail(deletedError('Call'));
      const outcome = await hangupLocally(call.id);
      return ok(outcome.call ?? call);
    },
    async deleteCall(customerId, id) {
      const call = await findCall(deps, customerId, id);
      if (!call) return fail(notFound(['input', 'id'], 'Call'));
      // As every other delete: deleting twice is refused, so a client can tell a retry from a first delete.
      if (call.deletedAt) return fail({ ...deletedError('Call'), message: 'Call is already deleted.' });
      const current = isLive(call.status) ? ((await hangupLocally(call.id)).call ?? call) : call;
      return ok(await softDeleteCall(deps, current));
    },
    placeCalls(calls) {
      for (const call of calls) place(call);
    },
    reconcile,
    liveCalls: () => legs.count(),
    async start() {
      await heartbeat(prisma, instanceId);
      await reconcile();
      timer = setInterval(onTick, options.heartbeatMs);
      timer.unref();
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      clearInterval(timer);
      await provider.close();
      watch.stop();
      legs.clear();
      await tick;
      await queue.drain();
    },
  };
}
