// Contact limit (issue 13): at most maxAttempts calls to one address in any periodDays days, across all of the
// customer's campaigns. The one SQL definition the dialer's round (src/dialer/round-statement.ts) and the preflight
// (./campaign-preflight.ts) share, so what the preflight calls "over the contact limit" is what the round skips.
//
// What counts: the customer's `call` rows to the address (addressKeySql: E.164, or the sip: URI), placed in the
// period: every campaign's attempts and calls placed by hand (callCreate), answered or not, deleted or not (a
// deleted call was still made). Not CONNECT legs: they dial the campaign's own agents, not the contact. Calls rather
// than campaign_call rows because a person called by hand has been called all the same. A hand call is counted but
// never refused by the limit (a campaign's rule binds the dialer, not an operator).
// Read from the index call_contact_address_idx (customer, address, created_at), at most maxAttempts rows per probe.
import { addressKeySql } from './dnc-address.ts';

export interface ContactLimitSql {
  /** SQL uuid: the customer whose calls count. */
  customerId: string;
  /** SQL jsonb: the stored destination ({type, target}) about to be dialed. */
  destination: string;
  /** SQL int: the limit's maxAttempts. */
  maxAttempts: string;
  /** SQL int: the limit's periodDays. */
  periodDays: string;
  /** SQL timestamptz: the instant judged (the period is the periodDays days before it). */
  at: string;
}

function countedCalls({ customerId, destination, periodDays, at }: ContactLimitSql): string {
  return `SELECT k.created_at FROM "call" k
            WHERE k.customer_id = ${customerId} AND k.direction = 'OUTGOING' AND k.type <> 'CONNECT'
              AND ${addressKeySql('k.destination')} = ${addressKeySql(destination)}
              AND k.created_at > (${at}) - (${periodDays}) * interval '1 day'`;
}

/** SQL int: the calls counted in the period, at most maxAttempts (the probe stops there). */
export function contactAttemptsSql(limit: ContactLimitSql): string {
  return `(SELECT count(*)::int FROM (${countedCalls(limit)} LIMIT (${limit.maxAttempts})) counted)`;
}

/** SQL boolean: another call to the destination now would exceed the limit. */
export function overContactLimitSql(limit: ContactLimitSql): string {
  return `(${contactAttemptsSql(limit)} >= (${limit.maxAttempts}))`;
}

/**
 * SQL timestamptz: when one more call is allowed again (the maxAttempts-th most recent counted call leaves the
 * period); NULL when one is allowed now.
 */
export function contactLimitFreesAtSql(limit: ContactLimitSql): string {
  return `((${countedCalls(limit)} ORDER BY k.created_at DESC OFFSET (${limit.maxAttempts}) - 1 LIMIT 1) + (${limit.periodDays}) * interval '1 day')`;
}
