import type { Prisma } from '../db.ts';
import type { Prisma as PrismaNamespace } from '../generated/prisma/client.ts';
import type { EventBus } from './bus.ts';
import type { DomainEvent, VersionedRow } from './outbox.ts';
import { toSnapshot } from './snapshot.ts';

export interface Deps {
  prisma: Prisma;
  events: EventBus;
}

export type Tx = PrismaNamespace.TransactionClient;

export interface EventEntry {
  entityType: string;
  kind: string;
  row: VersionedRow;
}

export interface Emit {
  (entityType: string, kind: string, row: VersionedRow): Promise<void>;
  /** Several events, of any rows, with one INSERT (the dialer's rounds). */
  many(entries: EventEntry[]): Promise<void>;
}

/**
 * Writes events of mixed rows with one statement; returns them in the order given. The rows travel as one JSON
 * parameter, expanded server-side: every status change writes here, and Prisma's per-field argument handling
 * of nested snapshot objects cost more CPU than the rest of the change.
 */
async function recordMixedEvents(tx: Tx, entries: EventEntry[]): Promise<DomainEvent[]> {
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

/**
 * Runs `work` in one transaction; every event it emits is written to the outbox in that transaction and
 * published only after the commit. A thrown error rolls back the change and its events together.
 */
export async function writeWithEvents<T>(deps: Deps, work: (tx: Tx, emit: Emit) => Promise<T>): Promise<T> {
  const pending: DomainEvent[] = [];
  const result = await deps.prisma.$transaction(async (tx) => {
    pending.length = 0; // a retried transaction starts over
    const emit = (async (entityType, kind, row) => {
      pending.push(...(await recordMixedEvents(tx, [{ entityType, kind, row }])));
    }) as Emit;
    emit.many = async (entries) => {
      pending.push(...(await recordMixedEvents(tx, entries)));
    };
    return work(tx, emit);
  });
  deps.events.publish(pending);
  return result;
}
