// One campaign's dialer round as one statement (data-modifying CTEs, atomic without a transaction): lock the
// campaign (SKIP LOCKED: another instance has it this round), count its attempts in flight, pick and lock the
// eligible targets for the free slots, charge each target's chosen slot (PROGRESSING, try count + 1), insert
// each attempt's Call and CampaignCall, and write every event. A pure function of its inputs: its text is
// pinned by test/round-statement.test.ts, as plugin-prisma's tests pin the queries they generate.
// Locks (the order of docs/architecture.md, "Locks"): the campaign, then its customer's row (the contact limit's
// lock), then its picked targets, all SKIP LOCKED, so a round never waits for a lock and cannot be part of a
// deadlock; the rows it inserts are new.
import { Prisma as P } from '../generated/prisma/client.ts';
import { rowJsonSql } from '../events/row-json.ts';
import type { Statement } from '../events/write.ts';
import { SLOTS } from '../domain/attempt-rules.ts';
import {
  budgetsOfArray, chosenSlotSql, destinationOfSlotSql, dncListedSql, hasTriesLeftSql, inFlightSql, retryWaitElapsedSql,
} from '../domain/attempt-rules-sql.ts';
import { dialableSql } from '../domain/campaign-dialable.ts';
import { ACTIVE_CAMPAIGN_STATUSES } from '../domain/campaign-status.ts';
import { callingHoursOpenSql, targetZonesSql } from '../domain/calling-hours.ts';
import { contactAttemptsSql, overContactLimitSql, type ContactLimitSql } from '../domain/contact-limit.ts';
import { addressKeySql } from '../domain/dnc-address.ts';
import { pacingCapacitySql, pacingWindowSql, recentStartsSql } from '../domain/call-pacing.ts';

export interface RoundInput {
  campaignId: string;
  /** The instance that will own (and place) the calls. */
  instanceId: string;
  /** SIMULATOR_TIME_SCALE: divides the outplan's try interval. */
  timeScale: number;
  /**
   * The instant calling hours and the contact limit's period are judged at: the engine's clock (injectable, so
   * tests need not wait for a window). Calls per second and the try interval use the database's clock.
   */
  at: Date;
}

/** What the statement says of its campaign (null: locked by another round, changed since the snapshot, or not active). */
export interface RoundCampaign {
  status: 'RUN' | 'STOPPING';
  dialable: boolean;
  inFlight: number;
  /** The customer's row was locked by another round (or changed since the snapshot): nothing dialed, look again soon. */
  contended: boolean;
  /** Calls per second held the round back (slots were free): the milliseconds until the next start is allowed. */
  paceWaitMs: number | null;
}

/**
 * For a statement that locks campaign `c` and counts its attempts in flight in the same statement: the count
 * is read in the statement's snapshot, but the lock may be taken after another round committed (PostgreSQL
 * rechecks a locked row's conditions on its newest version, not subqueries). Every round that can dial bumps
 * dial_round, so this condition, true in the snapshot, fails on a newer version, and the statement stands down
 * instead of counting on a stale snapshot; the other round has just filled the slots anyway.
 */
export function unchangedSinceSnapshot(campaignId: string): P.Sql {
  return P.sql`c.dial_round = (SELECT s.dial_round FROM campaign s WHERE s.id = ${campaignId}::uuid)`;
}

/** The campaign `c` of a round, active and live, with its outplan `p` and outdial `d` (the customer's own). */
export function activeCampaignSql(campaignId: string, columns: P.Sql): P.Sql {
  return P.sql`
    SELECT ${columns}, (SELECT count(*)::int FROM campaign_call cc WHERE cc.campaign_id = c.id AND ${P.raw(inFlightSql('cc'))}) AS in_flight
    FROM campaign c
    LEFT JOIN outplan p ON p.id = c.outplan_id AND p.customer_id = c.customer_id
    LEFT JOIN outdial d ON d.id = c.outdial_id AND d.customer_id = c.customer_id
    WHERE c.id = ${campaignId}::uuid AND c.status IN (${P.raw(ACTIVE_CAMPAIGN_STATUSES.map((s) => `'${s}'`).join(', '))}) AND c.deleted_at IS NULL
      AND ${unchangedSinceSnapshot(campaignId)}
    FOR UPDATE OF c SKIP LOCKED`;
}

/**
 * Calling hours (src/domain/calling-hours.ts): target `t` is in a window in each of its zones, else in the
 * campaign's default zone. A target outside is not picked: it keeps its tries and waits, IDLE, for its window.
 */
