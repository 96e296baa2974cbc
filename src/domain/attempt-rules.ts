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

/** The lowest slot with tries left (slot 0 is retried up to its budget, then slot 1, ...), or null. */
export function chooseSlot(target: TargetSlots, maxTryCounts: number[]): number | null {
  for (let slot = 0; slot < SLOTS; slot++) {
    if (target.inUse[slot] && target.tryCounts[slot] < (maxTryCounts[slot] ?? 0)) return slot;
  }
  return null;
}

export type AttemptResult = 'SUCCESS' | 'FAIL';

/**
 * A call answered by a person and ended normally (by either side) is a success; everything else is a
 * fail. A machine (AMD) or an answered call cut by the duration limit (TIMEOUT) is retried.
 */
export function attemptResult(call: { hangupReason: CallHangupReason | null; progressingAt: Date | null }): AttemptResult {
  return call.hangupReason === 'NORMAL' && call.progressingAt !== null ? 'SUCCESS' : 'FAIL';
}

export type TargetOutcome = { status: 'DONE'; result: 'ANSWERED' | 'EXHAUSTED' } | { status: 'IDLE'; result: null };

/** Where a target goes after an attempt ended: DONE/ANSWERED, back to IDLE, or DONE/EXHAUSTED. */
export function targetAfterAttempt(result: AttemptResult, target: TargetSlots, maxTryCounts: number[]): TargetOutcome {
  if (result === 'SUCCESS') return { status: 'DONE', result: 'ANSWERED' };
  return chooseSlot(target, maxTryCounts) === null ? { status: 'DONE', result: 'EXHAUSTED' } : { status: 'IDLE', result: null };
}
