// The call controller: places calls through a telephony provider (the simulator by default), turns the
// provider's reports into status changes (through the status machine, one conditional write each), runs
// the controller's side of actions (CONNECT dials chained calls, HANGUP hangs up), hangs chained calls up
// with their master, and keeps this instance's ownership alive (heartbeat) while ending the calls of
// instances that are gone (reconciliation, at start and periodically).
import { randomUUID } from 'node:crypto';
import type { Call } from '../generated/prisma/client.ts';
import type { CallHangupReason } from '../generated/prisma/enums.ts';
import type { Prisma } from '../db.ts';
import type { EventBus } from '../events/bus.ts';
import type { Logger } from '../logger.ts';
import type { Action } from '../domain/action.ts';
import { actionsFromJson } from '../domain/action.ts';
import type { Address } from '../domain/address.ts';
import { fail, notFound, ok, type Result } from '../domain/errors.ts';
import { LIVE_STATUSES } from '../domain/call-status.ts';
import {
  applyCallChange, findCall, insertCalls, isLive, requestLocalHangup, softDeleteCall, validateCallCreate,
  type CallCreateInput, type ChangeOutcome,
} from '../domain/call.ts';
import { findOrphanedCalls, heartbeat, pruneInstances } from './ownership.ts';
import { createSimulator } from './simulator.ts';
import type { Leg, ProviderEvent, ProviderListener, TelephonyProvider } from './provider.ts';

export type { TelephonyProvider, ProviderEvent, Leg } from './provider.ts';

/** How long past ringTimeoutMs (ms, before scaling) the controller waits for the provider's own give-up. */
const DIAL_TIMEOUT_GRACE_MS = 2_000;
/** ...but never less than this in real time, so a provider on a busy process still gets to report first. */
const MIN_GRACE_REAL_MS = 1_000;

export interface TelephonyOptions {
  prisma: Prisma;
  events: EventBus;
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
  start(): Promise<void>;
  stop(): Promise<void>;
}

