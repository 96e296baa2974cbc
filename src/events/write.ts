import type { Prisma } from '../db.ts';
import type { Prisma as PrismaNamespace } from '../generated/prisma/client.ts';
import type { EventBus } from './bus.ts';
import { recordEvent, type DomainEvent, type VersionedRow } from './outbox.ts';
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

/** Writes events of mixed rows with one statement; returns them in the order given. */
async function recordMixedEvents(tx: Tx, entries: EventEntry[]): Promise<DomainEvent[]> {
  if (entries.length === 0) return [];
  const snapshots = entries.map((e) => toSnapshot(e.row));
  const created = await tx.event.createManyAndReturn({
    data: entries.map((e, i) => ({
      customerId: e.row.customerId, entityType: e.entityType, entityId: e.row.id, version: e.row.version, kind: e.kind,
      snapshot: snapshots[i] as PrismaNamespace.InputJsonValue,
    })),
    select: { id: true, entityId: true, version: true },
  });
  // Matched by (row, version), which is unique per change, rather than trusting RETURNING's order.
  const idOf = new Map(created.map((c) => [`${c.entityId}:${c.version}`, c.id.toString()]));
  return entries.map((e, i) => ({
    id: idOf.get(`${e.row.id}:${e.row.version}`) ?? '0', customerId: e.row.customerId, entityType: e.entityType,
    entityId: e.row.id, version: e.row.version, kind: e.kind, snapshot: snapshots[i],
  }));
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
      pending.push(await recordEvent(tx, entityType, kind, row));
    }) as Emit;
    emit.many = async (entries) => {
      pending.push(...(await recordMixedEvents(tx, entries)));
    };
    return work(tx, emit);
  });
  deps.events.publish(pending);
  return result;
}
