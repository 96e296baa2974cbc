// From the outbox to deliveries, durably: one statement reads the next page of committed events after the fan-out
// cursor (in transaction order, below the oldest running transaction, as the outbox tail reads: no event that
// commits late is skipped), writes a delivery per (endpoint, event) the endpoint asked for, and moves the cursor,
// atomically. A process that dies before or after it loses nothing: the events stay above the cursor (and the
// outbox's pruning keeps them, src/events/outbox-tail.ts) until their deliveries exist. The cursor row is taken
// with FOR UPDATE SKIP LOCKED: one instance fans out at a time, the others skip (like the dialer's campaigns).
import { Prisma as P } from '../generated/prisma/client.ts';
import type { Prisma } from '../db/database.ts';
import { TAIL_HORIZON, PAGE } from '../events/outbox-tail.ts';

/** The WebhookEventType of an outbox row `e` (src/domain/webhook.ts WEBHOOK_EVENT_TYPES), NULL for none. */
const webhookEventTypeSql = P.sql`CASE
  WHEN e.entity_type = 'Call' AND e.kind IN ('CREATED', 'STATUS') THEN 'CALL_STATUS'
  WHEN e.entity_type = 'OutdialTarget' AND e.kind = 'STATUS' THEN 'OUTDIAL_TARGET_STATUS'
  WHEN e.entity_type = 'Campaign' AND e.kind = 'STATUS' THEN 'CAMPAIGN_STATUS'
  WHEN e.entity_type = 'CampaignCall' AND e.kind = 'STATUS' AND e.snapshot->>'status' = 'DONE' THEN 'CAMPAIGN_CALL_FINISHED'
  WHEN e.entity_type = 'Outplan' THEN 'OUTPLAN_CHANGED'
END`;

/** What one page of the fan-out did, and whether a delivery is due (so an idle instance sends no other statement). */
export interface FanOutPage {
  /** false: another instance holds the cursor (and fans out). */
  locked: boolean;
  /** Events read (PAGE: there may be more). */
  events: number;
  deliveries: number;
  /** Some delivery is due for sending now. */
  due: boolean;
}

export async function fanOutPage(prisma: Prisma, retryForMs: number): Promise<FanOutPage> {
  const [row] = await prisma.$queryRaw<{ locked: bigint; events: bigint; deliveries: bigint; due: boolean }[]>`
    WITH cursor_row AS (SELECT tx_id, event_id FROM webhook_cursor WHERE id = 1 FOR UPDATE SKIP LOCKED),
    page AS (
      SELECT e.id, e.tx_id, e.customer_id, e.entity_type, e.entity_id, e.version, e.kind, e.snapshot, e.created_at,
             ${webhookEventTypeSql} AS event_type
      FROM event e, cursor_row c
      WHERE (e.tx_id, e.id) > (c.tx_id, c.event_id) AND e.tx_id < ${TAIL_HORIZON}
      ORDER BY e.tx_id, e.id LIMIT ${PAGE}),
    written AS (
      INSERT INTO webhook_delivery (id, customer_id, webhook_id, event_id, event_type, entity_type, entity_id, version, kind,
                                    snapshot, occurred_at, retry_until, next_attempt_at, created_at)
      SELECT gen_random_uuid(), p.customer_id, w.id, p.id, p.event_type, p.entity_type, p.entity_id, p.version, p.kind,
             p.snapshot, p.created_at, p.created_at + ${retryForMs} * interval '1 millisecond', now(), clock_timestamp()
      FROM page p JOIN webhook w ON w.customer_id = p.customer_id AND p.event_type = ANY(w.event_types)
        AND w.deleted_at IS NULL AND w.disabled_at IS NULL AND w.created_at <= p.created_at
      ORDER BY p.tx_id, p.id
      ON CONFLICT (webhook_id, event_id) DO NOTHING
      RETURNING 1),
    moved AS (
      UPDATE webhook_cursor SET (tx_id, event_id) = (SELECT tx_id, id FROM page ORDER BY tx_id DESC, id DESC LIMIT 1)
      WHERE id = 1 AND EXISTS (SELECT 1 FROM page)
      RETURNING 1)
    SELECT (SELECT count(*) FROM cursor_row) AS locked, (SELECT count(*) FROM page) AS events,
           (SELECT count(*) FROM written) + 0 * (SELECT count(*) FROM moved) AS deliveries,
           EXISTS (SELECT 1 FROM webhook_delivery d JOIN webhook w ON w.id = d.webhook_id
                   WHERE d.status = 'PENDING' AND d.next_attempt_at <= now() AND w.deleted_at IS NULL AND w.disabled_at IS NULL) AS due`;
  return { locked: Number(row.locked) > 0, events: Number(row.events), deliveries: Number(row.deliveries), due: row.due };
}

/** Fans out until the outbox is read up to the horizon (or another instance holds the cursor); says whether a delivery is due. */
export async function fanOut(prisma: Prisma, retryForMs: number): Promise<{ deliveries: number; due: boolean }> {
  let deliveries = 0;
  for (;;) {
    const page = await fanOutPage(prisma, retryForMs);
    deliveries += page.deliveries;
    if (!page.locked || page.events < PAGE) return { deliveries, due: page.due };
  }
}
