// Delivers outbox events to this instance's subscribers: quickly through the pubsub (in-process, or
// Redis across instances), and losslessly by tailing the outbox, so an instance that lost Redis for a
// while, or missed a message, still delivers every event. Per row, events reach local subscribers in
// version order, each version once.
import type { PubSub } from 'graphql-yoga';
import { Prisma as PrismaNamespace } from '../generated/prisma/client.ts';
import type { Logger } from '../logger.ts';
import { databaseIdentity, type Prisma } from '../db.ts';
import type { DomainEvent } from './outbox.ts';
import { reviveSnapshot } from './snapshot.ts';

/** Prefix of the transport topic; the database's identity follows, so deployments sharing a Redis stay apart. */
export const TRANSPORT_TOPIC_PREFIX = 'dialgraph:events';

/** Events travel between instances in batches: one message per committed change set (chunked). */
export type TransportPubSub = PubSub<Record<string, [DomainEvent[]]>>;

/** Events per transport message; a burst of 10,000 becomes 20 messages, not 10,000. */
const TRANSPORT_BATCH = 500;

/**
 * The oldest transaction still running in this database (an xid8, as bigint), or the next transaction id when
 * none is: every outbox row below it has committed or never will. Only this database's transactions can write
 * its outbox, so a long transaction in another database of the same server does not hold the tail back (the
 * server-wide pg_snapshot_xmin would). Running xids come from the snapshot (64-bit); pg_stat_activity's
 * backend_xid (32-bit) says which of them are this database's.
 */
const TAIL_HORIZON = PrismaNamespace.sql`(SELECT coalesce(
  (SELECT min(x::text::bigint) FROM pg_snapshot_xip(pg_current_snapshot()) AS x
   WHERE x::text::bigint % 4294967296 IN (
     SELECT backend_xid::text::bigint FROM pg_stat_activity WHERE datname = current_database() AND backend_xid IS NOT NULL)),
  (pg_snapshot_xmax(pg_current_snapshot())::text)::bigint))`;

/** Rows per outbox read of newly seen rows' earlier versions (loadRows). */
const LOAD_BATCH = 1000;

/** An event as handed to a subscription resolver: the snapshot revived as a row. */
export interface DeliveredEvent<Row = Record<string, unknown>> extends DomainEvent {
  row: Row;
}

export interface EventBusOptions {
  prisma: Prisma;
  transport: TransportPubSub;
  logger: Logger;
  pollMs: number;
  retentionMs: number;
  /** How long a later version waits for a missing earlier one before the gap is read from the outbox. */
  gapWaitMs?: number;
  /** Rows whose last version is remembered for ordering and deduplication. */
  maxTrackedRows?: number;
}

interface RowState {
  version: number;
  pending: Map<number, DomainEvent>;
  gapTimer?: NodeJS.Timeout;
  gapSince?: number;
  /** First seen at a version above 1: the earlier versions not yet delivered are being read from the outbox. */
  loading?: boolean;
}

/** A row waiting for the read of its earlier versions; `below` is the version it was first seen at. */
interface LoadEntry {
  state: RowState;
  below: number;
}

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

function fromOutboxRow(r: OutboxRow): DomainEvent {
  return {
    id: r.id.toString(), customerId: r.customer_id, entityType: r.entity_type, entityId: r.entity_id,
    version: r.version, kind: r.kind, snapshot: r.snapshot,
  };
}

export class EventBus {
  /** Local subscribers by `${entityType}:${customerId}`. */
  private readonly subscribers = new Map<string, Set<LocalSubscriber>>();
  private readonly rows = new Map<string, RowState>();
  private readonly options: Required<EventBusOptions>;
  private cursor: { txId: bigint; id: bigint } | undefined;
  /** The transport topic of this database (set by start()). */
  topic = TRANSPORT_TOPIC_PREFIX;
  private pollTimer?: NodeJS.Timeout;
  private pruneTimer?: NodeJS.Timeout;
  private polling?: Promise<void>;
  private transportLoop?: AsyncIterator<DomainEvent[]>;
  private closed = false;
  /** Rows first seen at a later version in the current tick; their earlier versions are read in one query. */
  private loadQueue = new Map<string, LoadEntry>();
  private loadTimer?: NodeJS.Immediate;

  constructor(options: EventBusOptions) {
    this.options = { gapWaitMs: 250, maxTrackedRows: 200_000, ...options };
  }

