// The outbox tail: every instance reads the outbox in transaction order, from a cursor, so it delivers every
// committed event even when the pubsub lost one (Redis down, a message dropped). It also answers the reads
// per-row ordering needs (./row-order.ts), and prunes events past their retention.
import { Prisma as P } from '../generated/prisma/client.ts';
import type { Prisma } from '../db/database.ts';
import type { Logger } from '../logger.ts';
import type { DomainEvent } from './catalog.ts';
import type { OrderReads } from './row-order.ts';

/**
 * The oldest transaction still running in this database (an xid8, as bigint), or the next transaction id when
 * none is: every outbox row below it has committed or never will. Only this database's transactions can write
 * its outbox, so a long transaction in another database of the same server does not hold the tail back (the
 * server-wide pg_snapshot_xmin would). Running xids come from the snapshot (64-bit); pg_stat_activity's
 * backend_xid (32-bit) says which of them are this database's.
 */
export const TAIL_HORIZON = P.sql`(SELECT coalesce(
  (SELECT min(x::text::bigint) FROM pg_snapshot_xip(pg_current_snapshot()) AS x
   WHERE x::text::bigint % 4294967296 IN (
     SELECT backend_xid::text::bigint FROM pg_stat_activity WHERE datname = current_database() AND backend_xid IS NOT NULL)),
  (pg_snapshot_xmax(pg_current_snapshot())::text)::bigint))`;

/** Rows per page of the tail and of a replay. */
export const PAGE = 1000;

/** How much older than its row's updatedAt an event's created_at may be (see replayPage). */
const REPLAY_CLOCK_SLACK = '5 minutes';

interface OutboxRow {
  id: bigint;
  tx_id: bigint;
  customer_id: string;
  entity_type: string;
  entity_id: string;
  version: number;
  kind: string;
  snapshot: Record<string, unknown>;
}

const COLUMNS = P.sql`id, tx_id, customer_id, entity_type, entity_id, version, kind, snapshot`;

function fromOutboxRow(r: OutboxRow): DomainEvent {
  return {
    id: r.id.toString(), customerId: r.customer_id, entityType: r.entity_type, entityId: r.entity_id,
    version: r.version, kind: r.kind, snapshot: r.snapshot,
  } as DomainEvent;
}

/** Unread events counted at most: the lag's read stays one short index range however far behind the tail is. */
export const LAG_COUNT_CAP = 10_000;

/** How far the tail is behind: committed events it has not read yet (at most LAG_COUNT_CAP), and the age of the oldest. */
export interface TailLag {
  events: number;
  seconds: number;
}

export interface OutboxTailOptions {
  prisma: Prisma;
  logger: Logger;
  /** Receives every event the tail reads, in transaction order. */
  accept(event: DomainEvent): void;
}

export class OutboxTail implements OrderReads {
  private cursor: { txId: bigint; id: bigint } | undefined;
  private polling?: Promise<void>;
  private closed = false;

  constructor(private readonly options: OutboxTailOptions) {}

  /** Starts from the oldest transaction still running: everything older has committed and is history. */
  async start(): Promise<void> {
    const [row] = await this.options.prisma.$queryRaw<{ xmin: bigint }[]>`SELECT ${TAIL_HORIZON} AS xmin`;
    this.cursor = { txId: BigInt(row.xmin) - 1n, id: BigInt('9223372036854775807') };
  }

  get started(): boolean {
    return this.cursor !== undefined;
  }

  /** Reads the outbox for events not read yet; concurrent calls share one read. */
  poll(): Promise<void> {
    if (this.closed || !this.cursor) return Promise.resolve();
    this.polling ??= this.pollOnce().finally(() => {
      this.polling = undefined;
    });
    return this.polling;
  }

  private async pollOnce(): Promise<void> {
    try {
      for (;;) {
        const { txId, id } = this.cursor!;
        // Only transactions older than the oldest one still running here: no row can commit below that line
        // later, so advancing the cursor past it never skips an event.
        const rows = await this.options.prisma.$queryRaw<OutboxRow[]>`
          SELECT ${COLUMNS} FROM event
          WHERE (tx_id, id) > (${txId}, ${id}) AND tx_id < ${TAIL_HORIZON}
          ORDER BY tx_id, id LIMIT ${PAGE}`;
        for (const r of rows) this.options.accept(fromOutboxRow(r));
        if (rows.length === 0) return;
        const last = rows[rows.length - 1];
        this.cursor = { txId: BigInt(last.tx_id), id: BigInt(last.id) };
        if (rows.length < PAGE || this.closed) return;
      }
    } catch (err) {
      if (!this.closed) this.options.logger.warn({ err }, 'outbox tail failed; retrying');
    }
  }

