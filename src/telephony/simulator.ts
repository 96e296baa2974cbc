// The built-in telephony simulator (domain.md A4): each leg's outcome is scripted by the last four
// digits of its destination (TEL number, or the user part of a SIP URI), with realistic timing divided
// by SIMULATOR_TIME_SCALE. A SIP user part can also script how long the callee rings and talks
// (`answer<s>`, `talk<s>`: ./simulator-script.ts), which is how a CONNECT's bridge is made observable, and how
// long its hangup takes to confirm (`teardown<s>`: a local hangup still pending when its owner dies).
import type { Action } from '../domain/action.ts';
import type { Address } from '../domain/address.ts';
import type { HangupCause } from '../domain/call-status.ts';
import type { Leg, ProviderListener, TelephonyProvider } from './provider.ts';
import { talkScriptFor } from './simulator-script.ts';

export type Script = 'NORMAL' | 'BUSY' | 'NOANSWER' | 'FAILED' | 'NO_PICKUP' | 'AMD' | 'DECLINED';

const SCRIPTS: Record<string, Script> = {
  '0001': 'BUSY', '0002': 'NOANSWER', '0003': 'FAILED', '0004': 'NO_PICKUP', '0005': 'AMD', '0006': 'DECLINED',
};

/** Real-time durations (ms) of the simulated network, before scaling. */
export const SIMULATOR_TIMING = {
  /** DIALING before the far end rings, is busy or fails. */
  dialing: 300,
  ringMin: 1_000,
  ringMax: 3_000,
  /** 0002: rings this long, then rejects. */
  noAnswerRing: 5_000,
  /** 0005: the machine's greeting before detection. */
  amdDetect: 1_500,
  /** 0006: rings this long, then the callee declines (SIP 603). */
  declineRing: 1_000,
  /** Talk per character, play per URL. */
  talkPerChar: 60,
  playPerUrl: 3_000,
  /** After the last action the callee hangs up. */
  calleeHangup: 500,
  /** A leg dialed by CONNECT (no actions of its own) talks this long after answering, then hangs up. */
  connectedTalk: 10_000,
  /** Tearing a leg down (CANCELING / TERMINATING to HANGUP). */
  teardown: 200,
} as const;

/** The scripted outcome of a destination. */
export function scriptFor(destination: Address): Script {
  const user = destination.type === 'SIP' ? destination.target.slice(0, destination.target.lastIndexOf('@')) : destination.target;
  return SCRIPTS[user.slice(-4)] ?? 'NORMAL';
}

/** How long an action plays, in real milliseconds (unscaled). */
export function actionDurationMs(action: Action): number {
  switch (action.type) {
    case 'TALK':
      return action.text.length * SIMULATOR_TIMING.talkPerChar;
    case 'PLAY':
      return action.streamUrls.length * SIMULATOR_TIMING.playPerUrl;
    case 'SLEEP':
      return action.duration;
    default:
      return 0;
  }
}

interface SimLeg {
  leg: Leg;
  timers: Set<NodeJS.Timeout>;
  rang: boolean;
  answered: boolean;
  ended: boolean;
  /** The CONNECT action (its index) the leg is held at, until the controller continues it or hangs up. */
  heldAt?: number;
  /** The leg this one is bridged to. */
  bridgedTo?: string;
  /** The callee hangs up at a scripted time after answering (talk<s>), whatever is playing. */
  talkScripted: boolean;
}

export interface SimulatorOptions {
  /** Divides every wait (SIMULATOR_TIME_SCALE). */
  timeScale: number;
  listener: ProviderListener;
  random?: () => number;
}

