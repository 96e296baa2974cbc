// The rules of ./attempt-rules.ts in SQL, for the statements that apply them to the rows they lock (a dialer
// round picks and charges targets, a hangup moves its target on) without reading the rows back into
// JavaScript first. test/attempt-rules-sql.test.ts runs these against their JavaScript twins over every
// combination of slots in use, try counts and budgets, so the two cannot drift apart.
import { IN_FLIGHT_ATTEMPT_STATUSES, SLOTS } from './attempt-rules.ts';
import { dncKeysSql } from './dnc-address.ts';

/** SQL for one slot's budget, an integer expression (a column of the outplan, or a literal). */
export type BudgetSql = (slot: number) => string;

/** Budgets from an `int[]` expression (the outplan's max_try_counts), missing entries 0. */
export const budgetsOfArray = (array: string): BudgetSql => (slot) => `COALESCE((${array})[${slot + 1}], 0)`;

/** Budgets from known numbers (inlined: they are integers read from the database). */
export const budgetsOfNumbers = (maxTryCounts: number[]): BudgetSql => (slot) => String(Math.trunc(Number(maxTryCounts[slot] ?? 0)));

/** SQL for one slot's try count (a column of the target, or an expression over it). */
export type TryCountSql = (slot: number) => string;

const tryCountColumn = (target: string): TryCountSql => (slot) => `${target}.try_count_${slot}`;

/** A slot in use, with tries left, not given up (`givenUp`: an SQL int mask, the target's given_up_slots by default). */
function slotOpen(target: string, slot: number, budget: BudgetSql, tries: TryCountSql = tryCountColumn(target), givenUp = `${target}.given_up_slots`): string {
  return `(${target}.destination_${slot} IS NOT NULL AND ${tries(slot)} < ${budget(slot)} AND ((${givenUp}) & ${1 << slot}) = 0)`;
}

/**
 * chooseSlot(target, budgets) !== null: some slot in use has tries left (counted by `tries`, the columns by
 * default) and is not given up (`givenUp`, an SQL int mask; the target's given_up_slots by default).
 */
export function hasTriesLeftSql(target: string, budget: BudgetSql, tries?: TryCountSql, givenUp?: string): string {
  return `(${Array.from({ length: SLOTS }, (_, slot) => slotOpen(target, slot, budget, tries, givenUp)).join(' OR ')})`;
}

/**
 * retryWaitElapsed: target `target` (attempted before) may be dialed again at `now` (an SQL timestamptz): its
 * latest attempt ended at least its wait ago, the retry_wait_ms its outcome rule set or else `tryInterval` (an SQL
 * int, ms), divided by `timeScale`. The one retry-wait test: the round and the preflight both use it.
 */
export function retryWaitElapsedSql(target: string, tryInterval: string, now: string, timeScale: number): string {
  return `(${target}.last_attempt_ended_at IS NULL OR ${target}.last_attempt_ended_at <= ${now} - ${retryWaitSql(target, tryInterval, timeScale)})`;
}

/** When target `target` may be dialed again (NULL: its latest attempt never ended, or it was never attempted): see retryWaitElapsedSql. */
export function retryDueAtSql(target: string, tryInterval: string, timeScale: number): string {
  return `(${target}.last_attempt_ended_at + ${retryWaitSql(target, tryInterval, timeScale)})`;
}

function retryWaitSql(target: string, tryInterval: string, timeScale: number): string {
  return `round(COALESCE(${target}.retry_wait_ms, ${tryInterval}) / ${Number(timeScale)}::float8) * interval '1 millisecond'`;
}

/**
 * tryCountsAfterAttempt: slot by slot, the target's try count once the attempt on `slot` (an SQL int) ended;
 * `givenBack` (an SQL boolean) says whether its try is given back (CANCELED_BY_OPERATOR).
 */
export function tryCountsAfterAttemptSql(target: string, givenBack: string, slot: string): TryCountSql {
  return (s) => `GREATEST(0, ${target}.try_count_${s} - ((${givenBack}) AND (${slot}) = ${s})::int)`;
}

/** The stored destination JSON of target `target`'s slot `slot` (an SQL int, 0-based; NULL: NULL). */
export function destinationOfSlotSql(target: string, slot: string): string {
  return `(ARRAY[${Array.from({ length: SLOTS }, (_, s) => `${target}.destination_${s}`).join(', ')}])[${slot} + 1]`;
}