  async start(): Promise<void> {
    // Tail from the oldest transaction still running: everything older has committed and is history.
    const [row] = await this.options.prisma.$queryRaw<{ xmin: bigint }[]>`
      SELECT ${TAIL_HORIZON} AS xmin`;
    this.cursor = { txId: BigInt(row.xmin) - 1n, id: BigInt('9223372036854775807') };
    // Instances on the same database share a topic; another database (another deployment, another test
    // file) on the same Redis has its own, so it never costs this one tracking entries or outbox reads.
    this.topic = `${TRANSPORT_TOPIC_PREFIX}:${await databaseIdentity(this.options.prisma)}`;
    const iterator = this.options.transport.subscribe(this.topic)[Symbol.asyncIterator]();
    this.transportLoop = iterator;
    void (async () => {
      while (!this.closed) {
        const next = await iterator.next();
        if (next.done) break;
        for (const event of next.value) this.accept(event);
      }
    })().catch((err) => this.options.logger.error({ err }, 'event transport loop failed'));
    this.pollTimer = setInterval(() => void this.poll(), this.options.pollMs);
    this.pollTimer.unref();
    const pruneEvery = Math.min(Math.max(this.options.retentionMs / 10, 1000), 60_000);
    this.pruneTimer = setInterval(() => void this.prune(), pruneEvery);
    this.pruneTimer.unref();
  }

  /** Delivers events of a committed transaction: here at once, elsewhere through the transport. */
  publish(events: DomainEvent[]): void {
    for (const event of events) this.accept(event);
    for (let i = 0; i < events.length; i += TRANSPORT_BATCH) {
      // Not awaited: with Redis down the client queues the command; the outbox tail covers any loss.
      void Promise.resolve(this.options.transport.publish(this.topic, events.slice(i, i + TRANSPORT_BATCH))).catch((err: unknown) =>
        this.options.logger.warn({ err }, 'event publish failed; the outbox tail will deliver it'),
      );
    }
  }

  /**
   * Events of one model type for one customer, in version order per row. `where` narrows further
   * (by id, parent, kind). Ends when the bus closes (server shutdown).
   */
  subscribe<Row>(entityType: string, customerId: string, where?: (event: DeliveredEvent<Row>) => boolean): AsyncIterable<DeliveredEvent<Row>> {
    const topic = `${entityType}:${customerId}`;
    // Registered now, not at the first next(): nothing published in between is missed.
    const subscriber = new LocalSubscriber(where as ((event: DeliveredEvent) => boolean) | undefined, (s) => this.subscribers.get(topic)?.delete(s));
    let set = this.subscribers.get(topic);
    if (!set) this.subscribers.set(topic, (set = new Set()));
    set.add(subscriber);
    return { [Symbol.asyncIterator]: () => subscriber as unknown as AsyncIterator<DeliveredEvent<Row>> };
  }


