// Campaign.preflight (issue 13): what the dialer would do with each of the campaign's targets if it looked now,
// for "X of Y will be skipped" before pressing Run. Built from the very predicates the dialer's round uses
// (src/dialer/round-statement.ts): tries left and the do-not-call slot choice (./attempt-rules-sql.ts), the contact
// limit (./contact-limit.ts), calling hours (./calling-hours.ts) and the retry wait (retryWaitElapsedSql), so the
// round dials exactly the targets counted dialableNow (as many as its free slots and calls per second allow).
//
// Each target is in exactly one bucket, the first that holds: done (DONE, or IDLE with no tries left: the dialer
// marks it EXHAUSTED), inProgress (its call is in flight), suppressed (every destination with tries left is on a
// bound do-not-call list), overContactLimit (its chosen destination), outsideCallingHours, waitingForRetryInterval,
// dialableNow. nextDialableAt, when none is dialable now, is the earliest instant at which a waiting target's
// reason ends (its retry interval, its window's opening, its destination's contact limit freeing up): a lower bound,
// since a target may then wait for another reason.
//
// Cost: one statement that reads every live target of the campaign's outdial (a count: about a second per million
// targets), plus one index probe per DNC list and destination, one contact-limit probe per target over the limit
// (two, for nextDialableAt) and the next opening per distinct zone set. Its field's complexity says so.
import { Prisma as P } from '../generated/prisma/client.ts';
import type { Prisma } from '../db/database.ts';
import {
  budgetsOfArray, chosenSlotSql, destinationOfSlotSql, dncListedSql, hasTriesLeftSql, retryDueAtSql, retryWaitElapsedSql,
} from './attempt-rules-sql.ts';
import { callingHoursOpenSql, nextOpeningSql, targetZonesSql } from './calling-hours.ts';
import { contactLimitFreesAtSql, overContactLimitSql, type ContactLimitSql } from './contact-limit.ts';

export interface CampaignPreflight {
  targetsTotal: number;
  dialableNow: number;
  waitingForRetryInterval: number;
  outsideCallingHours: number;
  suppressed: number;
  overContactLimit: number;
  done: number;
  /** PROGRESSING: an attempt in flight. */
  inProgress: number;
  nextDialableAt: Date | null;
}

export interface PreflightOptions {
  /** The instant calling hours and the contact limit are judged at (the dialer's clock); now by default. */
  at?: Date;
  /** SIMULATOR_TIME_SCALE: divides the try interval, as the dialer does. */
  timeScale: number;
}

interface PreflightRow {
  id: string;
  total: number;
  dialable: number;
  retry: number;
  hours: number;
  suppressed: number;
  over_limit: number;
  done: number;
  in_progress: number;
  next_at: Date | null;
}

const BUCKETS = ['done', 'in_progress', 'suppressed', 'over_limit', 'hours', 'retry', 'dialable'] as const;

