// Per-row ordering and deduplication of events: whatever order and however often events arrive (the
// pubsub, the outbox tail, a replay), each row's versions are delivered in order, each once. A version that
// arrives early waits for the ones before it; if they do not come soon they are read from the outbox. No
// database here: the two reads it needs are given to it (./outbox-tail.ts implements them), so the ordering
// rules are tested on their own (test/row-order.test.ts).
import type { DomainEvent } from './catalog.ts';

export interface OrderReads {
  /**
   * Versions of these rows that were committed after the tail's cursor (so not accepted yet): the earlier
   * versions of rows seen for the first time at a later version.
   */
  unseenVersions(entityIds: string[]): Promise<DomainEvent[]>;
  /** One row's versions strictly between `after` and `below`. */
  versionsBetween(entityId: string, after: number, below: number): Promise<DomainEvent[]>;
}

export interface RowOrderOptions {
  /** Receives each row's events in version order, each version once. */
  deliver(event: DomainEvent): void;
  reads: OrderReads;
  /** Whether the outbox tail runs (before it does, every event is taken as it comes). */
  tailing(): boolean;
  /** How long a later version waits for a missing earlier one before the gap is read from the outbox. */
  gapWaitMs: number;
  /** How long a gap may stay open before its missing versions are given up on (pruned from the outbox). */
  giveUpMs: number;
  /** Rows whose last version is remembered; the least recently active is forgotten first. */
  maxTrackedRows: number;
  /** A read failed; ordering carries on with what it has. */
  onReadError(err: unknown, what: string): void;
}

/** Rows per read of newly seen rows' earlier versions. */
const LOAD_BATCH = 1000;

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

export class RowOrder {
  private readonly rows = new Map<string, RowState>();
  /** Rows first seen at a later version in the current tick; their earlier versions are read in one query. */
  private loadQueue = new Map<string, LoadEntry>();
  private loadTimer?: NodeJS.Immediate;
  private closed = false;

  constructor(private readonly options: RowOrderOptions) {}

  /** Takes one event; delivers it (and whatever it unblocks) now, or holds it until its predecessors arrive. */
  accept(event: DomainEvent): void {
    if (this.closed) return;
    const state = this.rows.get(event.entityId);
    if (!state) {
      if (event.version <= 1 || !this.options.tailing()) {
        this.track(event.entityId, { version: event.version, pending: new Map() });
        this.options.deliver(event);
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
      this.options.deliver(event);
      this.drain(state);
      return;
    }
    state.pending.set(event.version, event);
    state.gapSince ??= Date.now();
    this.scheduleGapFill(event.entityId, state);
  }

  /** Stops every timer; later events are ignored. */
  close(): void {
    this.closed = true;
    if (this.loadTimer) clearImmediate(this.loadTimer);
    for (const state of this.rows.values()) clearTimeout(state.gapTimer);
  }

  private scheduleGapFill(entityId: string, state: RowState): void {
    if (state.gapTimer || this.closed) return;
    state.gapTimer = setTimeout(() => void this.fillGap(entityId), this.options.gapWaitMs);
    state.gapTimer.unref();
  }

  /**
   * Reads the versions of newly seen rows that have not been accepted yet (one read per LOAD_BATCH rows), then
   * delivers each row in order, starting right below its oldest known version: a row with nothing older in the
   * outbox (a bulk-imported target at v2) is delivered at once, with no gap wait.
   */
  private async loadRows(batch: Map<string, LoadEntry>): Promise<void> {
    const ids = [...batch.keys()];
    for (let i = 0; i < ids.length && !this.closed; i += LOAD_BATCH) {
      const chunk = ids.slice(i, i + LOAD_BATCH);
      try {
        for (const event of await this.options.reads.unseenVersions(chunk)) {
          const entry = batch.get(event.entityId);
          if (entry && event.version < entry.below && !entry.state.pending.has(event.version)) entry.state.pending.set(event.version, event);
        }
      } catch (err) {
        if (!this.closed) this.options.onReadError(err, `earlier versions of ${chunk.length} newly seen rows`);
      }
      for (const entityId of chunk) this.finishLoad(entityId, batch.get(entityId)!.state);
    }
  }

  private finishLoad(entityId: string, state: RowState): void {
    if (this.closed || this.rows.get(entityId) !== state) return;
    state.loading = false;
    state.version = Math.min(...state.pending.keys()) - 1;
    this.drain(state);
    if (state.pending.size > 0) {
      state.gapSince ??= Date.now();
      this.scheduleGapFill(entityId, state);
    }
  }

  private drain(state: RowState): void {
    for (let next = state.pending.get(state.version + 1); next; next = state.pending.get(state.version + 1)) {
      state.pending.delete(next.version);
      state.version = next.version;
      this.options.deliver(next);
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
    const below = Math.min(...state.pending.keys());
    try {
      for (const event of await this.options.reads.versionsBetween(entityId, state.version, below)) state.pending.set(event.version, event);
    } catch (err) {
      this.options.onReadError(err, `a gap of row ${entityId}`);
    }
    if (this.closed || this.rows.get(entityId) !== state) return;
    this.drain(state);
    if (state.pending.size === 0) return;
    // Versions that are not in the outbox (pruned) are never coming: move on after a while.
    if (Date.now() - (state.gapSince ?? 0) > this.options.giveUpMs) {
      state.version = Math.min(...state.pending.keys()) - 1;
      this.drain(state);
    } else {
      this.scheduleGapFill(entityId, state);
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
}
