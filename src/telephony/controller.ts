// The call controller: places calls through a telephony provider (the simulator by default), turns the
// provider's reports into status changes (through the status machine, one conditional write each), runs the
// controller's side of actions (CONNECT dials chained calls and bridges the first to answer, ./connects.ts;
// HANGUP hangs up), hangs chained calls up with their master and the master with its bridged leg, enforces
// the dial timeout when a provider does not, and keeps this instance's ownership alive (heartbeat) while
// ending the calls of instances that are gone (./ownership.ts).
import { randomUUID } from 'node:crypto';
import type { Call } from '../generated/prisma/client.ts';
import type { CallHangupReason } from '../generated/prisma/enums.ts';
import { actionsFromJson, type Action } from '../domain/action.ts';
import type { Address } from '../domain/address.ts';
import { ok } from '../domain/errors.ts';
import { LIVE_STATUSES, type HangupCause } from '../domain/call-status.ts';
import {
  applyCallChange, createCallsOnce, findUndeletedCall, insertCalls, isLive, markMachineDetected, requestLocalHangup, softDeleteCall,
  type ChangeOutcome,
} from '../domain/call.ts';
import { pruneIdempotencyKeys } from '../domain/idempotency.ts';
import { isTransientFailure } from '../db/connection-failure.ts';
import { CallQueue } from './call-queue.ts';
import { Connects } from './connects.ts';
import { HangupWatch } from './hangup-watch.ts';
import { LiveLegs } from './live-legs.ts';
import { endOrphanedCalls, heartbeat, pruneInstances } from './ownership.ts';
import { createSimulator } from './simulator.ts';
import type { Leg, ProviderEvent } from './provider.ts';
import { endLostLegs } from './lost-legs.ts';
import type { Telephony, TelephonyOptions } from './telephony.ts';

export type { Telephony, TelephonyOptions } from './telephony.ts';