/** The preflight of each campaign of `campaignIds` (the customer's only; others read as zero), in input order; one statement. */
export async function preflightByCampaign(
  prisma: Prisma, customerId: string, campaignIds: readonly string[], { at = new Date(), timeScale }: PreflightOptions,
): Promise<CampaignPreflight[]> {
  const budgets = budgetsOfArray('cs.max_try_counts');
  const destination = destinationOfSlotSql('t', 's.slot');
  const limit: ContactLimitSql = {
    customerId: 'cs.customer_id', destination, maxAttempts: 'cs.contact_limit_max_attempts', periodDays: 'cs.contact_limit_period_days',
    at: '(SELECT at FROM params)',
  };
  const hours = {
    zones: targetZonesSql('t', 'cs.default_time_zone'), windows: 'cs.calling_windows', restrictedDates: 'cs.restricted_dates', at: '(SELECT at FROM params)',
  };
  // The round's tests, in the order of precedence above.
  const bucket = `CASE
      WHEN t.status = 'DONE' THEN 'done'
      WHEN t.status = 'PROGRESSING' THEN 'in_progress'
      WHEN NOT ${hasTriesLeftSql('t', budgets)} THEN 'done'
      WHEN s.slot IS NULL THEN 'suppressed'
      WHEN cs.contact_limit_max_attempts IS NOT NULL AND ${overContactLimitSql(limit)} THEN 'over_limit'
      WHEN NOT ${callingHoursOpenSql(hours)} THEN 'hours'
      WHEN t.last_attempt_at IS NOT NULL AND NOT ${retryWaitElapsedSql('t', 'cs.try_interval', '(SELECT now FROM params)', timeScale)} THEN 'retry'
      ELSE 'dialable' END`;
  const counts = BUCKETS.map((b) => `count(*) FILTER (WHERE x.bucket = '${b}')::int AS ${b}`).join(', ');
  const rows = await prisma.$queryRaw<PreflightRow[]>`
    WITH params AS (SELECT ${at}::timestamptz AS at, date_trunc('milliseconds', clock_timestamp()) AS now),
    cs AS (
      SELECT c.id, c.customer_id, c.outdial_id, c.calling_windows, c.restricted_dates, c.default_time_zone,
             c.contact_limit_max_attempts, c.contact_limit_period_days, p.max_try_counts, p.try_interval
      FROM campaign c LEFT JOIN outplan p ON p.id = c.outplan_id AND p.customer_id = c.customer_id
      WHERE c.id = ANY(${[...new Set(campaignIds)]}::uuid[]) AND c.customer_id = ${customerId}::uuid),
    x AS (
      SELECT cs.id AS campaign_id, b.bucket,
             CASE WHEN b.bucket = 'hours' THEN ${P.raw(hours.zones)} END AS zones,
             CASE WHEN b.bucket = 'retry' THEN ${P.raw(retryDueAtSql('t', 'cs.try_interval', timeScale))} END AS retry_ends_at,
             CASE WHEN b.bucket = 'over_limit' THEN ${P.raw(contactLimitFreesAtSql(limit))} END AS limit_frees_at
      FROM cs
      JOIN outdial_target t ON t.outdial_id = cs.outdial_id AND t.customer_id = cs.customer_id AND t.deleted_at IS NULL
      CROSS JOIN LATERAL (SELECT CASE WHEN t.status = 'IDLE' THEN ${P.raw(chosenSlotSql('t', budgets, dncListedSql('t', 'cs.id')))} END AS slot OFFSET 0) s
      CROSS JOIN LATERAL (SELECT ${P.raw(bucket)} AS bucket OFFSET 0) b),
    counted AS (
      SELECT x.campaign_id, count(*)::int AS total, ${P.raw(counts)},
             min(x.retry_ends_at) AS retry_next, min(x.limit_frees_at) AS limit_next
      FROM x GROUP BY x.campaign_id)
    SELECT cs.id, COALESCE(n.total, 0) AS total, ${P.raw(BUCKETS.map((b) => `COALESCE(n.${b}, 0) AS ${b}`).join(', '))},
           CASE WHEN COALESCE(n.dialable, 0) = 0 THEN LEAST(n.retry_next, n.limit_next, (
             SELECT min(${P.raw(nextOpeningSql({ zones: 'zs.zones', windows: 'cs.calling_windows', restrictedDates: 'cs.restricted_dates', at: '(SELECT at FROM params)' }))})
             FROM (SELECT DISTINCT x.zones FROM x WHERE x.campaign_id = cs.id AND x.bucket = 'hours') zs)) END AS next_at
    FROM cs LEFT JOIN counted n ON n.campaign_id = cs.id`;
  const byId = new Map(rows.map((r) => [r.id, r]));
  return campaignIds.map((id) => {
    const r = byId.get(id);
    return {
      targetsTotal: r?.total ?? 0, dialableNow: r?.dialable ?? 0, waitingForRetryInterval: r?.retry ?? 0, outsideCallingHours: r?.hours ?? 0,
      suppressed: r?.suppressed ?? 0, overContactLimit: r?.over_limit ?? 0, done: r?.done ?? 0, inProgress: r?.in_progress ?? 0,
      nextDialableAt: r?.next_at ?? null,
    };
  });
}