/** SQL true when a slot's destination may not be dialed now (a do-not-call entry forbids it). */
export type SlotBarredSql = (slot: number) => string;

/**
 * chooseSlot(target, budgets, barred): the lowest slot in use with tries left that is not barred, or NULL (every
 * slot with tries left barred, or none left).
 */
export function chosenSlotSql(target: string, budget: BudgetSql, barred?: SlotBarredSql): string {
  const open = (slot: number) => (barred ? `(${slotOpen(target, slot, budget)} AND NOT ${barred(slot)})` : slotOpen(target, slot, budget));
  return `(CASE ${Array.from({ length: SLOTS }, (_, slot) => `WHEN ${open(slot)} THEN ${slot}`).join(' ')} END)`;
}

/**
 * A slot's destination is on a live do-not-call list bound to campaign `campaignId` (an SQL uuid expression):
 * per bound list, one probe of dnc_entry's primary key (dnc_list_id, address) per spelling of the destination
 * (dncKeysSql), so the list's size does not matter. Read in the statement's snapshot: an entry committed before
 * the statement started is seen.
 */
export const dncListedSql = (target: string, campaignId: string): SlotBarredSql => (slot) => `EXISTS (
            SELECT 1 FROM campaign_dnc_list b
            JOIN dnc_list l ON l.id = b.dnc_list_id AND l.deleted_at IS NULL
            JOIN dnc_entry e ON e.dnc_list_id = b.dnc_list_id AND e.address IN (${dncKeysSql(`${target}.destination_${slot}`)})
            WHERE b.campaign_id = ${campaignId} AND ${target}.destination_${slot} IS NOT NULL)`;

/** How an attempt ended, as SQL expressions for targetAfterAttemptSql. */
export interface AttemptEndSql {
  /** Boolean: the attempt's result is SUCCESS. */
  success: string;
  /** Boolean: the message was left on a machine (leftVoicemail); false by default. */
  voicemail?: string;
  /**
   * jsonb: the outplan's rule for the attempt's outcome ({action, retryInterval}), NULL without one (or without an
   * outcome); NULL by default.
   */
  rule?: string;
  /** Int: the slot the attempt dialed (needed with a rule). */
  slot?: string;
  /** Its try counts after the attempt (tryCountsAfterAttemptSql; the columns by default). */
  tries?: TryCountSql;
}

/**
 * targetAfterAttempt(result, target, budgets, slot, rule, voicemail) as the target's new status and result, and
 * givenUpAfterAttempt / retryWaitAfterAttempt as its new given_up_slots and retry_wait_ms.
 */
export function targetAfterAttemptSql(target: string, budget: BudgetSql, end: AttemptEndSql): { status: string; result: string; givenUpSlots: string; retryWaitMs: string } {
  const rule = end.rule ?? 'NULL::jsonb';
  const action = `(${rule} ->> 'action')`;
  const givenUpSlots = `(${target}.given_up_slots | (CASE WHEN ${action} = 'NEXT_DESTINATION' THEN 1 << (${end.slot ?? '0'}) ELSE 0 END))`;
  const triesLeft = hasTriesLeftSql(target, budget, end.tries, givenUpSlots);
  const voicemail = end.voicemail ?? 'false';
  return {
    status: `(CASE WHEN ${end.success} THEN 'DONE' WHEN ${action} = 'STOP_TARGET' THEN 'DONE' WHEN ${triesLeft} THEN 'IDLE' ELSE 'DONE' END)::"OutdialTargetStatus"`,
    result: `(CASE WHEN ${end.success} THEN (CASE WHEN ${voicemail} THEN 'VOICEMAIL' ELSE 'ANSWERED' END) WHEN ${action} = 'STOP_TARGET' THEN 'STOPPED'
               WHEN ${triesLeft} THEN NULL ELSE 'EXHAUSTED' END)::"OutdialTargetResult"`,
    givenUpSlots,
    retryWaitMs: `(CASE WHEN ${action} = 'RETRY' THEN (${rule} ->> 'retryInterval')::int END)`,
  };
}

/**
 * The campaign call `attempt` is in flight. An IN list, so it reads two ranges of the (campaign, status) index;
 * status <> 'DONE' would read every attempt the campaign ever made.
 */
export function inFlightSql(attempt: string): string {
  return `${attempt}.status IN (${IN_FLIGHT_ATTEMPT_STATUSES.map((s) => `'${s}'`).join(', ')})`;
}
