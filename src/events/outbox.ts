// The transactional outbox. A change and its event are written in one transaction (or one statement, on the
// hot paths: withEvents); the event is delivered only after that commits (EventBus.publish, and the outbox
// tail as a safety net).
import { Prisma as P } from '../generated/prisma/client.ts';
import { toSnapshot, type Snapshot } from './snapshot.ts';

/** What subscribers receive: one change of one row, at one version. */
export interface DomainEvent {
  /** Outbox row id, as a string (it is a bigint). */
  id: string;
  customerId: string;
  /** Prisma model name of the changed row, e.g. "Outplan". */
  entityType: string;
  entityId: string;
  version: number;
  /** What changed: CREATED, UPDATED, DELETED, STATUS, ... */
  kind: string;
  snapshot: Snapshot;
}

export interface VersionedRow {
  id: string;
  customerId: string;
  version: number;
}

type Tx = P.TransactionClient;

export interface EventEntry {
  entityType: string;
  kind: string;
  row: VersionedRow;
}

/**
 * Writes the events of `entries` (rows already changed, inside `tx`), of any rows, with one statement; returns
 * them in the order given, for publishing after commit. The rows travel as one JSON parameter, expanded
 * server-side: every status change writes here, and Prisma's per-field handling of nested snapshot objects
 * cost more CPU than the rest of the change.
 */
export async function recordEventEntries(tx: Tx, entries: EventEntry[]): Promise<DomainEvent[]> {
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
  return events.map((e) => ({ id: idOf.get(`${e.entityId}:${e.version}`) ?? '0', ...e }));
}

/** Writes the event for `row` (already changed, inside `tx`). Returns it for publishing after commit. */
export async function recordEvent(tx: Tx, entityType: string, kind: string, row: VersionedRow): Promise<DomainEvent> {
  const [event] = await recordEventEntries(tx, [{ entityType, kind, row }]);
  return event;
}

/** Writes the same kind of event for many rows with one statement (bulk changes). */
export function recordEvents(tx: Tx, entityType: string, kind: string, rows: VersionedRow[]): Promise<DomainEvent[]> {
  return recordEventEntries(tx, rows.map((row) => ({ entityType, kind, row })));
}

/**
 * One common table expression of a statement that changes rows and records their events in the same
 * statement (withEvents). A CTE with `events` returns the changed rows as (customer_id, id, version, snap),
 * snap being the row's snapshot built in SQL (./row-json.ts).
 */
export interface Cte {
  name: string;
  sql: P.Sql;
  events?: { entityType: string; kind: string };
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