  /** Reads the outbox for events this instance has not delivered yet. Runs on a timer; callable at will. */
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
          SELECT id, tx_id, customer_id, entity_type, entity_id, version, kind, snapshot FROM event
          WHERE (tx_id, id) > (${txId}, ${id})
            AND tx_id < ${TAIL_HORIZON}
          ORDER BY tx_id, id LIMIT 1000`;
        for (const r of rows) this.accept(fromOutboxRow(r));
        if (rows.length === 0) return;
        const last = rows[rows.length - 1];
        this.cursor = { txId: BigInt(last.tx_id), id: BigInt(last.id) };
        if (rows.length < 1000 || this.closed) return;
      }
    } catch (err) {
      if (!this.closed) this.options.logger.warn({ err }, 'outbox tail failed; retrying');
    }
  }

  private async prune(): Promise<void> {
    try {
      const before = new Date(Date.now() - this.options.retentionMs);
      const { count } = await this.options.prisma.event.deleteMany({ where: { createdAt: { lt: before } } });
      if (count > 0) this.options.logger.debug({ count }, 'pruned outbox events');
    } catch (err) {
      if (!this.closed) this.options.logger.warn({ err }, 'outbox prune failed');
    }
  }

  /** Orders and deduplicates by (row, version), then fans out to local subscribers. */
  private accept(event: DomainEvent): void {
    if (this.closed) return;
    const state = this.rows.get(event.entityId);
    if (!state) {
      if (event.version <= 1 || !this.cursor) {
        this.track(event.entityId, { version: event.version, pending: new Map() });
        this.emit(event);
        return;
      }
      // A row seen for the first time at a later version: earlier versions committed since this instance
      // started may still be on their way (a concurrent writer's publish, a later tail batch, since the tail
      // reads in transaction-id order, not commit order). Everything up to the tail's cursor has already been
      // accepted, so the versions still owed are exactly those above the cursor: read them before delivering.
      // Common case: targets from a bulk import have no version-1 event, so their first status change (v2) comes
      // here; a dialing burst or tail page brings hundreds at once, hence one batched read per tick.
      const loading: RowState = { version: 0, pending: new Map([[event.version, event]]), loading: true };
      this.track(event.entityId, loading);
      this.loadQueue.set(event.entityId, { state: loading, below: event.version });
      this.loadTimer ??= setImmediate(() => {
        this.loadTimer = undefined;
        const batch = this.loadQueue;
        this.loadQueue = new Map();
        void this.loadRows(batch);
      });
      return;
    }
    // Most recently active rows are forgotten last.
    this.rows.delete(event.entityId);
    this.rows.set(event.entityId, state);
    if (state.loading) {
      if (!state.pending.has(event.version)) state.pending.set(event.version, event);
      return;
    }
    if (event.version <= state.version || state.pending.has(event.version)) return;
    if (event.version === state.version + 1) {
      state.version = event.version;
      this.emit(event);
      this.drain(event.entityId, state);
      return;
    }
    state.pending.set(event.version, event);
    state.gapSince ??= Date.now();
    this.scheduleGapFill(event.entityId, state);
  }

  private scheduleGapFill(entityId: string, state: RowState): void {
    if (state.gapTimer || this.closed) return;
    state.gapTimer = setTimeout(() => void this.fillGap(entityId), this.options.gapWaitMs);
    state.gapTimer.unref();
  }

  /**
   * Reads the versions of newly seen rows that this instance has not accepted yet (one query per LOAD_BATCH
   * rows), then delivers each row in order, starting right below its oldest known version: a row with nothing
   * older in the outbox (a bulk-imported target at v2) is delivered at once, with no gap wait.
   */
  private async loadRows(batch: Map<string, LoadEntry>): Promise<void> {
    // Read now, not when the rows were seen: the cursor only advances past events already accepted, and those
    // of a loading row went into its pending versions. So nothing owed is skipped, and nothing read is old.
    const after = this.cursor!;
    const ids = [...batch.keys()];
    for (let i = 0; i < ids.length && !this.closed; i += LOAD_BATCH) {
      const chunk = ids.slice(i, i + LOAD_BATCH);
      try {
        const rows = await this.options.prisma.$queryRaw<OutboxRow[]>`
          SELECT id, tx_id, customer_id, entity_type, entity_id, version, kind, snapshot FROM event
          WHERE entity_id = ANY(${chunk}::uuid[]) AND (tx_id, id) > (${after.txId}, ${after.id})`;
        for (const r of rows) {
          const entry = batch.get(r.entity_id);
          if (entry && r.version < entry.below && !entry.state.pending.has(r.version)) entry.state.pending.set(r.version, fromOutboxRow(r));
        }
      } catch (err) {
        if (!this.closed) this.options.logger.warn({ err, rows: chunk.length }, 'reading new rows\' earlier versions from the outbox failed');
      }
      for (const entityId of chunk) this.finishLoad(entityId, batch.get(entityId)!.state);
    }
  }

  private finishLoad(entityId: string, state: RowState): void {
    if (this.closed || this.rows.get(entityId) !== state) return;
    state.loading = false;
    state.version = Math.min(...state.pending.keys()) - 1;
    this.drain(entityId, state);
    if (state.pending.size > 0) {
      state.gapSince ??= Date.now();
      this.scheduleGapFill(entityId, state);
    }
  }

  private drain(entityId: string, state: RowState): void {
    for (let next = state.pending.get(state.version + 1); next; next = state.pending.get(state.version + 1)) {
      state.pending.delete(next.version);
      state.version = next.version;
      this.emit(next);
    }
    if (state.pending.size === 0) {
      clearTimeout(state.gapTimer);
      state.gapTimer = undefined;
      state.gapSince = undefined;
    }
  }

  /** A later version arrived before an earlier one: read the missing versions from the outbox. */
  private async fillGap(entityId: string): Promise<void> {
    const state = this.rows.get(entityId);
    if (!state || this.closed) return;
    state.gapTimer = undefined;
    if (state.pending.size === 0 || state.loading) return;
    const upTo = Math.min(...state.pending.keys());
    try {
      const rows = await this.options.prisma.$queryRaw<OutboxRow[]>`
        SELECT id, tx_id, customer_id, entity_type, entity_id, version, kind, snapshot FROM event
        WHERE entity_id = ${entityId}::uuid AND version > ${state.version} AND version < ${upTo}
        ORDER BY version`;
      for (const r of rows) state.pending.set(r.version, fromOutboxRow(r));
    } catch (err) {
      this.options.logger.warn({ err, entityId }, 'reading a gap from the outbox failed');
    }
    if (this.closed || this.rows.get(entityId) !== state) return;
    this.drain(entityId, state);
    if (state.pending.size > 0) {
      // Versions that are not in the outbox (pruned) are never coming: move on after a while.
      if (Date.now() - (state.gapSince ?? 0) > 10 * this.options.gapWaitMs + this.options.pollMs) {
        state.version = Math.min(...state.pending.keys()) - 1;
        this.drain(entityId, state);
      } else {
        this.scheduleGapFill(entityId, state);
      }
    }
  }

  private track(entityId: string, state: RowState): void {
    if (this.rows.size >= this.options.maxTrackedRows) {
      // Map iteration order is insertion order: forget the oldest row.
      const oldest = this.rows.keys().next().value as string;
      clearTimeout(this.rows.get(oldest)?.gapTimer);
      this.rows.delete(oldest);
    }
    this.rows.set(entityId, state);
  }

  private emit(event: DomainEvent): void {
    const delivered: DeliveredEvent = { ...event, row: reviveSnapshot(event.entityType, event.snapshot) };
    for (const subscriber of this.subscribers.get(`${event.entityType}:${event.customerId}`) ?? []) subscriber.push(delivered);
  }

  /** Completes every open subscription (shutdown); events are still published. */
  endSubscriptions(): void {
    for (const set of this.subscribers.values()) for (const subscriber of [...set]) subscriber.end();
    this.subscribers.clear();
  }

  async close(): Promise<void> {
    this.endSubscriptions();
    this.closed = true;
    if (this.loadTimer) clearImmediate(this.loadTimer);
    clearInterval(this.pollTimer);
    clearInterval(this.pruneTimer);
    for (const state of this.rows.values()) clearTimeout(state.gapTimer);
    await this.transportLoop?.return?.();
    await this.polling;
  }
}

/**
 * One local subscription's queue. Written by hand because Yoga's in-memory pubsub (a Repeater) throws once
 * 1,024 events are pending, which a dialing burst or a bulk import reaches for any subscriber slower than
 * the burst. This queue grows instead, up to a bound past which the subscriber is ended with an error
 * (a client that far behind re-queries and resubscribes; `version` tells it what is newer).
 */
export const MAX_PENDING_EVENTS = 100_000;

class LocalSubscriber implements AsyncIterator<DeliveredEvent> {
  private readonly queue: DeliveredEvent[] = [];
  private waiting?: (result: IteratorResult<DeliveredEvent>) => void;
  private failed?: (err: Error) => void;
  private error?: Error;
  private done = false;

  constructor(
    private readonly where: ((event: DeliveredEvent) => boolean) | undefined,
    private readonly onEnd: (s: LocalSubscriber) => void,
  ) {}

  push(event: DeliveredEvent): void {
    if (this.done || (this.where && !this.where(event))) return;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = this.failed = undefined;
      resolve({ done: false, value: event });
      return;
    }
    if (this.queue.length >= MAX_PENDING_EVENTS) {
      this.error = new Error(`subscriber fell more than ${MAX_PENDING_EVENTS} events behind; re-query and subscribe again`);
      this.queue.length = 0;
      this.end();
      return;
    }
    this.queue.push(event);
  }

  next(): Promise<IteratorResult<DeliveredEvent>> {
    const value = this.queue.shift();
    if (value) return Promise.resolve({ done: false, value });
    if (this.error) {
      const err = this.error;
      this.error = undefined;
      return Promise.reject(err);
    }
    if (this.done) return Promise.resolve({ done: true, value: undefined });
    return new Promise((resolve, reject) => {
      this.waiting = resolve;
      this.failed = reject;
    });
  }

  return(): Promise<IteratorResult<DeliveredEvent>> {
    this.queue.length = 0;
    this.end();
    return Promise.resolve({ done: true, value: undefined });
  }

  /** Ends the stream: a pending next() resolves done (or rejects with the overflow error). */
  end(): void {
    if (this.done) return;
    this.done = true;
    this.onEnd(this);
    const resolve = this.waiting;
    const reject = this.failed;
    this.waiting = this.failed = undefined;
    if (this.error && reject) {
      const err = this.error;
      this.error = undefined;
      reject(err);
    } else resolve?.({ done: true, value: undefined });
  }
}
