// The typed event catalogue: every row type that writes outbox events, the row its snapshot revives to, and
// the kinds of change it reports. emit(), the single-statement CTEs and EventBus.subscribe take their types
// from here (as the Pothos prisma-subscriptions example types its pubsub map), so a misspelled kind or a
// subscriber reading another row's shape does not compile.
import type { Call, Campaign, CampaignCall, Outdial, OutdialTarget, Outplan } from '../generated/prisma/client.ts';

/** A row as plain JSON (the outbox's snapshot column): instants as ISO strings, BigInts as strings. */
export type Snapshot = Record<string, unknown>;

/** The kinds of change each row type reports. STATUS is a status change; the rest say what happened to the row. */
export const EVENT_KINDS = {
  Outplan: ['CREATED', 'UPDATED', 'DELETED'],
  /** TARGETS_CREATED: one event for a whole bulk or CSV import into the outdial (its targets get none of their own). */
  Outdial: ['CREATED', 'UPDATED', 'DELETED', 'TARGETS_CREATED'],
  OutdialTarget: ['CREATED', 'UPDATED', 'STATUS', 'DELETED'],
  Campaign: ['CREATED', 'UPDATED', 'STATUS', 'DELETED'],
  CampaignCall: ['CREATED', 'STATUS', 'DELETED'],
  Call: ['CREATED', 'STATUS', 'DELETED'],
} as const;

/** The row each type's snapshot revives to (events/snapshot.ts). */
export interface EventRows {
  Outplan: Outplan;
  /** A TARGETS_CREATED snapshot adds how many targets the import created. */
  Outdial: Outdial & { createdCount?: number };
  OutdialTarget: OutdialTarget;
  Campaign: Campaign;
  CampaignCall: CampaignCall;
  Call: Call;
}

/** A Prisma model name that writes outbox events. */
export type EntityType = keyof typeof EVENT_KINDS;
export type EventKind<E extends EntityType = EntityType> = (typeof EVENT_KINDS)[E][number];

/** One type of event: a row type and one of its kinds. */
export type EventType<E extends EntityType = EntityType> = { [K in E]: { entityType: K; kind: EventKind<K> } }[E];

/** What the outbox stores and the transport carries: one change of one row, at one version. */
export type DomainEvent<E extends EntityType = EntityType> = {
  [K in E]: {
    /** Outbox row id, as a string (it is a bigint). */
    id: string;
    customerId: string;
    entityType: K;
    entityId: string;
    version: number;
    kind: EventKind<K>;
    snapshot: Snapshot;
  };
}[E];

/** An event as a subscriber receives it: the snapshot revived as its row. */
export type DeliveredEvent<E extends EntityType = EntityType> = { [K in E]: DomainEvent<K> & { row: EventRows[K] } }[E];