export function createTelephony(options: TelephonyOptions): Telephony {
  const { prisma, events, logger } = options;
  const deps = { prisma, events };
  const instanceId = options.instanceId ?? randomUUID();
  const log = logger.child({ component: 'telephony', instanceId });
  /** Per call, provider events are handled one after another, in the order reported. */
  const queues = new Map<string, Promise<void>>();
  /** The reason a local hangup asked for (HANGUP action, AMD), applied when the leg is gone. */
  const requestedReason = new Map<string, CallHangupReason>();
  /** Customers with legs on this instance, watched for hangups requested through another instance. */
  const watched = new Map<string, { legs: Set<string>; stop: () => void }>();
  const legCustomer = new Map<string, string>();
  /** The row of each live leg as this controller last wrote it (a stale one only costs a re-read). */
  const knownRows = new Map<string, Call>();
  /** Per live leg, the controller's own dial timeout (for a provider that does not honour ringTimeoutMs). */
  const dialTimers = new Map<string, NodeJS.Timeout>();
  let timer: NodeJS.Timeout | undefined;
  let tick: Promise<void> | undefined;
  let stopped = false;

  /** Runs `work` for a call after everything already queued for it (provider events are handled in order). */
  function enqueue(callId: string, work: () => Promise<void>): Promise<void> {
    const previous = queues.get(callId) ?? Promise.resolve();
    const next = previous
      .then(work)
      .catch((err) => log.error({ err, callId }, 'handling a call event failed'))
      .finally(() => {
        if (queues.get(callId) === next) queues.delete(callId);
      });
    queues.set(callId, next);
    return next;
  }

  function handleInOrder(event: ProviderEvent): Promise<void> {
    return enqueue(event.callId, () => handle(event));
  }

  /** The controller's dial timeout: a call still not answered is canceled, and ends with DIALOUT. */
  async function dialTimeout(callId: string): Promise<void> {
    requestedReason.set(callId, 'DIALOUT');
    const outcome = remember(callId, await applyCallChange(deps, callId, (c) => (c.status === 'DIALING' || c.status === 'RINGING' ? { to: 'CANCELING' } : null)));
    if (!outcome.changed) {
      requestedReason.delete(callId);
      return;
    }
    log.warn({ callId }, 'the provider did not end an unanswered call at its dial timeout; canceled it');
    provider.hangup(callId);
  }

  const provider = (options.provider ?? ((listener) => createSimulator({ timeScale: options.timeScale, listener })))((event) => {
    if (stopped) return;
    // The provider answered or ended the leg in time: its dial timeout is not ours to enforce any more, however
    // long the status change then takes to reach the database.
    if (event.type === 'ANSWERED' || event.type === 'HANGUP') clearDialTimer(event.callId);
    void handleInOrder(event);
  });

  function clearDialTimer(callId: string): void {
    clearTimeout(dialTimers.get(callId));
    dialTimers.delete(callId);
  }

  function place(call: Call): void {
    if (stopped) return; // left to reconciliation, like any call whose owner stopped
    const leg: Leg = {
      id: call.id, source: call.source as unknown as Address, destination: call.destination as unknown as Address,
      actions: actionsFromJson(call.actions), ringTimeoutMs: call.ringTimeoutMs, masterCallId: call.masterCallId,
    };
    watch(call.customerId, call.id);
    knownRows.set(call.id, call);
    // The provider is asked to give up at ringTimeoutMs; if it has not reported an answer or a hangup shortly
    // after, the controller cancels the call itself (hangup reason DIALOUT), so the outplan's dial timeout holds.
    const timer = setTimeout(() => {
      // Decided after this timers phase: after a stalled event loop Node runs whole timer lists in turn, so a
      // provider event due long before this timeout may still be waiting in another list of this same phase.
      setImmediate(() => {
        if (!dialTimers.has(call.id)) return; // the provider answered or ended the leg after all
        dialTimers.delete(call.id);
        if (knownRows.has(call.id)) void enqueue(call.id, () => dialTimeout(call.id));
      });
    }, Math.round(call.ringTimeoutMs / options.timeScale) + Math.max(Math.round(DIAL_TIMEOUT_GRACE_MS / options.timeScale), MIN_GRACE_REAL_MS));
    timer.unref();
    dialTimers.set(call.id, timer);
    try {
      provider.place(leg);
    } catch (err) {
      // A refused leg is a failed call (and, for a campaign, a FAIL attempt that counts against the budget).
      log.warn({ err, callId: call.id }, 'the provider refused a call');
      void handleInOrder({ callId: call.id, type: 'HANGUP', cause: 'FAILED' });
    }
  }

  /** Follows the customer's call events so a hangup written by another instance reaches this provider. */
  function watch(customerId: string, callId: string): void {
    legCustomer.set(callId, customerId);
    const existing = watched.get(customerId);
    if (existing) {
      existing.legs.add(callId);
      return;
    }
    const iterator = events
      .subscribe<Call>('Call', customerId, (e) => e.kind === 'STATUS' && provider.has(e.entityId))
      [Symbol.asyncIterator]();
    const entry = { legs: new Set([callId]), stop: () => void iterator.return?.() };
    watched.set(customerId, entry);
    void (async () => {
      for (let r = await iterator.next(); !r.done; r = await iterator.next()) {
        const status = r.value.row.status;
        if (status === 'CANCELING' || status === 'TERMINATING') provider.hangup(r.value.entityId);
      }
    })().catch((err) => log.warn({ err }, 'call watch ended'));
  }

  function unwatch(callId: string): void {
    const customerId = legCustomer.get(callId);
    if (!customerId) return;
    legCustomer.delete(callId);
    const entry = watched.get(customerId);
    if (!entry) return;
    entry.legs.delete(callId);
    if (entry.legs.size === 0) {
      entry.stop();
      watched.delete(customerId);
    }
  }

  /** A local hangup: the status first (CANCELING / TERMINATING), then the leg. */
  function remember(callId: string, outcome: ChangeOutcome): ChangeOutcome {
    if (outcome.call && isLive(outcome.call.status) && knownRows.has(callId)) knownRows.set(callId, outcome.call);
    return outcome;
  }

  async function hangupLocally(callId: string, reason?: CallHangupReason): Promise<ChangeOutcome> {
    if (reason) requestedReason.set(callId, reason);
    const outcome = remember(callId, await requestLocalHangup(deps, callId, knownRows.get(callId)));
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
        const outcome = remember(id, await applyCallChange(deps, id, () => ({ to: event.type === 'RINGING' ? 'RINGING' : 'PROGRESSING' }), knownRows.get(id)));
        if (!outcome.changed) refused(event, outcome);
        return;
      }
      case 'MACHINE_DETECTED':
        await hangupLocally(id, 'AMD');
        return;
      case 'ACTION':
        return runAction(id, event.action);
      case 'HANGUP': {
        const reason = requestedReason.get(id);
        requestedReason.delete(id);
        unwatch(id);
        const outcome = await applyCallChange(deps, id, () => ({ to: 'HANGUP', cause: event.cause, reason }), knownRows.get(id));
        knownRows.delete(id);
        clearDialTimer(id);
        if (!outcome.changed) {
          log.debug({ event, status: outcome.call?.status }, 'hangup not applied');
          return;
        }
        options.onCallEnded?.(outcome.call);
        // Chained calls end with their master (§5.7); only CONNECT actions dial any.
        if (!actionsFromJson(outcome.call.actions).some((a) => a.type === 'CONNECT')) return;
        const chained = await prisma.call.findMany({ where: { masterCallId: id, status: { in: [...LIVE_STATUSES] } }, select: { id: true } });
        await Promise.all(chained.map((c) => hangupLocally(c.id)));
        return;
      }
    }
  }

  async function runAction(callId: string, action: Action): Promise<void> {
    if (action.type === 'HANGUP') {
      await hangupLocally(callId, action.reason ?? 'NORMAL');
      return;
    }
    if (action.type !== 'CONNECT') return;
    const master = await prisma.call.findUnique({ where: { id: callId } });
    if (!master || master.status !== 'PROGRESSING') return;
    const legs = await insertCalls(
      deps,
      { source: action.source ?? (master.source as unknown as Address), destinations: action.destinations, actions: [] },
      { customerId: master.customerId, ownerId: instanceId, masterCallId: master.id },
    );
    for (const leg of legs) place(leg);
  }

  async function reconcile(): Promise<number> {
    let ended = 0;
    for (;;) {
      const orphans = await findOrphanedCalls(prisma, { selfId: instanceId, expiryMs: options.instanceExpiryMs, exclusive: options.exclusive });
      let progress = 0;
      for (const orphan of orphans) {
        // Decided again on the row as read at write time: another instance may have ended it, or it moved.
        const outcome = await applyCallChange(deps, orphan.id, (c) =>
          isLive(c.status) && c.ownerId === orphan.ownerId ? { to: 'HANGUP', cause: 'OWNER_LOST' } : null,
        );
        if (outcome.changed) {
          ended++;
          progress++;
          options.onCallEnded?.(outcome.call);
        }
      }
      if (orphans.length < 500 || progress === 0 || stopped) break;
    }
    if (ended > 0) log.info({ ended }, 'ended the live calls of instances that are gone');
    return ended;
  }

  function onTick(): void {
    tick ??= (async () => {
      try {
        await heartbeat(prisma, instanceId);
        await reconcile();
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
      const outcome = await hangupLocally(call.id);
      return ok(outcome.call ?? call);
    },
    async deleteCall(customerId, id) {
      const call = await findCall(deps, customerId, id);
      if (!call) return fail(notFound(['input', 'id'], 'Call'));
      const current = isLive(call.status) ? ((await hangupLocally(call.id)).call ?? call) : call;
      return ok(await softDeleteCall(deps, current));
    },
    placeCalls(calls) {
      for (const call of calls) place(call);
    },
    reconcile,
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
      for (const entry of watched.values()) entry.stop();
      watched.clear();
      knownRows.clear();
      for (const timer of dialTimers.values()) clearTimeout(timer);
      dialTimers.clear();
      await tick;
      await Promise.allSettled([...queues.values()]);
    },
  };
}
