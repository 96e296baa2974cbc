// The call status machine (domain.md Part B §5.7, with the A4 outcome table): the one place that decides
// which transitions are legal, which timestamp each sets, and how hangupBy / hangupReason are derived.
// Pure functions; the conditional write lives in ./call.ts.
import type { CallHangupBy, CallHangupReason, CallStatus } from '../generated/prisma/enums.ts';

export const CALL_STATUSES = ['DIALING', 'RINGING', 'PROGRESSING', 'TERMINATING', 'CANCELING', 'HANGUP'] as const satisfies readonly CallStatus[];

const ALLOWED: Record<CallStatus, readonly CallStatus[]> = {
  DIALING: ['RINGING', 'PROGRESSING', 'TERMINATING', 'CANCELING', 'HANGUP'],
  RINGING: ['PROGRESSING', 'TERMINATING', 'CANCELING', 'HANGUP'],
  PROGRESSING: ['TERMINATING', 'HANGUP'],
  TERMINATING: ['HANGUP'],
  CANCELING: ['HANGUP'],
  HANGUP: [],
};

/** Statuses in which a call is live (has a leg to drive or end). */
export const LIVE_STATUSES = ['DIALING', 'RINGING', 'PROGRESSING', 'TERMINATING', 'CANCELING'] as const satisfies readonly CallStatus[];

export function canTransition(from: CallStatus, to: CallStatus): boolean {
  return ALLOWED[from].includes(to);
}

/**
 * Why the leg ended, as the provider (or the reconciler) reports it. NORMAL is normal clearing, NOANSWER a
 * rejected or unanswered call, FAILED a network failure, DIALOUT our own dial timeout, AMD a machine
 * detected, TIMEOUT the maximum call duration, OWNER_LOST the instance driving the call is gone, LEG_LOST the
 * owner's provider no longer has the leg and its hangup report never arrived (the owner's sweep), DECLINED the
 * callee declined it (SIP 603).
 */
export type HangupCause = 'NORMAL' | 'BUSY' | 'NOANSWER' | 'DECLINED' | 'FAILED' | 'DIALOUT' | 'AMD' | 'TIMEOUT' | 'OWNER_LOST' | 'LEG_LOST';

export type StatusChange =
  | { to: 'RINGING' | 'PROGRESSING' }
  /**
   * A local hangup request; `reason` is the end it asks for (a HANGUP action's reason, AMD, DIALOUT for our own
   * dial timeout), stored on the row with it (requestedEndFor) and recorded by the final HANGUP.
   */
  | { to: 'TERMINATING' | 'CANCELING'; reason?: CallHangupReason | null }
  | { to: 'HANGUP'; cause: HangupCause; /** Overrides the row's requested end. */ reason?: CallHangupReason | null };

export interface CallState {
  status: CallStatus;
  progressingAt: Date | null;
  /** The end a local hangup asked for, stored with CANCELING / TERMINATING (null: none asked, or a row from before). */
  hangupRequestedReason?: CallHangupReason | null;
}

export interface StatusUpdate {
  status: CallStatus;
  ringingAt?: Date;
  progressingAt?: Date;
  hangupAt?: Date;
  hangupBy?: CallHangupBy;
  hangupReason?: CallHangupReason;
  hangupRequestedReason?: CallHangupReason;
}

export type TransitionResult = { ok: true; update: StatusUpdate } | { ok: false; message: string };

/** Statuses a local hangup request can move on from (the call is live and not ending yet). */
export const HANGUP_REQUESTABLE_STATUSES = ['DIALING', 'RINGING', 'PROGRESSING'] as const satisfies readonly CallStatus[];

/** The status a local hangup request moves a call to: CANCELING before answer, TERMINATING after; null when already ending. */
export function localHangupStatus(status: CallStatus): 'CANCELING' | 'TERMINATING' | null {
  if (status === 'DIALING' || status === 'RINGING') return 'CANCELING';
  if (status === 'PROGRESSING') return 'TERMINATING';
  return null;
}