export function createSimulator(options: SimulatorOptions): TelephonyProvider {
  const legs = new Map<string, SimLeg>();
  const random = options.random ?? Math.random;
  const scaled = (ms: number) => Math.max(0, Math.round(ms / options.timeScale));
  const emit = options.listener;

  function after(sim: SimLeg, ms: number, fn: () => void): void {
    if (sim.ended) return;
    const timer = setTimeout(() => {
      sim.timers.delete(timer);
      if (!sim.ended) fn();
    }, scaled(ms));
    sim.timers.add(timer);
  }

  function end(sim: SimLeg, cause: HangupCause): void {
    if (sim.ended) return;
    sim.ended = true;
    for (const t of sim.timers) clearTimeout(t);
    sim.timers.clear();
    legs.delete(sim.leg.id);
    emit({ callId: sim.leg.id, type: 'HANGUP', cause });
  }

  function answer(sim: SimLeg, script: Script): void {
    sim.answered = true;
    emit({ callId: sim.leg.id, type: 'ANSWERED' });
    // A machine: with detection OFF it is taken for a person (below); otherwise detected after its greeting. HANGUP
    // waits for the controller's hangup; LEAVE_MESSAGE then plays the actions to it (at the beep) and hangs up after.
    const detection = sim.leg.machineDetection ?? 'HANGUP';
    if (script === 'AMD' && detection !== 'OFF') {
      after(sim, SIMULATOR_TIMING.amdDetect, () => {
        emit({ callId: sim.leg.id, type: 'MACHINE_DETECTED' });
        if (detection === 'LEAVE_MESSAGE') play(sim, 0);
      });
      return;
    }
    // The callee's own hangup: at its scripted talk time, or (a CONNECT's leg, with no actions to wait for) after
    // the default talk; any other callee hangs up after the last action (play below).
    const talk = talkScriptFor(sim.leg.destination).talkMs ?? (sim.leg.masterCallId ? SIMULATOR_TIMING.connectedTalk : undefined);
    if (talk !== undefined) {
      sim.talkScripted = true;
      after(sim, talk, () => end(sim, 'NORMAL'));
    }
    play(sim, 0);
  }

  function play(sim: SimLeg, index: number): void {
    const { actions } = sim.leg;
    if (index >= actions.length) {
      // A callee with a talk time hangs up at that time; the others when the actions are over.
      if (!sim.talkScripted) after(sim, SIMULATOR_TIMING.calleeHangup, () => end(sim, 'NORMAL'));
      return;
    }
    const action = actions[index];
    emit({ callId: sim.leg.id, type: 'ACTION', index, action });
    // HANGUP waits for the controller's local hangup, CONNECT for its bridge to end or for continueActions;
    // everything else plays for its duration.
    if (action.type === 'HANGUP') return;
    if (action.type === 'CONNECT') {
      sim.heldAt = index;
      return;
    }
    after(sim, actionDurationMs(action), () => play(sim, index + 1));
  }

  return {
    place(leg) {
      const sim: SimLeg = { leg, timers: new Set(), rang: false, answered: false, ended: false, talkScripted: false };
      legs.set(leg.id, sim);
      const script = scriptFor(leg.destination);
      // The whole timeline up to the answer is scheduled now, each step at its offset from this moment, so a
      // busy event loop delays events but never reorders them or changes the scripted outcome (an answer due
      // at 2 s still comes before a 30 s dial timeout, however late its timer fires).
      const { dialing } = SIMULATOR_TIMING;
      // The provider's own dial timeout: still ringing at ringTimeoutMs ends the leg with DIALOUT.
      const giveUpAt = leg.ringTimeoutMs;
      if (giveUpAt <= dialing) {
        after(sim, giveUpAt, () => end(sim, 'DIALOUT'));
        return;
      }
      if (script === 'BUSY' || script === 'FAILED') {
        after(sim, dialing, () => end(sim, script));
        return;
      }
      // After a stalled event loop Node may run a later timer before an earlier one (it runs whole timer lists
      // in turn), so whatever comes after ringing rings first if the ringing timer has not fired yet.
      const ringing = () => {
        if (sim.rang) return;
        sim.rang = true;
        emit({ callId: leg.id, type: 'RINGING' });
      };
      after(sim, dialing, ringing);
      const ring =
        script === 'NOANSWER' ? SIMULATOR_TIMING.noAnswerRing
        : script === 'NO_PICKUP' ? Infinity
        : script === 'DECLINED' ? SIMULATOR_TIMING.declineRing
        : talkScriptFor(leg.destination).ringMs ?? SIMULATOR_TIMING.ringMin + random() * (SIMULATOR_TIMING.ringMax - SIMULATOR_TIMING.ringMin);
      if (dialing + ring >= giveUpAt) after(sim, giveUpAt, () => (ringing(), end(sim, 'DIALOUT')));
      else if (script === 'NOANSWER' || script === 'DECLINED') after(sim, dialing + ring, () => (ringing(), end(sim, script)));
      else after(sim, dialing + ring, () => (ringing(), answer(sim, script)));
    },
    hangup(callId) {
      const sim = legs.get(callId);
      if (!sim || sim.ended) return;
      for (const t of sim.timers) clearTimeout(t);
      sim.timers.clear();
      after(sim, talkScriptFor(sim.leg.destination).teardownMs ?? SIMULATOR_TIMING.teardown, () => end(sim, 'NORMAL'));
    },
    bridge(callId, otherId) {
      const a = legs.get(callId);
      const b = legs.get(otherId);
      if (!a || !b || a.ended || b.ended) return;
      // Media only: both callees keep their own timelines (talk time, hangup), the master stays held at its CONNECT.
      a.bridgedTo = otherId;
      b.bridgedTo = callId;
    },
    continueActions(callId) {
      const sim = legs.get(callId);
      if (!sim || sim.ended || sim.heldAt === undefined || sim.bridgedTo) return;
      const next = sim.heldAt + 1;
      sim.heldAt = undefined;
      play(sim, next);
    },
    has: (callId) => legs.has(callId),
    async close() {
      for (const sim of legs.values()) {
        sim.ended = true;
        for (const t of sim.timers) clearTimeout(t);
      }
      legs.clear();
    },
  };
}
