// What a campaign call's progress means for its attempt and its target (domain.md A3), written by the same
// statement as the call's own status change (./call.ts adds these CTEs to it), so a call can never
// end without its attempt and target moving on: no target is left PROGRESSING after its call ended, and a
// crash between the two writes is impossible because there is only one write.
import { Prisma as P, type Call } from '../generated/prisma/client.ts';
import type { Cte } from '../events/outbox.ts';
import { rowJsonSql } from '../events/row-json.ts';
import { attemptOutcome, attemptResult, leftVoicemail, SLOTS } from './attempt-rules.ts';
import { budgetsOfArray, inFlightSql, targetAfterAttemptSql, tryCountsAfterAttemptSql } from './attempt-rules-sql.ts';

/**
 * The CTEs that move the attempt and the target of `call`, the call as its change leaves it, whose updated
 * row the CTE `callCte` returns. PROGRESSING (answered) marks the attempt PROGRESSING; HANGUP ends the attempt
 * (SUCCESS, FAIL, or CANCELED_BY_OPERATOR, whose try is given back: the slot's try count goes down by one) and
 * records its outcome (attemptOutcome), and moves the target as targetAfterAttempt says under the campaign's
 * outplan as it is now, with the outplan's rule for that outcome: DONE/ANSWERED (or VOICEMAIL), DONE/STOPPED,
 * back to IDLE (its wait, the rule's retryInterval or tryInterval, counts from the hangup; a NEXT_DESTINATION
 * slot given up), or DONE/EXHAUSTED. Calls not placed by a campaign cost nothing here.
 */
export function attemptProgressCtes(callCte: string, call: Call, now: Date): Cte[] {
  if (!call.campaignId) return [];
  const changedCall = P.raw(callCte);
  if (call.status === 'PROGRESSING') {
    return [{
      name: 'attempt_row',
      events: { entityType: 'CampaignCall', kind: 'STATUS' },
      sql: P.sql`
        UPDATE campaign_call AS a SET status = 'PROGRESSING', updated_at = ${now}::timestamptz, version = a.version + 1
        FROM ${changedCall} AS changed WHERE a.call_id = changed.id AND a.status = 'DIALING'
        RETURNING a.customer_id, a.id, a.version, ${rowJsonSql('CampaignCall', 'a')} AS snap`,
    }];
  }
  if (call.status !== 'HANGUP') return [];
  const result = attemptResult(call);
  const outcome = attemptOutcome(call);
  // Only the attempt in flight moves a target out of PROGRESSING (the dialer never starts a second one).
  const tries = tryCountsAfterAttemptSql('t', result === 'CANCELED_BY_OPERATOR' ? 'true' : 'false', 'ended.destination_index');
  const target = targetAfterAttemptSql('t', budgetsOfArray('p.max_try_counts'), {
    success: result === 'SUCCESS' ? 'true' : 'false',
    voicemail: leftVoicemail(call) ? 'true' : 'false',
    // The outcome is a literal (one of ATTEMPT_OUTCOMES); the rule is the outplan's as it is now.
    rule: outcome ? `(p.outcome_rules -> '${outcome}')` : undefined,
    slot: 'ended.destination_index',
    tries,
  });
  const givenBack = result === 'CANCELED_BY_OPERATOR'
    ? P.raw(Array.from({ length: SLOTS }, (_, slot) => `try_count_${slot} = ${tries(slot)}, `).join(''))
    : P.empty;
  return [
    {
      name: 'attempt_row',
      events: { entityType: 'CampaignCall', kind: 'STATUS' },
      sql: P.sql`
        UPDATE campaign_call AS a SET status = 'DONE', result = ${result}::"CampaignCallResult", outcome = ${outcome}::"AttemptOutcome", updated_at = ${now}::timestamptz, version = a.version + 1
        FROM ${changedCall} AS changed WHERE a.call_id = changed.id AND ${P.raw(inFlightSql('a'))}
        RETURNING a.customer_id, a.id, a.version, ${rowJsonSql('CampaignCall', 'a')} AS snap, a.outdial_target_id, a.campaign_id, a.destination_index`,
    },
    {
      name: 'target_row',
      events: { entityType: 'OutdialTarget', kind: 'STATUS' },
      sql: P.sql`
        UPDATE outdial_target AS t
        SET ${givenBack}status = ${P.raw(target.status)}, result = ${P.raw(target.result)}, last_attempt_ended_at = ${call.hangupAt ?? now}::timestamptz,
            given_up_slots = ${P.raw(target.givenUpSlots)}, retry_wait_ms = ${P.raw(target.retryWaitMs)},
            updated_at = ${now}::timestamptz, version = t.version + 1
        FROM attempt_row AS ended JOIN campaign k ON k.id = ended.campaign_id LEFT JOIN outplan p ON p.id = k.outplan_id
        WHERE t.id = ended.outdial_target_id AND t.status = 'PROGRESSING'
        RETURNING t.customer_id, t.id, t.version, ${rowJsonSql('OutdialTarget', 't')} AS snap`,
    },
  ];
}
