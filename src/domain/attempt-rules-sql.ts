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

function slotOpen(target: string, slot: number, budget: BudgetSql, tries: TryCountSql = tryCountColumn(target)): string {
  return `(${target}.destination_${slot} IS NOT NULL AND ${tries(slot)} < ${budget(slot)})`;
}

/** chooseSlot(target, budgets) !== null: some slot in use has tries left (counted by `tries`, the columns by default). */
export function hasTriesLeftSql(target: string, budget: BudgetSql, tries?: TryCountSql): string {
  return `(${Array.from({ length: SLOTS }, (_, slot) => slotOpen(target, slot, budget, tries)).join(' OR ')})`;
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

/**
 * targetAfterAttempt(result, target, budgets, slot) as the target's new status and result; `success` is an SQL
 * boolean, `tries` its try counts after the attempt (tryCountsAfterAttemptSql; the columns by default).
 */
export function targetAfterAttemptSql(success: string, target: string, budget: BudgetSql, tries?: TryCountSql): { status: string; result: string } {
  const triesLeft = hasTriesLeftSql(target, budget, tries);
  return {
    status: `(CASE WHEN ${success} THEN 'DONE' WHEN ${triesLeft} THEN 'IDLE' ELSE 'DONE' END)::"OutdialTargetStatus"`,
    result: `(CASE WHEN ${success} THEN 'ANSWERED' WHEN ${triesLeft} THEN NULL ELSE 'EXHAUSTED' END)::"OutdialTargetResult"`,
  };
}

export interface RetryWaitSql {
  /** The target row's alias. */
  target: string;
  /** SQL int: the outplan's tryInterval (ms). */
  tryInterval: string;
  /** SIMULATOR_TIME_SCALE: divides the interval. */
  timeScale: number;
  /** SQL timestamptz: the instant judged. */
  now: string;
}

/**
 * SQL timestamptz: when target `target`'s wait for its retry interval ends (its last attempt's end plus the
 * scaled interval); NULL when it waits for nothing (never dialed, or its attempt has not ended). The one
 * definition of the interval: retryWaitElapsedSql is this instant reached; the preflight's nextDialableAt reads it.
 */
export function retryWaitEndsAtSql({ target, tryInterval, timeScale }: RetryWaitSql): string {
  return `(${target}.last_attempt_ended_at + round((${tryInterval}) / ${timeScale}::float8) * interval '1 millisecond')`;
}

/**
 * SQL boolean: target `target` (dialed before) is past its retry interval, the dialer round's test
 * (src/dialer/round-statement.ts) and the preflight's (./campaign-preflight.ts).
 */
export function retryWaitElapsedSql(wait: RetryWaitSql): string {
  return `(${wait.target}.last_attempt_ended_at IS NULL OR ${retryWaitEndsAtSql(wait)} <= ${wait.now})`;
}

/**
 * The campaign call `attempt` is in flight. An IN list, so it reads two ranges of the (campaign, status) index;
 * status <> 'DONE' would read every attempt the campaign ever made.
 */
export function inFlightSql(attempt: string): string {
  return `${attempt}.status IN (${IN_FLIGHT_ATTEMPT_STATUSES.map((s) => `'${s}'`).join(', ')})`;
}