const inCallingHours = P.raw(callingHoursOpenSql({
  zones: targetZonesSql('t', '(SELECT default_time_zone FROM go)'),
  windows: '(SELECT calling_windows FROM go)',
  restrictedDates: '(SELECT restricted_dates FROM go)',
  at: '(SELECT hours_at FROM clock)',
}));

/** Campaign `c` may dial: running, able to, with a slot free. */
const MAY_DIAL = `c.status = 'RUN' AND c.dialable AND c.in_flight < c.max_concurrent_calls`;

/** Campaign `c` has a contact limit: its rounds count the customer's calls per address, so they take the customer's lock. */
const LIMITED = 'c.contact_limit_max_attempts IS NOT NULL';

/**
 * The customer `u` of campaign `c`, locked for a round that may dial under a contact limit (which counts the
 * customer's calls to an address across its campaigns, in this statement's snapshot): taken only if no such round
 * placed a call for the customer since the snapshot (its dial_round unchanged: the campaign's trick, one level up),
 * SKIP LOCKED while another round holds it. So no two limited rounds of one customer count and dial at once, on
 * any instance, and neither counts on a snapshot that misses the other's calls. Campaigns without a limit never
 * take it, so a customer's unlimited campaigns do not queue behind each other (their calls still count for a
 * limited one, as hand calls do, read when it counts). NO KEY UPDATE: it does not wait for (or block) the KEY
 * SHARE locks every insert of a customer's row takes on it.
 */
const customerLockSql = P.sql`
    SELECT u.id FROM customer u
    WHERE u.id = (SELECT customer_id FROM c WHERE ${P.raw(MAY_DIAL)} AND ${P.raw(LIMITED)})
      AND u.dial_round = (SELECT s.dial_round FROM customer s WHERE s.id = (SELECT customer_id FROM c))
    FOR NO KEY UPDATE OF u SKIP LOCKED`;

/** The contact limit of the campaign in `go` on the destination `destination` of target `t`, at the engine's clock. */
const contactLimit = (destination: string): ContactLimitSql => ({
  customerId: '(SELECT customer_id FROM go)',
  destination,
  maxAttempts: '(SELECT contact_limit_max_attempts FROM go)',
  periodDays: '(SELECT contact_limit_period_days FROM go)',
  at: '(SELECT hours_at FROM clock)',
});

