// The transactional outbox, as SQL: the INSERT of a transaction's events, and the pieces of a single statement
// that changes rows and writes their events in the same statement. Changes are written through
// ./write.ts (writeWithEvents), which publishes the events once they are committed; the outbox tail
// (./outbox-tail.ts) is the safety net for a publish that never arrives.
import { Prisma as P } from '../generated/prisma/client.ts';
import type { DomainEvent, EventType } from './catalog.ts';
import { toSnapshot } from './snapshot.ts';

export interface VersionedRow {
  id: string;
  customerId: string;
  version: number;
}

/** One event to write: its type and kind, and the row as it is after the change. */
export type EventEntry = EventType & { row: VersionedRow };

/**
 * Writes the events of `entries` (rows already changed, inside `tx`), of any rows, with one statement; returns
 * them in the order given, for publishing after commit. The rows travel as one JSON parameter, expanded
 * server-side: every status change writes here, and Prisma's per-field handling of nested snapshot objects
 * cost more CPU than the rest of the change.
 */
export async function insertEvents(tx: P.TransactionClient, entries: EventEntry[]): Promise<DomainEvent[]> {
  if (entries.length === 0) return [];
  const events = entries.map((e) => ({
    customerId: e.row.customerId, entityType: e.entityType, entityId: e.row.id, version: e.row.version, kind: e.kind, snapshot: toSnapshot(e.row),
  }));
  const created = await tx.$queryRaw<{ id: string; entity_id: string; version: number }[]>`
    INSERT INTO event (customer_id, entity_type, entity_id, version, kind, snapshot)
    SELECT (e->>'customerId')::uuid, e->>'entityType', (e->>'entityId')::uuid, (e->>'version')::int, e->>'kind', e->'snapshot'
    FROM jsonb_array_elements(${JSON.stringify(events)}::jsonb) AS e
    RETURNING id::text AS id, entity_id::text AS entity_id, version`;
  // Matched by (row, version), which is unique per change, rather than trusting RETURNING's order.
  const idOf = new Map(created.map((c) => [`${c.entity_id}:${c.version}`, c.id]));
  return events.map((e) => ({ id: idOf.get(`${e.entityId}:${e.version}`) ?? '0', ...e }) as DomainEvent);
}

/**
 * One common table expression of a statement that changes rows and records their events in the same
 * statement. A CTE with `events` returns the changed rows as (customer_id, id, version, snap), snap being the
 * row's snapshot built in SQL (./row-json.ts).
 */
export interface Cte {
  name: string;
  sql: P.Sql;
  events?: EventType;
}

/**
 * `WITH <ctes>, written_events AS (INSERT INTO event ...)`: the start of one statement that makes a change and
 * writes its outbox events atomically, with no transaction around it (a single statement is one). The caller
 * appends its SELECT; `writtenEventsJson` reads the events back. A CTE that changes nothing (a lost race)
 * records nothing.
 */
export function withEvents(ctes: Cte[]): P.Sql {
  const sources = ctes
    .filter((c) => c.events)
    .map((c) => P.sql`SELECT ${c.events!.entityType}::text AS entity_type, ${c.events!.kind}::text AS kind, customer_id, id, version, snap FROM ${P.raw(c.name)}`);
  return P.sql`WITH ${P.join(ctes.map((c) => P.sql`${P.raw(c.name)} AS (${c.sql})`), ',\n')},
    written_events AS (
      INSERT INTO event (customer_id, entity_type, entity_id, version, kind, snapshot)
      SELECT customer_id, entity_type, id, version, kind, snap FROM (${P.join(sources, ' UNION ALL ')}) AS changed
      RETURNING id, customer_id, entity_type, entity_id, version, kind, snapshot)`;
}

/** The events withEvents wrote, as one JSON array of DomainEvents in outbox order. */
export const writtenEventsJson = P.raw(`(SELECT COALESCE(jsonb_agg(jsonb_build_object(
  'id', w.id::text, 'customerId', w.customer_id, 'entityType', w.entity_type, 'entityId', w.entity_id,
  'version', w.version, 'kind', w.kind, 'snapshot', w.snapshot) ORDER BY w.id), '[]'::jsonb) FROM written_events w)`);
