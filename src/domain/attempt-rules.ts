// The dialing rules of domain.md A3 as pure functions: which slot to dial, what an ended call means for the
// attempt and for its target (with issue 13's outcome rules: the attempt's outcome, the outplan's rule for it, the
// slots it gave up and the wait it set), and when an attempt is in flight. The dialer's round and a call's status change
// apply them in SQL (./attempt-rules-sql.ts, tested against these).
import type { AttemptOutcome, CallHangupReason, CampaignCallStatus } from '../generated/prisma/enums.ts';

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
  /** Bit s set: slot s was given up by a NEXT_DESTINATION rule (outdial_target.given_up_slots); 0 when absent. */
  givenUpSlots?: number;
}

const givenUp = (mask: number, slot: number) => (mask & (1 << slot)) !== 0;

/**
 * The lowest slot with tries left (slot 0 is retried up to its budget, then slot 1, ...) that is neither given
 * up (NEXT_DESTINATION) nor `barred` (its destination on a do-not-call list: skipped, its tries kept), or null.
 */
export function chooseSlot(target: TargetSlots, maxTryCounts: number[], barred: boolean[] = []): number | null {
  for (let slot = 0; slot < SLOTS; slot++) {
    if (target.inUse[slot] && target.tryCounts[slot] < (maxTryCounts[slot] ?? 0) && !givenUp(target.givenUpSlots ?? 0, slot) && !barred[slot]) return slot;
  }
  return null;
}

export const ATTEMPT_OUTCOMES = ['BUSY', 'NO_ANSWER', 'FAILED', 'DECLINED', 'MACHINE'] as const satisfies readonly AttemptOutcome[];
/** What the dialer does after an attempt's outcome; stored in the outplan's outcome_rules JSON (no column of its own). */
export const OUTCOME_ACTIONS = ['RETRY', 'NEXT_DESTINATION', 'STOP_TARGET'] as const;
export type OutcomeAction = (typeof OUTCOME_ACTIONS)[number];

/** What the outplan says to do after an attempt with one outcome (Outplan.outcomeRules). */
export interface OutcomeRule {
  action: OutcomeAction;
  /** Only with RETRY: ms to wait instead of the outplan's tryInterval; null: tryInterval. */
  retryInterval: number | null;
}

/** The outplan's rules by outcome (outplan.outcome_rules); an outcome without one is retried after tryInterval. */
export type OutcomeRules = Partial<Record<AttemptOutcome, OutcomeRule>>;

export interface EndedCall {
  hangupReason: CallHangupReason | null;
  progressingAt: Date | null;
  /** Set when a machine was detected and the call went on playing to it (machine detection LEAVE_MESSAGE). */
  machineDetectedAt?: Date | null;
}

/**
 * How an attempt that no person answered ended: a machine (hung up by AMD, or detected and left a message),
 * BUSY, DECLINED, NO_ANSWER (rejected after ringing, or our own dial timeout: DIALOUT, which is also how a callee
 * who never picks up ends), FAILED for any other unanswered end. Null when a person answered (whatever ended the
 * call after that: a duration cut, TIMEOUT, is still retried, as attemptResult says) and when the operator
 * canceled it before answer (CANCELED_BY_OPERATOR: not the callee's outcome, and its try is given back).
 */
export function attemptOutcome(call: EndedCall): AttemptOutcome | null {
  if (call.machineDetectedAt || call.hangupReason === 'AMD') return 'MACHINE';
  if (call.progressingAt !== null) return null;
  switch (call.hangupReason) {
    case 'BUSY':
      return 'BUSY';
    case 'DECLINED':
      return 'DECLINED';
    case 'NOANSWER':
    case 'DIALOUT':
      return 'NO_ANSWER';
    case 'CANCEL':
      return null;
    default:
      return 'FAILED';
  }
}

/** A message was left on a machine: the call was answered by one, played its actions and ended normally. */
export function leftVoicemail(call: EndedCall): boolean {
  return !!call.machineDetectedAt && attemptResult(call) === 'SUCCESS';
}

/** The mask of given-up slots once an attempt on `slot` ended under `rule` (NEXT_DESTINATION gives the slot up). */
export function givenUpAfterAttempt(givenUpSlots: number, slot: number, rule: OutcomeRule | null): number {
  return rule?.action === 'NEXT_DESTINATION' ? givenUpSlots | (1 << slot) : givenUpSlots;
}

/** The wait before the target's next attempt once an attempt ended under `rule`: RETRY's own interval, else null (tryInterval). */
export function retryWaitAfterAttempt(rule: OutcomeRule | null): number | null {
  return rule?.action === 'RETRY' ? rule.retryInterval ?? null : null;
}

/**
 * Whether a target that was attempted may be dialed again at `now`: its latest attempt ended (or never did)
 * at least its wait ago, the outcome rule's retryInterval or else the outplan's tryInterval, divided by the
 * simulator's time scale.
 */
export function retryWaitElapsed(
  target: { lastAttemptEndedAt: Date | null; retryWaitMs: number | null }, tryInterval: number, now: Date, timeScale = 1,
): boolean {
  if (target.lastAttemptEndedAt === null) return true;
  return target.lastAttemptEndedAt.getTime() <= now.getTime() - Math.round((target.retryWaitMs ?? tryInterval) / timeScale);
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

export type TargetOutcome =
  | { status: 'DONE'; result: 'ANSWERED' | 'EXHAUSTED' | 'STOPPED' | 'VOICEMAIL' }
  | { status: 'IDLE'; result: null };

/** The target's try counts once an attempt on `slot` ended: one try given back when the operator canceled it. */
export function tryCountsAfterAttempt(result: AttemptResult, tryCounts: number[], slot: number): number[] {
  if (result !== 'CANCELED_BY_OPERATOR') return tryCounts;
  return tryCounts.map((tries, s) => (s === slot ? Math.max(0, tries - 1) : tries));
}

/**
 * Where a target goes after an attempt on `slot` ended: DONE/ANSWERED (DONE/VOICEMAIL when the message was left on
 * a machine), DONE/STOPPED by a STOP_TARGET `rule` (the rule of the attempt's outcome, null without one), back
 * to IDLE, or DONE/EXHAUSTED, judged on its try counts after tryCountsAfterAttempt (a canceled attempt's try is
 * given back first) and the slots given up after givenUpAfterAttempt.
 */
export function targetAfterAttempt(
  result: AttemptResult, target: TargetSlots, maxTryCounts: number[], slot = 0, rule: OutcomeRule | null = null, voicemail = false,
): TargetOutcome {
  if (result === 'SUCCESS') return { status: 'DONE', result: voicemail ? 'VOICEMAIL' : 'ANSWERED' };
  if (rule?.action === 'STOP_TARGET') return { status: 'DONE', result: 'STOPPED' };
  const after = {
    ...target, tryCounts: tryCountsAfterAttempt(result, target.tryCounts, slot), givenUpSlots: givenUpAfterAttempt(target.givenUpSlots ?? 0, slot, rule),
  };
  return chooseSlot(after, maxTryCounts) === null ? { status: 'DONE', result: 'EXHAUSTED' } : { status: 'IDLE', result: null };
}
