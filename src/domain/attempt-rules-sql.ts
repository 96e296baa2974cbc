// The rules of ./attempt-rules.ts in SQL, for the statements that apply them to the rows they lock (a dialer
// round picks and charges targets, a hangup moves its target on) without reading the rows back into
// JavaScript first. test/attempt-rules-sql.test.ts runs these against their JavaScript twins over every
// combination of slots in use, try counts and budgets, so the two cannot drift apart.
import { IN_FLIGHT_ATTEMPT_STATUSES, SLOTS } from './attempt-rules.ts';

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

/** chooseSlot(target, budgets): the lowest slot in use with tries left, or NULL. */
export function chosenSlotSql(target: string, budget: BudgetSql): string {
  return `(CASE ${Array.from({ length: SLOTS }, (_, slot) => `WHEN ${slotOpen(target, slot, budget)} THEN ${slot}`).join(' ')} END)`;
}

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

/**
 * The campaign call `attempt` is in flight. An IN list, so it reads two ranges of the (campaign, status) index;
 * status <> 'DONE' would read every attempt the campaign ever made.
 */
export function inFlightSql(attempt: string): string {
  return `${attempt}.status IN (${IN_FLIGHT_ATTEMPT_STATUSES.map((s) => `'${s}'`).join(', ')})`;
}
