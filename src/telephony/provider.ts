// The telephony provider interface: what dialgraph needs from a carrier or media server. A provider
// places legs, hangs them up on request, and reports what happens on each leg; it never writes the
// database (the controller in ./index.ts turns its reports into status changes).
import type { Address } from '../domain/address.ts';
import type { Action } from '../domain/action.ts';
import type { HangupCause } from '../domain/call-status.ts';
import type { MachineDetection } from '../generated/prisma/enums.ts';

/** One outgoing leg to place. */
export interface Leg {
  /** The call row's id. */
  id: string;
  source: Address;
  destination: Address;
  /** Played once the leg is answered. */
  actions: Action[];
  /** The provider gives up ringing after this long (hangup cause DIALOUT). */
  ringTimeoutMs: number;
  /** What to do when a machine answers (the outplan's, for a campaign's call); absent: HANGUP. */
  machineDetection?: MachineDetection;
  /** Set for a leg dialed by a CONNECT action (it has no actions: once answered it is bridged to its master). */
  masterCallId?: string | null;
}

/** What a provider reports about a leg, in order per leg. */
export type ProviderEvent =
  | { callId: string; type: 'RINGING' }
  | { callId: string; type: 'ANSWERED' }
  /**
   * An answering machine picked up (never with machineDetection OFF): with HANGUP the controller ends the call
   * locally with reason AMD; with LEAVE_MESSAGE it records the machine and the leg's actions play on.
   */
  | { callId: string; type: 'MACHINE_DETECTED' }
  /**
   * An action starts playing; CONNECT and HANGUP need the controller (new legs, a local hangup). The leg's
   * actions stop at either: at HANGUP for good, at CONNECT until the controller calls continueActions (every
   * connected leg failed) or, once it bridged the leg, until one side hangs up.
   */
  | { callId: string; type: 'ACTION'; index: number; action: Action }
  /** The leg is gone. */
  | { callId: string; type: 'HANGUP'; cause: HangupCause };

export type ProviderListener = (event: ProviderEvent) => void;

export interface TelephonyProvider {
  /** Starts dialing; events for the leg follow through the listener. */
  place(leg: Leg): void;
  /** Tears the leg down (a local hangup); a HANGUP event follows unless the leg is already gone. */
  hangup(callId: string): void;
  /** Bridges two answered legs (a CONNECT's master and the leg that answered): they hear each other. */
  bridge(callId: string, otherCallId: string): void;
  /** The CONNECT the leg is held at is over without a bridge: its next action plays (or the callee hangs up). */
  continueActions(callId: string): void;
  /** Whether this provider is driving the leg. */
  has(callId: string): boolean;
  /** Stops every timer; legs are abandoned (their calls are ended by reconciliation). */
  close(): Promise<void>;
}
