import type { Prisma } from '../db.ts';
import type { Prisma as PrismaNamespace } from '../generated/prisma/client.ts';
import type { EventBus } from './bus.ts';
import { recordEvent, recordEventEntries, withEvents, writtenEventsJson, type Cte, type DomainEvent, type EventEntry, type VersionedRow } from './outbox.ts';

export type { Cte, EventEntry } from './outbox.ts';

export interface Deps {
  prisma: Prisma;
  events: EventBus;
}

export type Tx = PrismaNamespace.TransactionClient;

export interface Emit {
  (entityType: string, kind: string, row: VersionedRow): Promise<void>;
  /** Several events, of any rows, with one INSERT (the dialer's rounds). */
  many(entries: EventEntry[]): Promise<void>;
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
      pending.push(...(await recordEventEntries(tx, entries)));
    };
    return work(tx, emit);
  });
  deps.events.publish(pending);
  return result;
}

/**
 * Runs one statement built by withEvents (a change and its events, atomic without a transaction) and
 * publishes the events it wrote; returns them. An empty list means the change did not apply (a lost race).
 */
export async function writeStatement(deps: Deps, ctes: Cte[]): Promise<DomainEvent[]> {
  const [row] = await deps.prisma.$queryRaw<{ events: DomainEvent[] }[]>`${withEvents(ctes)} SELECT ${writtenEventsJson} AS events`;
  deps.events.publish(row.events);
  return row.events;
}