/**
 * The end a local hangup request asks for, stored on the row with CANCELING / TERMINATING: before answer an
 * operator's CANCEL, unless it is our own dial timeout (DIALOUT); after answer the action's reason (a HANGUP
 * action's, AMD), else NORMAL.
 */
export function requestedEndFor(to: 'CANCELING' | 'TERMINATING', reason?: CallHangupReason | null): CallHangupReason {
  if (to === 'CANCELING') return reason === 'DIALOUT' ? 'DIALOUT' : 'CANCEL';
  return reason ?? 'NORMAL';
}

/** hangupReason for an outgoing call by its last status, the cause (§5.7) and the end a local hangup asked for. */
export function hangupReasonFor(call: CallState, cause: HangupCause, requested?: CallHangupReason | null): CallHangupReason {
  // A4: an instance that is gone ends its calls so that no one who answered is called again; so does the owner
  // for a call whose leg the provider no longer has (its hangup report was lost). A hangup already requested (its
  // end stored with CANCELING / TERMINATING) ends as asked, whoever ends it: an operator's cancel stays a CANCEL
  // (its try given back), our dial timeout a DIALOUT, exactly as if the owner had lived.
  const requestedEnd = (call.status === 'CANCELING' || call.status === 'TERMINATING') && requested;
  if ((cause === 'OWNER_LOST' || cause === 'LEG_LOST') && !requestedEnd) return call.progressingAt ? 'NORMAL' : 'FAILED';
  switch (call.status) {
    case 'DIALING':
    case 'RINGING':
      if (cause === 'NOANSWER' || cause === 'BUSY' || cause === 'DECLINED' || cause === 'NORMAL' || cause === 'DIALOUT') return cause;
      return 'FAILED';
    case 'PROGRESSING':
      return cause === 'TIMEOUT' ? 'TIMEOUT' : 'NORMAL';
    case 'TERMINATING':
      if (cause === 'AMD') return 'AMD';
      return requested ?? 'NORMAL';
    case 'CANCELING':
      // Our own dial timeout cancels a call that is still ringing: that is DIALOUT, not a user's cancel.
      return requested === 'DIALOUT' ? 'DIALOUT' : 'CANCEL';
    default:
      return 'NORMAL';
  }
}

/** hangupBy (§5.7): LOCAL when we ended it (terminating, canceling, our own dial timeout, owner lost), else REMOTE. */
export function hangupByFor(call: CallState, cause: HangupCause): CallHangupBy {
  if (call.status === 'TERMINATING' || call.status === 'CANCELING') return 'LOCAL';
  // A4: the dial timeout is ours (DIALOUT, LOCAL), and so is ending an orphaned call.
  if (cause === 'DIALOUT' || cause === 'OWNER_LOST' || cause === 'LEG_LOST') return 'LOCAL';
  return 'REMOTE';
}

/** Decides one transition: the columns to write, or why it is refused. */
export function transition(call: CallState, change: StatusChange, now: Date = new Date()): TransitionResult {
  if (!canTransition(call.status, change.to)) {
    return { ok: false, message: `a call cannot go from ${call.status} to ${change.to}` };
  }
  switch (change.to) {
    case 'RINGING':
      return { ok: true, update: { status: 'RINGING', ringingAt: now } };
    case 'PROGRESSING':
      return { ok: true, update: { status: 'PROGRESSING', progressingAt: now } };
    case 'TERMINATING':
    case 'CANCELING':
      // Which of the two a local request takes is fixed by the status, not the caller's choice.
      if (localHangupStatus(call.status) !== change.to) return { ok: false, message: `a call in ${call.status} cannot go to ${change.to}` };
      return { ok: true, update: { status: change.to, hangupRequestedReason: requestedEndFor(change.to, change.reason) } };
    case 'HANGUP':
      return {
        ok: true,
        update: {
          status: 'HANGUP', hangupAt: now,
          hangupBy: hangupByFor(call, change.cause),
          hangupReason: hangupReasonFor(call, change.cause, change.reason ?? call.hangupRequestedReason),
        },
      };
  }
}