/** How long past ringTimeoutMs (ms, before scaling) the controller waits for the provider's own give-up. */
const DIAL_TIMEOUT_GRACE_MS = 2_000;
/** ...but never less than this in real time, so a provider on a busy process still gets to report first. */
const MIN_GRACE_REAL_MS = 1_000;

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
  const connects = new Connects();
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

  /** The controller's dial timeout: a call still not answered is canceled, and ends with DIALOUT (stored with CANCELING). */
  async function dialTimeout(callId: string): Promise<void> {
    const outcome = legs.remember(callId, await applyCallChange(deps, callId, (c) => (c.status === 'DIALING' || c.status === 'RINGING' ? { to: 'CANCELING', reason: 'DIALOUT' } : null)));
    if (!outcome.changed) return;
    log.warn({ callId }, 'the provider did not end an unanswered call at its dial timeout; canceled it');
    provider.hangup(callId);
  }

  function place(call: Call): void {
    if (stopped) return; // left to reconciliation, like any call whose owner stopped
    const leg: Leg = {
      id: call.id, source: call.source as unknown as Address, destination: call.destination as unknown as Address,
      actions: actionsFromJson(call.actions), ringTimeoutMs: call.ringTimeoutMs, masterCallId: call.masterCallId,
      machineDetection: call.machineDetection,
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

  /** A local hangup: the status first (CANCELING / TERMINATING, with the requested end), then the leg. */
  async function hangupLocally(callId: string, reasonIfAnswered?: CallHangupReason): Promise<ChangeOutcome> {
    const outcome = legs.remember(callId, await requestLocalHangup(deps, callId, legs.row(callId), reasonIfAnswered));
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
        else if (to === 'PROGRESSING' && outcome.call.masterCallId) await connectedLegAnswered(id);
        return;
      }
      case 'MACHINE_DETECTED': {
        // The call's own mode (the outplan's when it was placed): OFF ignores a provider that detects anyway.
        const mode = legs.row(id)?.machineDetection ?? (await prisma.call.findUnique({ where: { id } }))?.machineDetection;
        if (mode === 'LEAVE_MESSAGE') legs.remember(id, await markMachineDetected(deps, id));
        else if (mode !== 'OFF') await hangupLocally(id, 'AMD');
        return;
      }
      case 'ACTION':
        return runAction(id, event.action);
      case 'HANGUP':
        return ended(id, event.cause);
    }
  }

  async function ended(id: string, cause: HangupCause): Promise<void> {
    watch.unwatch(id);
    const leg = legs.remove(id);
    const outcome = await applyCallChange(deps, id, () => ({ to: 'HANGUP', cause }), leg?.row);
    if (!outcome.changed) {
      log.debug({ callId: id, cause, status: outcome.call?.status }, 'hangup not applied');
      return;
    }
    await afterHangup(outcome.call);
  }

  /** A call's HANGUP is written: the dialer hears of it, its chained calls end with it, and a CONNECT moves on. */
  async function afterHangup(call: Call): Promise<void> {
    options.onCallEnded?.(call);
    connects.masterEnded(call.id);
    if (call.masterCallId) {
      // The bridged leg hung up: so does the master. The last leg failed: the master's next action plays.
      const next = connects.ended(call.id);
      if (next?.then === 'HANGUP') await hangupLocally(next.masterId);
      else if (next?.then === 'CONTINUE') provider.continueActions(next.masterId);
    }
    await hangupChainedOf(call);
  }

  /** Chained calls end with their master (§5.7); only CONNECT actions dial any. Any owner: the request is written. */
  async function hangupChainedOf(call: Call): Promise<void> {
    if (!actionsFromJson(call.actions).some((a) => a.type === 'CONNECT')) return;
    const chained = await prisma.call.findMany({ where: { masterCallId: call.id, status: { in: [...LIVE_STATUSES] } }, select: { id: true } });
    await Promise.all(chained.map((c) => hangupLocally(c.id)));
  }

  /** A CONNECT's leg answered: the first is bridged to the master and the others are hung up; a later one too. */
  async function connectedLegAnswered(legId: string): Promise<void> {
    const decision = connects.answered(legId);
    if (!decision.bridge) {
      await hangupLocally(legId);
      return;
    }
    provider.bridge(decision.masterId, legId);
    await Promise.all(decision.others.map((id) => hangupLocally(id)));
  }

  async function runAction(callId: string, action: Action): Promise<void> {
    if (action.type === 'HANGUP') {
      await hangupLocally(callId, action.reason ?? 'NORMAL');
      return;
    }
    if (action.type !== 'CONNECT') return;
    const master = await prisma.call.findUnique({ where: { id: callId } });
    if (!master || master.status !== 'PROGRESSING') return; // ending already: its hangup ends whatever it dialed
    // The legs ring as long as the master could (the outplan's dial timeout, or callCreate's), belong to the
    // master's campaign (its calls list and callStatusChanged show them), and are CONNECT legs, owned here.
    const chained = await insertCalls(
      deps,
      { source: action.source ?? (master.source as unknown as Address), destinations: action.destinations, actions: [] },
      { customerId: master.customerId, ownerId: instanceId, masterCallId: master.id, type: 'CONNECT', campaignId: master.campaignId, ringTimeoutMs: master.ringTimeoutMs },
    );
    // The master's actions wait at this CONNECT (the provider holds them) until a leg answers or all have failed.
    connects.open(master.id, chained.map((c) => c.id));
    for (const call of chained) place(call);
  }

  async function reconcile(): Promise<number> {
    const endedOrphans: Call[] = [];
    const ended = await endOrphanedCalls(
      deps, { selfId: instanceId, expiryMs: options.instanceExpiryMs, exclusive: options.exclusive },
      (call) => (options.onCallEnded?.(call), endedOrphans.push(call)), () => stopped,
    );
    // A master's legs have its owner and are ended above as well; any one left live (still placed elsewhere) ends with it.
    for (const call of endedOrphans) await hangupChainedOf(call);
    if (ended > 0) log.info({ ended }, 'ended the live calls of instances that are gone');
    return ended;
  }

  /** Ends this instance's live call whose provider leg is gone without a hangup report (./lost-legs.ts). */
  async function endLostLeg(id: string): Promise<boolean> {
    watch.unwatch(id);
    const leg = legs.remove(id);
    const outcome = await applyCallChange(deps, id, (c) => (isLive(c.status) && c.ownerId === instanceId ? { to: 'HANGUP', cause: 'LEG_LOST' } : null), leg?.row);
    if (outcome.changed) await afterHangup(outcome.call);
    return outcome.changed;
  }

  function onTick(): void {
    tick ??= (async () => {
      try {
        await heartbeat(prisma, instanceId);
        await reconcile();
        await endLostLegs({ prisma, instanceId, provider, queue, isStopped: () => stopped, log }, endLostLeg);
        await pruneInstances(prisma, Math.max(options.instanceExpiryMs * 100, 24 * 60 * 60 * 1000));
        await pruneIdempotencyKeys(prisma); // housekeeping rides on the heartbeat, which every instance runs
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
      const created = await createCallsOnce(deps, input, { customerId, ownerId: instanceId });
      if (created.ok && !created.value.replayed) for (const call of created.value.value) place(call);
      return created.ok ? ok(created.value.value) : created;
    },
    async hangupCall(customerId, id) {
      const found = await findUndeletedCall(deps, customerId, id, 'hung up');
      if (!found.ok) return found;
      return ok((await hangupLocally(found.value.id)).call ?? found.value);
    },
    async deleteCall(customerId, id) {
      const found = await findUndeletedCall(deps, customerId, id, 'deleted');
      if (!found.ok) return found;
      const call = found.value;
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
      connects.clear();
      await tick;
      await queue.drain();
    },
  };
}
