// The dialing rules of domain.md A3 as pure functions: which slot to dial, what an ended call means for the
// attempt and for its target, and when an attempt is in flight. The dialer's round and a call's status change
// apply them in SQL (./attempt-rules-sql.ts, tested against these).
import type { CallHangupReason, CampaignCallStatus } from '../generated/prisma/enums.ts';

/** Destination slots of a target, and budgets of an outplan: 0..4. */
export const SLOTS = 5;

/**
 * An attempt is in flight from its creation until its call has ended (DONE): it holds one of the campaign's
 * maxConcurrentCalls, and a STOPPING campaign waits for it.
 */
export const IN_FLIGHT_ATTEMPT_STATUSES = ['DIALING', 'PROGRESSING'] as const satisfies readonly CampaignCallStatus[];

export interface TargetSlots {
  /** Whether each of the five slots holds a destination. */
  inUse: boolean[];
  tryCounts: number[];
}

/**
 * The lowest slot with tries left (slot 0 is retried up to its budget, then slot 1, ...) that is not `barred`
 * (its destination on a do-not-call list: skipped, its tries kept), or null.
 */
export function chooseSlot(target: TargetSlots, maxTryCounts: number[], barred: boolean[] = []): number | null {
  for (let slot = 0; slot < SLOTS; slot++) {
    if (target.inUse[slot] && target.tryCounts[slot] < (maxTryCounts[slot] ?? 0) && !barred[slot]) return slot;
  }
  return null;
}

export type AttemptResult = 'SUCCESS' | 'FAIL' | 'CANCELED_BY_OPERATOR';

/**
 * A call answered by a person and ended normally (by either side) is a success. A call hung up before answer
 * at an operator's request (hangup reason CANCEL: STOP with hangupActiveCalls, or callHangup; our own dial
 * timeout ends with DIALOUT instead) was not the callee's failure: CANCELED_BY_OPERATOR, and its try is given
 * back. Everything else is a fail; a machine (AMD) or an answered call cut by the duration limit (TIMEOUT) is retried.
 */
export function attemptResult(call: { hangupReason: CallHangupReason | null; progressingAt: Date | null }): AttemptResult {
  if (call.hangupReason === 'NORMAL' && call.progressingAt !== null) return 'SUCCESS';
  if (call.hangupReason === 'CANCEL' && call.progressingAt === null) return 'CANCELED_BY_OPERATOR';
  return 'FAIL';
}

export type TargetOutcome = { status: 'DONE'; result: 'ANSWERED' | 'EXHAUSTED' } | { status: 'IDLE'; result: null };

/** The target's try counts once an attempt on `slot` ended: one try given back when the operator canceled it. */
export function tryCountsAfterAttempt(result: AttemptResult, tryCounts: number[], slot: number): number[] {
  if (result !== 'CANCELED_BY_OPERATOR') return tryCounts;
  return tryCounts.map((tries, s) => (s === slot ? Math.max(0, tries - 1) : tries));
}

/**
 * Where a target goes after an attempt on `slot` ended: DONE/ANSWERED, back to IDLE, or DONE/EXHAUSTED, judged
 * on its try counts after tryCountsAfterAttempt (a canceled attempt's try is given back first).
 */
export function targetAfterAttempt(result: AttemptResult, target: TargetSlots, maxTryCounts: number[], slot = 0): TargetOutcome {
  if (result === 'SUCCESS') return { status: 'DONE', result: 'ANSWERED' };
  const after = { ...target, tryCounts: tryCountsAfterAttempt(result, target.tryCounts, slot) };
  return chooseSlot(after, maxTryCounts) === null ? { status: 'DONE', result: 'EXHAUSTED' } : { status: 'IDLE', result: null };
}