export function roundStatement({ campaignId, instanceId, timeScale, at }: RoundInput): Statement {
  // The database's clock once the statement runs, after its snapshot (now() is the earlier start of the
  // transaction, before parsing and planning): a slot that a committed hangup freed is never refilled by an
  // attempt that seems to start before that hangup. Milliseconds, like every instant Prisma writes.
  const now = P.raw('(SELECT at FROM clock)');
  // Read from `go` by scalar subqueries (evaluated once), not joined: the target scans then run on the
  // (outdial, status, lastAttemptAt, createdAt, id) index in its order and stop at the LIMIT, without a sort.
  const budgets = budgetsOfArray('(SELECT max_try_counts FROM go)');
  // Do-not-call (issue 13): a picked target dials its lowest slot with tries left whose destination no list bound
  // to the campaign forbids; with none (slot NULL) it is suppressed: DONE/SUPPRESSED, no call, no try used.
  // Checked here, in the statement that places the call, so an entry committed before the round is never dialed.
  const slot = P.raw(chosenSlotSql('t', budgets, dncListedSql('t', '(SELECT id FROM go)')));
  // Contact limit (src/domain/contact-limit.ts): a target whose chosen destination has had its calls in the period is
  // not picked: it keeps its tries and waits, IDLE, for the period to free up (it never moves on to another slot
  // for it). The slot is chosen once per scanned target (OFFSET 0 keeps the subquery from being inlined twice).
  const chosenDestination = P.raw(destinationOfSlotSql('t', 's.slot'));
  const underContactLimit = P.raw(`((SELECT contact_limit_max_attempts FROM go) IS NULL OR s.slot IS NULL
              OR NOT ${overContactLimitSql(contactLimit(destinationOfSlotSql('t', 's.slot')))})`);
  const limitedAddress = addressKeySql('picked.destination');
  const suppressed = 'chosen.slot IS NULL';
  const slotColumns = (column: string) => P.raw(Array.from({ length: SLOTS }, (_, slot) => `t.${column}_${slot}`).join(', '));
  return {
    ctes: [
      // Evaluated once: a CTE with a volatile function is materialized.
      // hours_at: the engine's clock, for calling hours and the contact limit's period.
      { name: 'clock', sql: P.sql`SELECT date_trunc('milliseconds', clock_timestamp()) AS at, ${at}::timestamptz AS hours_at` },
      {
        name: 'c',
        sql: activeCampaignSql(campaignId, P.sql`
          c.id, c.customer_id, c.status, c.max_concurrent_calls, c.outdial_id, c.outplan_id, c.actions,
          c.calling_windows, c.restricted_dates, c.default_time_zone,
          c.contact_limit_max_attempts, c.contact_limit_period_days, c.max_calls_per_second,
          p.source AS outplan_source, p.dial_timeout, p.try_interval, p.max_try_counts, p.machine_detection, ${P.raw(dialableSql('c', 'p', 'd'))} AS dialable`),
      },
      { name: 'u', sql: customerLockSql },
      // Calls per second (src/domain/call-pacing.ts): the campaign's newest attempts started in the pacing window.
      {
        name: 'pace',
        sql: P.sql`SELECT count(*)::int AS started, min(r.created_at) AS oldest FROM (${P.raw(recentStartsSql(
          '(SELECT id FROM c)', '(SELECT max_calls_per_second FROM c)', '(SELECT at FROM clock)',
        ))}) r WHERE (SELECT max_calls_per_second FROM c) IS NOT NULL`,
      },
      // The round's slots: free concurrent slots, and no more than calls per second allow now.
      {
        name: 'go',
        sql: P.sql`
          SELECT * FROM (
            SELECT c.*, LEAST(c.max_concurrent_calls - c.in_flight,
                              CASE WHEN c.max_calls_per_second IS NULL THEN c.max_concurrent_calls
                                   ELSE ${P.raw(pacingCapacitySql('c.max_calls_per_second'))} - pace.started END) AS slots
            FROM c CROSS JOIN pace) g
          WHERE g.status = 'RUN' AND g.dialable AND g.slots > 0 AND (g.contact_limit_max_attempts IS NULL OR EXISTS (SELECT 1 FROM u))`,
      },
      { name: 'bumped', sql: P.sql`UPDATE campaign AS b SET dial_round = b.dial_round + 1 FROM go WHERE b.id = go.id RETURNING b.id` },
      // Eligible (A3): IDLE, live, a slot with tries left (not given up by NEXT_DESTINATION), its (scaled) wait
      // elapsed since the last attempt ended (its outcome rule's retryInterval, else the outplan's tryInterval) (a target it suppresses takes one of the round's free slots, and the engine runs another round). Never-dialed first (oldest first), then least recently attempted; a target still
      // waiting for its interval is simply not selected, so it never holds others up. Two scans, each in the
      // order of the (outdial, status, lastAttemptAt, createdAt, id) index, so no round sorts the list.
      {
        name: 'fresh',
        sql: P.sql`
          SELECT t.id, s.slot, ${chosenDestination} AS destination
          FROM outdial_target t CROSS JOIN LATERAL (SELECT ${slot} AS slot OFFSET 0) s
          WHERE t.outdial_id = (SELECT outdial_id FROM go) AND t.status = 'IDLE' AND t.last_attempt_at IS NULL AND t.deleted_at IS NULL
            AND ${P.raw(hasTriesLeftSql('t', budgets))}
            AND ${inCallingHours}
            AND ${underContactLimit}
          ORDER BY t.last_attempt_at, t.created_at, t.id
          LIMIT (SELECT slots FROM go)
          FOR UPDATE OF t SKIP LOCKED`,
      },
      {
        name: 'retried',
        sql: P.sql`
          SELECT t.id, s.slot, ${chosenDestination} AS destination
          FROM outdial_target t CROSS JOIN LATERAL (SELECT ${slot} AS slot OFFSET 0) s
          WHERE t.outdial_id = (SELECT outdial_id FROM go) AND t.status = 'IDLE' AND t.last_attempt_at IS NOT NULL AND t.deleted_at IS NULL
            AND ${P.raw(hasTriesLeftSql('t', budgets))}
            AND ${P.raw(retryWaitElapsedSql('t', '(SELECT try_interval FROM go)', '(SELECT at FROM clock)', timeScale))}
            AND ${inCallingHours}
            AND ${underContactLimit}
          ORDER BY t.last_attempt_at, t.created_at, t.id
          LIMIT (SELECT slots FROM go) - (SELECT count(*) FROM fresh)
          FOR UPDATE OF t SKIP LOCKED`,
      },
      { name: 'picked', sql: P.sql`SELECT * FROM fresh UNION ALL SELECT * FROM retried` },
      // Picked targets that share an address share what the contact limit still allows it in this round (the
      // calls this statement inserts are not in its own snapshot); the others stay IDLE, untouched, for later.
      // Ids made here, once per attempt (a CTE with volatile functions is evaluated once).
      {
        name: 'chosen',
        sql: P.sql`
          SELECT p.id, p.slot, gen_random_uuid() AS call_id, gen_random_uuid() AS attempt_id
          FROM (SELECT picked.*, row_number() OVER (PARTITION BY ${P.raw(limitedAddress)} ORDER BY picked.id) AS nth FROM picked) p
          WHERE p.slot IS NULL OR (SELECT contact_limit_max_attempts FROM go) IS NULL
             OR p.nth <= (SELECT contact_limit_max_attempts FROM go) - ${P.raw(contactAttemptsSql(contactLimit('p.destination')))}`,
      },
      {
        name: 'customer_bumped',
        sql: P.sql`UPDATE customer AS b SET dial_round = b.dial_round + 1 FROM u
          WHERE b.id = u.id AND EXISTS (SELECT 1 FROM chosen WHERE chosen.slot IS NOT NULL) RETURNING b.id`,
      },
      {
        name: 'moved',
        events: { entityType: 'OutdialTarget', kind: 'STATUS' },
        sql: P.sql`
          UPDATE outdial_target AS t
          SET status = (CASE WHEN ${P.raw(suppressed)} THEN 'DONE' ELSE 'PROGRESSING' END)::"OutdialTargetStatus",
              result = (CASE WHEN ${P.raw(suppressed)} THEN 'SUPPRESSED' END)::"OutdialTargetResult",
              ${P.raw(Array.from({ length: SLOTS }, (_, s) => `try_count_${s} = t.try_count_${s} + (chosen.slot IS NOT DISTINCT FROM ${s})::int`).join(', '))},
              last_attempt_at = (CASE WHEN ${P.raw(suppressed)} THEN t.last_attempt_at ELSE ${now} END), updated_at = ${now}, version = t.version + 1
          FROM chosen WHERE t.id = chosen.id
          RETURNING t.customer_id, t.id, t.version, ${rowJsonSql('OutdialTarget', 't')} AS snap, chosen.slot, chosen.call_id, chosen.attempt_id,
                    (ARRAY[${slotColumns('try_count')}])[chosen.slot + 1] AS try_count,
                    (ARRAY[${slotColumns('destination')}])[chosen.slot + 1] AS destination`,
      },
      {
        name: 'calls',
        events: { entityType: 'Call', kind: 'CREATED' },
        sql: P.sql`
          INSERT INTO "call" AS k (id, customer_id, source, destination, actions, owner_id, ring_timeout_ms, machine_detection, campaign_id, created_at)
          SELECT moved.call_id, go.customer_id, go.outplan_source, moved.destination, go.actions, ${instanceId}::uuid, go.dial_timeout, go.machine_detection,
                 go.id, ${now}
          FROM moved CROSS JOIN go WHERE moved.slot IS NOT NULL
          RETURNING k.customer_id, k.id, k.version, ${rowJsonSql('Call', 'k')} AS snap`,
      },
      {
        name: 'attempts',
        events: { entityType: 'CampaignCall', kind: 'CREATED' },
        sql: P.sql`
          INSERT INTO campaign_call AS a (id, customer_id, campaign_id, outdial_target_id, outplan_id, outdial_id, call_id, source, destination,
                                          destination_index, try_count, created_at)
          SELECT moved.attempt_id, go.customer_id, go.id, moved.id, go.outplan_id, go.outdial_id, moved.call_id, go.outplan_source, moved.destination,
                 moved.slot, moved.try_count, ${now}
          FROM moved CROSS JOIN go WHERE moved.slot IS NOT NULL
          RETURNING a.customer_id, a.id, a.version, ${rowJsonSql('CampaignCall', 'a')} AS snap`,
      },
    ],
    // paceWaitMs: calls per second allowed fewer than the free slots and the round took all it allowed; the next
    // start is allowed once the oldest start in the window leaves it (or, with none before, this round's).
    select: P.sql`(SELECT jsonb_build_object('status', c.status, 'dialable', c.dialable, 'inFlight', c.in_flight,
      'contended', ${P.raw(MAY_DIAL)} AND ${P.raw(LIMITED)} AND NOT EXISTS (SELECT 1 FROM u),
      'paceWaitMs', CASE WHEN c.status = 'RUN' AND c.dialable AND c.max_calls_per_second IS NOT NULL
                          AND ${P.raw(pacingCapacitySql('c.max_calls_per_second'))} - pace.started < c.max_concurrent_calls - c.in_flight
                          AND (SELECT count(*) FROM picked) >= ${P.raw(pacingCapacitySql('c.max_calls_per_second'))} - pace.started
                     THEN ceil(1000 * extract(epoch FROM COALESCE(pace.oldest, clock.at) + ${P.raw(pacingWindowSql('c.max_calls_per_second'))} - clock.at))::int END)
      FROM c CROSS JOIN pace CROSS JOIN clock)`,
  };
}
