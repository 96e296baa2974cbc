// Campaign progress for dashboards: target counts over the campaign's outdial and its attempts, for many
// campaigns in one SQL statement (a page of campaigns costs one query, batched per request by the caller).
import { Prisma as P } from '../generated/prisma/client.ts';
import type { Prisma } from '../db/database.ts';
import { inFlightSql } from './attempt-rules-sql.ts';
import { callingHoursOpenSql, targetZonesSql } from './calling-hours.ts';

export interface CampaignProgress {
  targetsTotal: number;
  targetsIdle: number;
  targetsProgressing: number;
  /** DONE with result ANSWERED. */
  targetsAnswered: number;
  /** DONE with result EXHAUSTED. */
  targetsExhausted: number;
  /** DONE with result SUPPRESSED: every destination with tries left is on a do-not-call list. */
  targetsSuppressed: number;
  /** DONE with result STOPPED: an outcome rule with STOP_TARGET ended it. */
  targetsStopped: number;
  /** DONE with result VOICEMAIL: a machine answered and got the campaign's actions (machine detection LEAVE_MESSAGE). */
  targetsVoicemail: number;
  /** The campaign's campaign calls (not deleted): campaignCalls.totalCount. */
  attempts: number;
  /** Its attempts in flight (not DONE yet). */
  callsInFlight: number;
  /** 100 * DONE targets / all targets; 0 without targets. */
  percent: number;
  /** IDLE targets whose calling hours are closed now (the dialer skips them until their window opens). */
  targetsOutsideCallingHours: number;
}

interface ProgressRow {
  id: string;
  total: number;
  idle: number;
  progressing: number;
  done: number;
  answered: number;
  exhausted: number;
  suppressed: number;
  stopped: number;
  voicemail: number;
  attempts: number;
  in_flight: number;
  outside_hours: number;
}

const EMPTY = { total: 0, idle: 0, progressing: 0, done: 0, answered: 0, exhausted: 0, suppressed: 0, stopped: 0, voicemail: 0, attempts: 0, in_flight: 0, outside_hours: 0 };

/** The dialer round's test (src/dialer/round-statement.ts) on target `ot` of campaign `c`, at hours.at. */
const OUTSIDE_HOURS = `NOT ${callingHoursOpenSql({
  zones: targetZonesSql('ot', 'c.default_time_zone'), windows: 'c.calling_windows', restrictedDates: 'c.restricted_dates', at: 'hours.at',
})}`;

/** Progress of each campaign of `campaignIds` (the customer's only; others read as zero), in input order. */
export async function progressByCampaign(
  prisma: Prisma, customerId: string, campaignIds: readonly string[], at: Date = new Date(),
): Promise<CampaignProgress[]> {
  // Targets: the live ones of the campaign's current outdial. Every table is filtered by customer_id as well.
  const rows = await prisma.$queryRaw<ProgressRow[]>`
    SELECT c.id, t.total, t.idle, t.progressing, t.done, t.answered, t.exhausted, t.suppressed, t.stopped, t.voicemail, t.outside_hours, a.attempts, a.in_flight
    FROM campaign c
    CROSS JOIN LATERAL (
      SELECT count(*)::int AS total,
             count(*) FILTER (WHERE ot.status = 'IDLE')::int AS idle,
             count(*) FILTER (WHERE ot.status = 'PROGRESSING')::int AS progressing,
             count(*) FILTER (WHERE ot.status = 'DONE')::int AS done,
             count(*) FILTER (WHERE ot.status = 'DONE' AND ot.result = 'ANSWERED')::int AS answered,
             count(*) FILTER (WHERE ot.status = 'DONE' AND ot.result = 'EXHAUSTED')::int AS exhausted,
             count(*) FILTER (WHERE ot.status = 'IDLE' AND ${P.raw(OUTSIDE_HOURS)})::int AS outside_hours,
             count(*) FILTER (WHERE ot.status = 'DONE' AND ot.result = 'SUPPRESSED')::int AS suppressed,
             count(*) FILTER (WHERE ot.status = 'DONE' AND ot.result = 'STOPPED')::int AS stopped,
             count(*) FILTER (WHERE ot.status = 'DONE' AND ot.result = 'VOICEMAIL')::int AS voicemail
      FROM outdial_target ot CROSS JOIN (SELECT ${at}::timestamptz AS at) hours
      WHERE ot.outdial_id = c.outdial_id AND ot.customer_id = c.customer_id AND ot.deleted_at IS NULL
    ) t
    CROSS JOIN LATERAL (
      SELECT count(*)::int AS attempts, count(*) FILTER (WHERE ${P.raw(inFlightSql('cc'))})::int AS in_flight
      FROM campaign_call cc
      WHERE cc.campaign_id = c.id AND cc.customer_id = c.customer_id AND cc.deleted_at IS NULL
    ) a
    WHERE c.id = ANY(${[...new Set(campaignIds)]}::uuid[]) AND c.customer_id = ${customerId}::uuid`;
  const byId = new Map(rows.map((r) => [r.id, r]));
  return campaignIds.map((id) => {
    const r = byId.get(id) ?? { id, ...EMPTY };
    return {
      targetsTotal: r.total, targetsIdle: r.idle, targetsProgressing: r.progressing, targetsAnswered: r.answered,
      targetsExhausted: r.exhausted, targetsSuppressed: r.suppressed, targetsStopped: r.stopped, targetsVoicemail: r.voicemail,
      attempts: r.attempts, callsInFlight: r.in_flight, targetsOutsideCallingHours: r.outside_hours,
      percent: r.total === 0 ? 0 : (100 * r.done) / r.total,
    };
  });
}