  /**
   * Read now, not when the rows were seen: the cursor only advances past events already accepted, and those of a
   * row being loaded went into its pending versions. So nothing owed is skipped, and nothing read is old.
   */
  async unseenVersions(entityIds: string[]): Promise<DomainEvent[]> {
    const after = this.cursor!;
    const rows = await this.options.prisma.$queryRaw<OutboxRow[]>`
      SELECT ${COLUMNS} FROM event
      WHERE entity_id = ANY(${entityIds}::uuid[]) AND (tx_id, id) > (${after.txId}, ${after.id})`;
    return rows.map(fromOutboxRow);
  }

  async versionsBetween(entityId: string, after: number, below: number): Promise<DomainEvent[]> {
    const rows = await this.options.prisma.$queryRaw<OutboxRow[]>`
      SELECT ${COLUMNS} FROM event
      WHERE entity_id = ${entityId}::uuid AND version > ${after} AND version < ${below}
      ORDER BY version`;
    return rows.map(fromOutboxRow);
  }

  /**
   * One page of a customer's events of one row type whose row changed at or after `since` (its snapshot's
   * updatedAt, else createdAt, else the event's own time), in outbox order (per row, version order), after outbox id `afterId`: a
   * subscription's replay (EventBus.subscribe). The created_at bound lets the index narrow the read; an event is
   * written in the transaction that changes its row, so it is never much older than the row's updatedAt
   * (REPLAY_CLOCK_SLACK covers clock skew between the servers and a long transaction).
   */
  async replayPage(entityType: string, customerId: string, since: Date, afterId: bigint): Promise<DomainEvent[]> {
    const rows = await this.options.prisma.$queryRaw<OutboxRow[]>`
      SELECT ${COLUMNS} FROM event
      WHERE customer_id = ${customerId}::uuid AND entity_type = ${entityType} AND id > ${afterId}
        AND created_at >= ${since}::timestamptz - ${REPLAY_CLOCK_SLACK}::interval
        AND coalesce((coalesce(snapshot->>'updatedAt', snapshot->>'createdAt'))::timestamptz, created_at) >= ${since}::timestamptz
      ORDER BY id LIMIT ${PAGE}`;
    return rows.map(fromOutboxRow);
  }

  /**
   * Committed events past the cursor: the ones the next poll will read (those of transactions above the horizon
   * included, as they wait for an older transaction). Between polls a few are normal: the pubsub delivered them
   * already, and the tail reads them within EVENT_POLL_MS; a growing lag means the tail cannot keep up or fails.
   */
  async lag(): Promise<TailLag | undefined> {
    if (!this.cursor || this.closed) return undefined;
    const { txId, id } = this.cursor;
    const [row] = await this.options.prisma.$queryRaw<{ events: number; seconds: number }[]>`
      SELECT count(*)::int AS events, coalesce(extract(epoch FROM now() - min(created_at)), 0)::float8 AS seconds
      FROM (SELECT created_at FROM event WHERE (tx_id, id) > (${txId}, ${id}) ORDER BY tx_id, id LIMIT ${LAG_COUNT_CAP}) AS unread`;
    return { events: row.events, seconds: Math.max(0, row.seconds) };
  }

  /**
   * Deletes events older than `retentionMs`, but none the webhook fan-out has not read yet (above its cursor,
   * src/webhooks/fan-out.ts): an endpoint is owed every event, however long the fan-out was held up.
   */
  async prune(retentionMs: number): Promise<void> {
    try {
      const before = new Date(Date.now() - retentionMs);
      const count = await this.options.prisma.$executeRaw`
        DELETE FROM event WHERE created_at < ${before}
          AND (tx_id, id) <= (SELECT tx_id, event_id FROM webhook_cursor WHERE id = 1)`;
      if (count > 0) this.options.logger.debug({ count }, 'pruned outbox events');
    } catch (err) {
      if (!this.closed) this.options.logger.warn({ err }, 'outbox prune failed');
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.polling;
  }
}
