// The dialer round's one statement is a pure function of its inputs; its text is pinned here, as
// plugin-prisma's tests pin the queries they generate, so any change to it shows as a diff in review. What the
// statement does is tested by the dialer's fidelity, crash and two-instance tests.
import { describe, expect, it } from 'vitest';
import { statementSql } from '../src/events/write.ts';
import { roundStatement } from '../src/dialer/round-statement.ts';

const CAMPAIGN = '00000000-0000-0000-0000-00000000000c';
const INSTANCE = '00000000-0000-0000-0000-00000000000i';
const AT = new Date('2026-03-08T12:00:00.000Z');

/** The statement as sent: its text with $n placeholders, each CTE on its own lines, and its parameters. */
function sent(statement: ReturnType<typeof roundStatement>): { text: string; values: unknown[] } {
  const sql = statementSql(statement);
  const text = sql.text.split('\n').map((line) => line.trim()).filter(Boolean).join('\n');
  return { text, values: sql.values };
}

describe('the dialer round statement', () => {
  it('reads, locks, charges and inserts in one statement with these CTEs and events', () => {
    const statement = roundStatement({ campaignId: CAMPAIGN, instanceId: INSTANCE, timeScale: 100, at: AT });
    expect(statement.ctes.map((c) => `${c.name}${c.events ? ` -> ${c.events.entityType} ${c.events.kind}` : ''}`)).toEqual([
      'clock', 'c', 'u', 'pace', 'go', 'bumped', 'fresh', 'retried', 'picked', 'chosen', 'customer_bumped',
      'moved -> OutdialTarget STATUS', 'calls -> Call CREATED', 'attempts -> CampaignCall CREATED',
    ]);
  });

  it('has this text', () => {
    expect(sent(roundStatement({ campaignId: CAMPAIGN, instanceId: INSTANCE, timeScale: 100, at: AT }))).toMatchInlineSnapshot(`
      {
        "text": "WITH clock AS (SELECT date_trunc('milliseconds', clock_timestamp()) AS at, $1::timestamptz AS hours_at),
      c AS (
      SELECT
      c.id, c.customer_id, c.status, c.max_concurrent_calls, c.outdial_id, c.outplan_id, c.actions,
      c.calling_windows, c.restricted_dates, c.default_time_zone,
      c.contact_limit_max_attempts, c.contact_limit_period_days, c.max_calls_per_second,
      p.source AS outplan_source, p.dial_timeout, p.try_interval, p.max_try_counts, p.machine_detection, (c.type = 'CALL' AND p.id IS NOT NULL AND p.deleted_at IS NULL AND d.id IS NOT NULL AND d.deleted_at IS NULL AND COALESCE(p.source->>'type' IN ('TEL', 'SIP'), false)) AS dialable, (SELECT count(*)::int FROM campaign_call cc WHERE cc.campaign_id = c.id AND cc.status IN ('DIALING', 'PROGRESSING')) AS in_flight
      FROM campaign c
      LEFT JOIN outplan p ON p.id = c.outplan_id AND p.customer_id = c.customer_id
      LEFT JOIN outdial d ON d.id = c.outdial_id AND d.customer_id = c.customer_id
      WHERE c.id = $2::uuid AND c.status IN ('RUN', 'STOPPING') AND c.deleted_at IS NULL
      AND c.dial_round = (SELECT s.dial_round FROM campaign s WHERE s.id = $3::uuid)
      FOR UPDATE OF c SKIP LOCKED),
      u AS (
      SELECT u.id FROM customer u
      WHERE u.id = (SELECT customer_id FROM c WHERE c.status = 'RUN' AND c.dialable AND c.in_flight < c.max_concurrent_calls AND c.contact_limit_max_attempts IS NOT NULL)
      AND u.dial_round = (SELECT s.dial_round FROM customer s WHERE s.id = (SELECT customer_id FROM c))
      FOR NO KEY UPDATE OF u SKIP LOCKED),
      pace AS (SELECT count(*)::int AS started, min(r.created_at) AS oldest FROM (SELECT a.created_at FROM campaign_call a
      WHERE a.campaign_id = (SELECT id FROM c) AND a.created_at > ((SELECT at FROM clock)) - (GREATEST(1, 1 / ((SELECT max_calls_per_second FROM c))) * interval '1 second')
      ORDER BY a.created_at DESC LIMIT GREATEST(1, floor((SELECT max_calls_per_second FROM c)))::int) r WHERE (SELECT max_calls_per_second FROM c) IS NOT NULL),
      go AS (
      SELECT * FROM (
      SELECT c.*, LEAST(c.max_concurrent_calls - c.in_flight,
      CASE WHEN c.max_calls_per_second IS NULL THEN c.max_concurrent_calls
      ELSE GREATEST(1, floor(c.max_calls_per_second))::int - pace.started END) AS slots
      FROM c CROSS JOIN pace) g
      WHERE g.status = 'RUN' AND g.dialable AND g.slots > 0 AND (g.contact_limit_max_attempts IS NULL OR EXISTS (SELECT 1 FROM u))),
      bumped AS (UPDATE campaign AS b SET dial_round = b.dial_round + 1 FROM go WHERE b.id = go.id RETURNING b.id),
      fresh AS (
      SELECT t.id, s.slot, (ARRAY[t.destination_0, t.destination_1, t.destination_2, t.destination_3, t.destination_4])[s.slot + 1] AS destination
      FROM outdial_target t CROSS JOIN LATERAL (SELECT (CASE WHEN ((t.destination_0 IS NOT NULL AND t.try_count_0 < COALESCE(((SELECT max_try_counts FROM go))[1], 0) AND ((t.given_up_slots) & 1) = 0) AND NOT EXISTS (
      SELECT 1 FROM campaign_dnc_list b
      JOIN dnc_list l ON l.id = b.dnc_list_id AND l.deleted_at IS NULL
      JOIN dnc_entry e ON e.dnc_list_id = b.dnc_list_id AND e.address IN ((CASE WHEN t.destination_0->>'type' = 'SIP' THEN 'sip:' || (t.destination_0->>'target') ELSE t.destination_0->>'target' END), lower(t.destination_0->>'target'))
      WHERE b.campaign_id = (SELECT id FROM go) AND t.destination_0 IS NOT NULL)) THEN 0 WHEN ((t.destination_1 IS NOT NULL AND t.try_count_1 < COALESCE(((SELECT max_try_counts FROM go))[2], 0) AND ((t.given_up_slots) & 2) = 0) AND NOT EXISTS (
      SELECT 1 FROM campaign_dnc_list b
      JOIN dnc_list l ON l.id = b.dnc_list_id AND l.deleted_at IS NULL
      JOIN dnc_entry e ON e.dnc_list_id = b.dnc_list_id AND e.address IN ((CASE WHEN t.destination_1->>'type' = 'SIP' THEN 'sip:' || (t.destination_1->>'target') ELSE t.destination_1->>'target' END), lower(t.destination_1->>'target'))
      WHERE b.campaign_id = (SELECT id FROM go) AND t.destination_1 IS NOT NULL)) THEN 1 WHEN ((t.destination_2 IS NOT NULL AND t.try_count_2 < COALESCE(((SELECT max_try_counts FROM go))[3], 0) AND ((t.given_up_slots) & 4) = 0) AND NOT EXISTS (
      SELECT 1 FROM campaign_dnc_list b
      JOIN dnc_list l ON l.id = b.dnc_list_id AND l.deleted_at IS NULL
      JOIN dnc_entry e ON e.dnc_list_id = b.dnc_list_id AND e.address IN ((CASE WHEN t.destination_2->>'type' = 'SIP' THEN 'sip:' || (t.destination_2->>'target') ELSE t.destination_2->>'target' END), lower(t.destination_2->>'target'))
      WHERE b.campaign_id = (SELECT id FROM go) AND t.destination_2 IS NOT NULL)) THEN 2 WHEN ((t.destination_3 IS NOT NULL AND t.try_count_3 < COALESCE(((SELECT max_try_counts FROM go))[4], 0) AND ((t.given_up_slots) & 8) = 0) AND NOT EXISTS (
      SELECT 1 FROM campaign_dnc_list b
      JOIN dnc_list l ON l.id = b.dnc_list_id AND l.deleted_at IS NULL
      JOIN dnc_entry e ON e.dnc_list_id = b.dnc_list_id AND e.address IN ((CASE WHEN t.destination_3->>'type' = 'SIP' THEN 'sip:' || (t.destination_3->>'target') ELSE t.destination_3->>'target' END), lower(t.destination_3->>'target'))
      WHERE b.campaign_id = (SELECT id FROM go) AND t.destination_3 IS NOT NULL)) THEN 3 WHEN ((t.destination_4 IS NOT NULL AND t.try_count_4 < COALESCE(((SELECT max_try_counts FROM go))[5], 0) AND ((t.given_up_slots) & 16) = 0) AND NOT EXISTS (
      SELECT 1 FROM campaign_dnc_list b
      JOIN dnc_list l ON l.id = b.dnc_list_id AND l.deleted_at IS NULL
      JOIN dnc_entry e ON e.dnc_list_id = b.dnc_list_id AND e.address IN ((CASE WHEN t.destination_4->>'type' = 'SIP' THEN 'sip:' || (t.destination_4->>'target') ELSE t.destination_4->>'target' END), lower(t.destination_4->>'target'))
      WHERE b.campaign_id = (SELECT id FROM go) AND t.destination_4 IS NOT NULL)) THEN 4 END) AS slot OFFSET 0) s
      WHERE t.outdial_id = (SELECT outdial_id FROM go) AND t.status = 'IDLE' AND t.last_attempt_at IS NULL AND t.deleted_at IS NULL
      AND ((t.destination_0 IS NOT NULL AND t.try_count_0 < COALESCE(((SELECT max_try_counts FROM go))[1], 0) AND ((t.given_up_slots) & 1) = 0) OR (t.destination_1 IS NOT NULL AND t.try_count_1 < COALESCE(((SELECT max_try_counts FROM go))[2], 0) AND ((t.given_up_slots) & 2) = 0) OR (t.destination_2 IS NOT NULL AND t.try_count_2 < COALESCE(((SELECT max_try_counts FROM go))[3], 0) AND ((t.given_up_slots) & 4) = 0) OR (t.destination_3 IS NOT NULL AND t.try_count_3 < COALESCE(((SELECT max_try_counts FROM go))[4], 0) AND ((t.given_up_slots) & 8) = 0) OR (t.destination_4 IS NOT NULL AND t.try_count_4 < COALESCE(((SELECT max_try_counts FROM go))[5], 0) AND ((t.given_up_slots) & 16) = 0))
      AND ((jsonb_array_length((SELECT calling_windows FROM go)) = 0 AND COALESCE(cardinality((SELECT restricted_dates FROM go)), 0) = 0) OR NOT EXISTS (
      SELECT 1 FROM unnest((CASE WHEN COALESCE(cardinality(t.time_zones), 0) > 0 THEN t.time_zones ELSE ARRAY[(SELECT default_time_zone FROM go)]::text[] END)) AS z(zone) CROSS JOIN LATERAL (SELECT ((SELECT hours_at FROM clock)) AT TIME ZONE z.zone AS l) AS lt
      WHERE to_char(lt.l, 'YYYY-MM-DD') = ANY(COALESCE((SELECT restricted_dates FROM go), '{}'))
      OR (jsonb_array_length((SELECT calling_windows FROM go)) > 0 AND NOT EXISTS (
      SELECT 1 FROM jsonb_to_recordset((SELECT calling_windows FROM go)) AS w(days int[], start time, "end" time)
      WHERE CASE WHEN w.start < w."end" THEN extract(isodow FROM lt.l)::int = ANY(w.days) AND lt.l::time >= w.start AND lt.l::time < w."end"
      ELSE (extract(isodow FROM lt.l)::int = ANY(w.days) AND lt.l::time >= w.start)
      OR (extract(isodow FROM lt.l - interval '1 day')::int = ANY(w.days) AND lt.l::time < w."end") END))))
      AND ((SELECT contact_limit_max_attempts FROM go) IS NULL OR s.slot IS NULL
      OR NOT ((SELECT count(*)::int FROM (SELECT k.created_at FROM "call" k
      WHERE k.customer_id = (SELECT customer_id FROM go) AND k.direction = 'OUTGOING' AND k.type <> 'CONNECT'
      AND (CASE WHEN k.destination->>'type' = 'SIP' THEN 'sip:' || (k.destination->>'target') ELSE k.destination->>'target' END) = (CASE WHEN (ARRAY[t.destination_0, t.destination_1, t.destination_2, t.destination_3, t.destination_4])[s.slot + 1]->>'type' = 'SIP' THEN 'sip:' || ((ARRAY[t.destination_0, t.destination_1, t.destination_2, t.destination_3, t.destination_4])[s.slot + 1]->>'target') ELSE (ARRAY[t.destination_0, t.destination_1, t.destination_2, t.destination_3, t.destination_4])[s.slot + 1]->>'target' END)
      AND k.created_at > ((SELECT hours_at FROM clock)) - ((SELECT contact_limit_period_days FROM go)) * interval '1 day' LIMIT ((SELECT contact_limit_max_attempts FROM go))) counted) >= ((SELECT contact_limit_max_attempts FROM go))))
      ORDER BY t.last_attempt_at, t.created_at, t.id
      LIMIT (SELECT slots FROM go)
      FOR UPDATE OF t SKIP LOCKED),
      retried AS (
      SELECT t.id, s.slot, (ARRAY[t.destination_0, t.destination_1, t.destination_2, t.destination_3, t.destination_4])[s.slot + 1] AS destination
      FROM outdial_target t CROSS JOIN LATERAL (SELECT (CASE WHEN ((t.destination_0 IS NOT NULL AND t.try_count_0 < COALESCE(((SELECT max_try_counts FROM go))[1], 0) AND ((t.given_up_slots) & 1) = 0) AND NOT EXISTS (
      SELECT 1 FROM campaign_dnc_list b
      JOIN dnc_list l ON l.id = b.dnc_list_id AND l.deleted_at IS NULL
      JOIN dnc_entry e ON e.dnc_list_id = b.dnc_list_id AND e.address IN ((CASE WHEN t.destination_0->>'type' = 'SIP' THEN 'sip:' || (t.destination_0->>'target') ELSE t.destination_0->>'target' END), lower(t.destination_0->>'target'))
      WHERE b.campaign_id = (SELECT id FROM go) AND t.destination_0 IS NOT NULL)) THEN 0 WHEN ((t.destination_1 IS NOT NULL AND t.try_count_1 < COALESCE(((SELECT max_try_counts FROM go))[2], 0) AND ((t.given_up_slots) & 2) = 0) AND NOT EXISTS (
      SELECT 1 FROM campaign_dnc_list b
      JOIN dnc_list l ON l.id = b.dnc_list_id AND l.deleted_at IS NULL
      JOIN dnc_entry e ON e.dnc_list_id = b.dnc_list_id AND e.address IN ((CASE WHEN t.destination_1->>'type' = 'SIP' THEN 'sip:' || (t.destination_1->>'target') ELSE t.destination_1->>'target' END), lower(t.destination_1->>'target'))
      WHERE b.campaign_id = (SELECT id FROM go) AND t.destination_1 IS NOT NULL)) THEN 1 WHEN ((t.destination_2 IS NOT NULL AND t.try_count_2 < COALESCE(((SELECT max_try_counts FROM go))[3], 0) AND ((t.given_up_slots) & 4) = 0) AND NOT EXISTS (
      SELECT 1 FROM campaign_dnc_list b
      JOIN dnc_list l ON l.id = b.dnc_list_id AND l.deleted_at IS NULL
      JOIN dnc_entry e ON e.dnc_list_id = b.dnc_list_id AND e.address IN ((CASE WHEN t.destination_2->>'type' = 'SIP' THEN 'sip:' || (t.destination_2->>'target') ELSE t.destination_2->>'target' END), lower(t.destination_2->>'target'))
      WHERE b.campaign_id = (SELECT id FROM go) AND t.destination_2 IS NOT NULL)) THEN 2 WHEN ((t.destination_3 IS NOT NULL AND t.try_count_3 < COALESCE(((SELECT max_try_counts FROM go))[4], 0) AND ((t.given_up_slots) & 8) = 0) AND NOT EXISTS (
      SELECT 1 FROM campaign_dnc_list b
      JOIN dnc_list l ON l.id = b.dnc_list_id AND l.deleted_at IS NULL
      JOIN dnc_entry e ON e.dnc_list_id = b.dnc_list_id AND e.address IN ((CASE WHEN t.destination_3->>'type' = 'SIP' THEN 'sip:' || (t.destination_3->>'target') ELSE t.destination_3->>'target' END), lower(t.destination_3->>'target'))
      WHERE b.campaign_id = (SELECT id FROM go) AND t.destination_3 IS NOT NULL)) THEN 3 WHEN ((t.destination_4 IS NOT NULL AND t.try_count_4 < COALESCE(((SELECT max_try_counts FROM go))[5], 0) AND ((t.given_up_slots) & 16) = 0) AND NOT EXISTS (
      SELECT 1 FROM campaign_dnc_list b
      JOIN dnc_list l ON l.id = b.dnc_list_id AND l.deleted_at IS NULL
      JOIN dnc_entry e ON e.dnc_list_id = b.dnc_list_id AND e.address IN ((CASE WHEN t.destination_4->>'type' = 'SIP' THEN 'sip:' || (t.destination_4->>'target') ELSE t.destination_4->>'target' END), lower(t.destination_4->>'target'))
      WHERE b.campaign_id = (SELECT id FROM go) AND t.destination_4 IS NOT NULL)) THEN 4 END) AS slot OFFSET 0) s
      WHERE t.outdial_id = (SELECT outdial_id FROM go) AND t.status = 'IDLE' AND t.last_attempt_at IS NOT NULL AND t.deleted_at IS NULL
      AND ((t.destination_0 IS NOT NULL AND t.try_count_0 < COALESCE(((SELECT max_try_counts FROM go))[1], 0) AND ((t.given_up_slots) & 1) = 0) OR (t.destination_1 IS NOT NULL AND t.try_count_1 < COALESCE(((SELECT max_try_counts FROM go))[2], 0) AND ((t.given_up_slots) & 2) = 0) OR (t.destination_2 IS NOT NULL AND t.try_count_2 < COALESCE(((SELECT max_try_counts FROM go))[3], 0) AND ((t.given_up_slots) & 4) = 0) OR (t.destination_3 IS NOT NULL AND t.try_count_3 < COALESCE(((SELECT max_try_counts FROM go))[4], 0) AND ((t.given_up_slots) & 8) = 0) OR (t.destination_4 IS NOT NULL AND t.try_count_4 < COALESCE(((SELECT max_try_counts FROM go))[5], 0) AND ((t.given_up_slots) & 16) = 0))
      AND (t.last_attempt_ended_at IS NULL OR t.last_attempt_ended_at <= (SELECT at FROM clock) - round(COALESCE(t.retry_wait_ms, (SELECT try_interval FROM go)) / 100::float8) * interval '1 millisecond')
      AND ((jsonb_array_length((SELECT calling_windows FROM go)) = 0 AND COALESCE(cardinality((SELECT restricted_dates FROM go)), 0) = 0) OR NOT EXISTS (
      SELECT 1 FROM unnest((CASE WHEN COALESCE(cardinality(t.time_zones), 0) > 0 THEN t.time_zones ELSE ARRAY[(SELECT default_time_zone FROM go)]::text[] END)) AS z(zone) CROSS JOIN LATERAL (SELECT ((SELECT hours_at FROM clock)) AT TIME ZONE z.zone AS l) AS lt
      WHERE to_char(lt.l, 'YYYY-MM-DD') = ANY(COALESCE((SELECT restricted_dates FROM go), '{}'))
      OR (jsonb_array_length((SELECT calling_windows FROM go)) > 0 AND NOT EXISTS (
      SELECT 1 FROM jsonb_to_recordset((SELECT calling_windows FROM go)) AS w(days int[], start time, "end" time)
      WHERE CASE WHEN w.start < w."end" THEN extract(isodow FROM lt.l)::int = ANY(w.days) AND lt.l::time >= w.start AND lt.l::time < w."end"
      ELSE (extract(isodow FROM lt.l)::int = ANY(w.days) AND lt.l::time >= w.start)
      OR (extract(isodow FROM lt.l - interval '1 day')::int = ANY(w.days) AND lt.l::time < w."end") END))))
      AND ((SELECT contact_limit_max_attempts FROM go) IS NULL OR s.slot IS NULL
      OR NOT ((SELECT count(*)::int FROM (SELECT k.created_at FROM "call" k
      WHERE k.customer_id = (SELECT customer_id FROM go) AND k.direction = 'OUTGOING' AND k.type <> 'CONNECT'
      AND (CASE WHEN k.destination->>'type' = 'SIP' THEN 'sip:' || (k.destination->>'target') ELSE k.destination->>'target' END) = (CASE WHEN (ARRAY[t.destination_0, t.destination_1, t.destination_2, t.destination_3, t.destination_4])[s.slot + 1]->>'type' = 'SIP' THEN 'sip:' || ((ARRAY[t.destination_0, t.destination_1, t.destination_2, t.destination_3, t.destination_4])[s.slot + 1]->>'target') ELSE (ARRAY[t.destination_0, t.destination_1, t.destination_2, t.destination_3, t.destination_4])[s.slot + 1]->>'target' END)
      AND k.created_at > ((SELECT hours_at FROM clock)) - ((SELECT contact_limit_period_days FROM go)) * interval '1 day' LIMIT ((SELECT contact_limit_max_attempts FROM go))) counted) >= ((SELECT contact_limit_max_attempts FROM go))))
      ORDER BY t.last_attempt_at, t.created_at, t.id
      LIMIT (SELECT slots FROM go) - (SELECT count(*) FROM fresh)
      FOR UPDATE OF t SKIP LOCKED),
      picked AS (SELECT * FROM fresh UNION ALL SELECT * FROM retried),
      chosen AS (
      SELECT p.id, p.slot, gen_random_uuid() AS call_id, gen_random_uuid() AS attempt_id
      FROM (SELECT picked.*, row_number() OVER (PARTITION BY (CASE WHEN picked.destination->>'type' = 'SIP' THEN 'sip:' || (picked.destination->>'target') ELSE picked.destination->>'target' END) ORDER BY picked.id) AS nth FROM picked) p
      WHERE p.slot IS NULL OR (SELECT contact_limit_max_attempts FROM go) IS NULL
      OR p.nth <= (SELECT contact_limit_max_attempts FROM go) - (SELECT count(*)::int FROM (SELECT k.created_at FROM "call" k
      WHERE k.customer_id = (SELECT customer_id FROM go) AND k.direction = 'OUTGOING' AND k.type <> 'CONNECT'
      AND (CASE WHEN k.destination->>'type' = 'SIP' THEN 'sip:' || (k.destination->>'target') ELSE k.destination->>'target' END) = (CASE WHEN p.destination->>'type' = 'SIP' THEN 'sip:' || (p.destination->>'target') ELSE p.destination->>'target' END)
      AND k.created_at > ((SELECT hours_at FROM clock)) - ((SELECT contact_limit_period_days FROM go)) * interval '1 day' LIMIT ((SELECT contact_limit_max_attempts FROM go))) counted)),
      customer_bumped AS (UPDATE customer AS b SET dial_round = b.dial_round + 1 FROM u
      WHERE b.id = u.id AND EXISTS (SELECT 1 FROM chosen WHERE chosen.slot IS NOT NULL) RETURNING b.id),
      moved AS (
      UPDATE outdial_target AS t
      SET status = (CASE WHEN chosen.slot IS NULL THEN 'DONE' ELSE 'PROGRESSING' END)::"OutdialTargetStatus",
      result = (CASE WHEN chosen.slot IS NULL THEN 'SUPPRESSED' END)::"OutdialTargetResult",
      try_count_0 = t.try_count_0 + (chosen.slot IS NOT DISTINCT FROM 0)::int, try_count_1 = t.try_count_1 + (chosen.slot IS NOT DISTINCT FROM 1)::int, try_count_2 = t.try_count_2 + (chosen.slot IS NOT DISTINCT FROM 2)::int, try_count_3 = t.try_count_3 + (chosen.slot IS NOT DISTINCT FROM 3)::int, try_count_4 = t.try_count_4 + (chosen.slot IS NOT DISTINCT FROM 4)::int,
      last_attempt_at = (CASE WHEN chosen.slot IS NULL THEN t.last_attempt_at ELSE (SELECT at FROM clock) END), updated_at = (SELECT at FROM clock), version = t.version + 1
      FROM chosen WHERE t.id = chosen.id
      RETURNING t.customer_id, t.id, t.version, jsonb_build_object('id', t."id", 'customerId', t."customer_id", 'outdialId', t."outdial_id", 'name', t."name", 'detail', t."detail", 'data', t."data", 'status', t."status", 'result', t."result", 'destination0', t."destination_0", 'destination1', t."destination_1", 'destination2', t."destination_2", 'destination3', t."destination_3", 'destination4', t."destination_4", 'dedupeKey', t."dedupe_key", 'tryCount0', t."try_count_0", 'tryCount1', t."try_count_1", 'tryCount2', t."try_count_2", 'tryCount3', t."try_count_3", 'tryCount4', t."try_count_4", 'lastAttemptAt', to_char(t."last_attempt_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'lastAttemptEndedAt', to_char(t."last_attempt_ended_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'retryWaitMs', t."retry_wait_ms", 'givenUpSlots', t."given_up_slots", 'timeZone', t."time_zone", 'timeZones', t."time_zones", 'version', t."version", 'createdAt', to_char(t."created_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'updatedAt', to_char(t."updated_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'deletedAt', to_char(t."deleted_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')) AS snap, chosen.slot, chosen.call_id, chosen.attempt_id,
      (ARRAY[t.try_count_0, t.try_count_1, t.try_count_2, t.try_count_3, t.try_count_4])[chosen.slot + 1] AS try_count,
      (ARRAY[t.destination_0, t.destination_1, t.destination_2, t.destination_3, t.destination_4])[chosen.slot + 1] AS destination),
      calls AS (
      INSERT INTO "call" AS k (id, customer_id, source, destination, actions, owner_id, ring_timeout_ms, machine_detection, campaign_id, created_at)
      SELECT moved.call_id, go.customer_id, go.outplan_source, moved.destination, go.actions, $4::uuid, go.dial_timeout, go.machine_detection,
      go.id, (SELECT at FROM clock)
      FROM moved CROSS JOIN go WHERE moved.slot IS NOT NULL
      RETURNING k.customer_id, k.id, k.version, jsonb_build_object('id', k."id", 'customerId', k."customer_id", 'status', k."status", 'direction', k."direction", 'type', k."type", 'source', k."source", 'destination', k."destination", 'actions', k."actions", 'masterCallId', k."master_call_id", 'hangupBy', k."hangup_by", 'hangupReason', k."hangup_reason", 'hangupRequestedReason', k."hangup_requested_reason", 'ringTimeoutMs', k."ring_timeout_ms", 'machineDetection', k."machine_detection", 'machineDetectedAt', to_char(k."machine_detected_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'ownerId', k."owner_id", 'campaignId', k."campaign_id", 'ringingAt', to_char(k."ringing_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'progressingAt', to_char(k."progressing_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'hangupAt', to_char(k."hangup_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'version', k."version", 'createdAt', to_char(k."created_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'updatedAt', to_char(k."updated_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'deletedAt', to_char(k."deleted_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')) AS snap),
      attempts AS (
      INSERT INTO campaign_call AS a (id, customer_id, campaign_id, outdial_target_id, outplan_id, outdial_id, call_id, source, destination,
      destination_index, try_count, created_at)
      SELECT moved.attempt_id, go.customer_id, go.id, moved.id, go.outplan_id, go.outdial_id, moved.call_id, go.outplan_source, moved.destination,
      moved.slot, moved.try_count, (SELECT at FROM clock)
      FROM moved CROSS JOIN go WHERE moved.slot IS NOT NULL
      RETURNING a.customer_id, a.id, a.version, jsonb_build_object('id', a."id", 'customerId', a."customer_id", 'campaignId', a."campaign_id", 'outdialTargetId', a."outdial_target_id", 'outplanId', a."outplan_id", 'outdialId', a."outdial_id", 'callId', a."call_id", 'status', a."status", 'result', a."result", 'outcome', a."outcome", 'source', a."source", 'destination', a."destination", 'destinationIndex', a."destination_index", 'tryCount', a."try_count", 'version', a."version", 'createdAt', to_char(a."created_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'updatedAt', to_char(a."updated_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'deletedAt', to_char(a."deleted_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')) AS snap),
      written_events AS (
      INSERT INTO event (customer_id, entity_type, entity_id, version, kind, snapshot)
      SELECT customer_id, entity_type, id, version, kind, snap FROM (SELECT $5::text AS entity_type, $6::text AS kind, customer_id, id, version, snap FROM moved UNION ALL SELECT $7::text AS entity_type, $8::text AS kind, customer_id, id, version, snap FROM calls UNION ALL SELECT $9::text AS entity_type, $10::text AS kind, customer_id, id, version, snap FROM attempts) AS changed
      RETURNING id, customer_id, entity_type, entity_id, version, kind, snapshot) SELECT (SELECT COALESCE(jsonb_agg(jsonb_build_object(
      'id', w.id::text, 'customerId', w.customer_id, 'entityType', w.entity_type, 'entityId', w.entity_id,
      'version', w.version, 'kind', w.kind, 'snapshot', w.snapshot) ORDER BY w.id), '[]'::jsonb) FROM written_events w) AS events, (SELECT jsonb_build_object('status', c.status, 'dialable', c.dialable, 'inFlight', c.in_flight,
      'contended', c.status = 'RUN' AND c.dialable AND c.in_flight < c.max_concurrent_calls AND c.contact_limit_max_attempts IS NOT NULL AND NOT EXISTS (SELECT 1 FROM u),
      'paceWaitMs', CASE WHEN c.status = 'RUN' AND c.dialable AND c.max_calls_per_second IS NOT NULL
      AND GREATEST(1, floor(c.max_calls_per_second))::int - pace.started < c.max_concurrent_calls - c.in_flight
      AND (SELECT count(*) FROM picked) >= GREATEST(1, floor(c.max_calls_per_second))::int - pace.started
      THEN ceil(1000 * extract(epoch FROM COALESCE(pace.oldest, clock.at) + (GREATEST(1, 1 / (c.max_calls_per_second)) * interval '1 second') - clock.at))::int END)
      FROM c CROSS JOIN pace CROSS JOIN clock) AS extra",
        "values": [
          2026-03-08T12:00:00.000Z,
          "00000000-0000-0000-0000-00000000000c",
          "00000000-0000-0000-0000-00000000000c",
          "00000000-0000-0000-0000-00000000000i",
          "OutdialTarget",
          "STATUS",
          "Call",
          "CREATED",
          "CampaignCall",
          "CREATED",
        ],
      }
    `);
  });
});
