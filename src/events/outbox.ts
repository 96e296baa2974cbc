// The transactional outbox. A change and its event are written in one transaction; the event is
// delivered only after that transaction commits (EventBus.publish, and the outbox tail as a safety net).
import type { Prisma as PrismaNamespace } from '../generated/prisma/client.ts';
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

type Tx = PrismaNamespace.TransactionClient;

/** Writes the event for `row` (already changed, inside `tx`). Returns it for publishing after commit. */
export async function recordEvent(tx: Tx, entityType: string, kind: string, row: VersionedRow): Promise<DomainEvent> {
  const snapshot = toSnapshot(row);
  const created = await tx.event.create({
    data: { customerId: row.customerId, entityType, entityId: row.id, version: row.version, kind, snapshot: snapshot as PrismaNamespace.InputJsonValue },
    select: { id: true },
  });
  return { id: created.id.toString(), customerId: row.customerId, entityType, entityId: row.id, version: row.version, kind, snapshot };
}

/** Writes many events with one statement (bulk changes). */
export async function recordEvents(tx: Tx, entityType: string, kind: string, rows: VersionedRow[]): Promise<DomainEvent[]> {
  if (rows.length === 0) return [];
  const snapshots = rows.map((row) => toSnapshot(row));
  const created = await tx.event.createManyAndReturn({
    data: rows.map((row, i) => ({
      customerId: row.customerId, entityType, entityId: row.id, version: row.version, kind,
      snapshot: snapshots[i] as PrismaNamespace.InputJsonValue,
    })),
    select: { id: true, entityId: true, version: true },
  });
  const idOf = new Map(created.map((c) => [`${c.entityId}:${c.version}`, c.id.toString()]));
  return rows.map((row, i) => ({
    id: idOf.get(`${row.id}:${row.version}`) ?? '0', customerId: row.customerId, entityType, entityId: row.id,
    version: row.version, kind, snapshot: snapshots[i],
  }));
}
