// EventBus on a real database: per-row ordering and deduplication, gaps filled from the outbox, the
// outbox tail, and pruning. Each test uses its own customer and row ids, so buses never see each other's
// events through a subscription.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createPubSub } from 'graphql-yoga';
import { createTestDatabase, onPostgres, type TestDatabase } from './helpers/db.ts';
import type { Database } from '../src/db/database.ts';
import { createLogger } from '../src/logger.ts';
import { EventBus, REPLAY_OVERLAP_MS, type EventBusOptions, type TransportPubSub } from '../src/events/bus.ts';
import type { DeliveredEvent, DomainEvent } from '../src/events/catalog.ts';
import { insertEvents, type VersionedRow } from '../src/events/outbox.ts';
import { fanOut } from '../src/webhooks/fan-out.ts';

let database: TestDatabase;
let db: Database;
const buses: EventBus[] = [];
const listeners: Array<() => Promise<unknown>> = [];

beforeAll(async () => {
  database = await createTestDatabase();
  db = await database.open();
});
afterEach(async () => {
  await Promise.all(listeners.splice(0).map((close) => close()));
  await Promise.all(buses.splice(0).map((bus) => bus.close()));
});
afterAll(async () => {
  await database?.drop();
});

async function startBus(options: Partial<EventBusOptions> = {}): Promise<EventBus> {
  const bus = new EventBus({
    prisma: db.prisma,
    transport: createPubSub() as TransportPubSub,
    logger: createLogger('silent'),
    // The tail stays out of the way unless a test asks for it.
    pollMs: 600_000,
    retentionMs: 86_400_000,
    maxPendingEvents: 100_000,
    gapWaitMs: 50,
    ...options,
  });
  buses.push(bus);
  await bus.start();
  return bus;
}


/** Writes the outbox rows of `versions` (one committed transaction each), as another instance would. */
async function writeEvents(row: { id: string; customerId: string }, versions: number[]): Promise<Map<number, DomainEvent>> {
  const written = new Map<number, DomainEvent>();
  for (const version of versions) {
    const [event] = await db.prisma.$transaction((tx) => insertEvents(tx, [{ entityType: 'Outplan', kind: 'UPDATED', row: { ...row, version, name: `name v${version}` } as VersionedRow }]));
    written.set(version, event);
  }
  return written;
}

/** Subscribes at once (the listener is registered before this returns) and collects into `got`. */
function listen(bus: EventBus, customerId: string, entityId?: string, since?: Date) {
  const iterable = bus.subscribe('Outplan', customerId, entityId ? (e) => e.entityId === entityId : undefined, { since });
  const it = iterable[Symbol.asyncIterator]();
  const got: DeliveredEvent<'Outplan'>[] = [];
  void (async () => {
    for (;;) {
      const next = await it.next();
      if (next.done) return;
      got.push(next.value);
    }
  })();
  const close = () => it.return?.() ?? Promise.resolve();
  listeners.push(close);
  return {
    got,
    versions: () => got.map((e) => e.version),
    /** Resolves once `count` events arrived; the timeout is only a failure guard. */
    until: async (count: number, timeoutMs = 15_000) => {
      const deadline = Date.now() + timeoutMs;
      while (got.length < count) {
        if (Date.now() > deadline) throw new Error(`got ${got.length} of ${count} events: ${JSON.stringify(got.map((e) => e.version))}`);
        await new Promise((r) => setTimeout(r, 10));
      }
      return got;
    },
  };
}

const row = () => ({ id: randomUUID(), customerId: randomUUID() });

describe('EventBus ordering and deduplication', () => {
  it('delivers versions published out of order and repeatedly in order, each once, with each snapshot', async () => {
    const bus = await startBus();
    const r = row();
    const events = await writeEvents(r, [1, 2, 3, 4]);
    const sub = listen(bus, r.customerId, r.id);
    bus.publish([events.get(1)!, events.get(3)!]);
    bus.publish([events.get(2)!, events.get(2)!, events.get(1)!, events.get(3)!]);
    // A later version marks the end: any duplicate of 1..3 would have been delivered before it.
    bus.publish([events.get(4)!]);
    await sub.until(4);
    expect(sub.versions()).toEqual([1, 2, 3, 4]);
    expect(sub.got.map((e) => e.row.name)).toEqual(['name v1', 'name v2', 'name v3', 'name v4']);
    expect(sub.got.every((e) => e.entityId === r.id && e.customerId === r.customerId && e.entityType === 'Outplan')).toBe(true);
  });

  it('fills a gap whose missing version is only in the outbox (never published)', async () => {
    const bus = await startBus();
    const r = row();
    const events = await writeEvents(r, [1, 2, 3, 4]);
    const sub = listen(bus, r.customerId, r.id);
    bus.publish([events.get(1)!, events.get(3)!]); // v2 never comes through the pubsub; the tail is idle
    await sub.until(3);
    expect(sub.versions()).toEqual([1, 2, 3]);
    expect(sub.got[1].row.name).toBe('name v2'); // read back from the outbox's snapshot column
    bus.publish([events.get(2)!, events.get(3)!, events.get(4)!]);
    await sub.until(4);
    expect(sub.versions()).toEqual([1, 2, 3, 4]);
  });

  it('delivers the earlier versions of a row first seen at a later version, when the later one overtakes them', async () => {
    // Two writers on one row: v3 commits right after v2 and its publish can arrive first (another
    // instance's Redis message, or a tail batch in transaction-id order). v1 and v2 committed after the
    // bus started, so they are owed to subscribers too.
    const bus = await startBus();
    const r = row();
    const events = await writeEvents(r, [1, 2, 3]);
    const sub = listen(bus, r.customerId, r.id);
    bus.publish([events.get(3)!]);
    bus.publish([events.get(2)!]);
    await sub.until(3);
    bus.publish([events.get(1)!, events.get(2)!, events.get(3)!, ...(await writeEvents(r, [4])).values()]);
    await sub.until(4);
    expect(sub.versions()).toEqual([1, 2, 3, 4]);
    expect(sub.got.map((e) => e.row.name)).toEqual(['name v1', 'name v2', 'name v3', 'name v4']);
  });

  it('moves past a version that is not in the outbox at all (pruned) instead of waiting forever', async () => {
    const bus = await startBus({ gapWaitMs: 20, pollMs: 100 });
    const r = row();
    const events = await writeEvents(r, [1, 3]);
    const sub = listen(bus, r.customerId, r.id);
    bus.publish([events.get(1)!, events.get(3)!]);
    await sub.until(2);
    bus.publish([...(await writeEvents(r, [4])).values()]);
    await sub.until(3);
    expect(sub.versions()).toEqual([1, 3, 4]);
  });

  it('keeps customers apart: a subscriber of one customer never sees another customer\'s events', async () => {
    const bus = await startBus();
    const mine = row();
    const theirs = { id: randomUUID(), customerId: randomUUID() };
    const sub = listen(bus, mine.customerId);
    bus.publish([...(await writeEvents(theirs, [1, 2])).values()]);
    bus.publish([...(await writeEvents(mine, [1])).values()]);
    await sub.until(1);
    expect(sub.got.map((e) => e.entityId)).toEqual([mine.id]);
  });
});

describe('EventBus replay (subscribe with since)', () => {
  it('replays the outbox since then, then the live events it held meanwhile, each version once and in order', async () => {
    const bus = await startBus();
    const r = row();
    const before = new Date(Date.now() - 1000);
    const events = await writeEvents(r, [1, 2, 3, 4]);
    bus.publish([events.get(1)!, events.get(2)!]); // delivered before anyone listens
    const sub = listen(bus, r.customerId, r.id, before);
    // While the replay reads the outbox: v3 and v4 (which the replay also reads) and v5, which is not in the
    // outbox yet (its transaction is still committing, say): held, then given after the replay.
    const v4 = events.get(4)!;
    const v5 = { ...v4, id: String(BigInt(v4.id) + 1000n), version: 5, snapshot: { ...v4.snapshot, version: 5, name: 'name v5' } } as DomainEvent;
    bus.publish([events.get(3)!, v4, v5]);
    await sub.until(5);
    await new Promise((r2) => setTimeout(r2, 100)); // anything more would be here by now
    expect(sub.versions()).toEqual([1, 2, 3, 4, 5]);
    expect(sub.got.map((e) => e.row.name)).toEqual(['name v1', 'name v2', 'name v3', 'name v4', 'name v5']);
  });

  it('leaves out what reaches this instance after the replay gave it (another instance\'s events, late by pubsub or tail)', async () => {
    // Found by bench:soak: a subscription taken while another instance wrote targets' statuses repeated versions
    // its replay had given, out of order.
    const bus = await startBus();
    const r = row();
    const before = new Date(Date.now() - 1000);
    const events = await writeEvents(r, [1, 2, 3]); // committed by another instance; not here yet
    const sub = listen(bus, r.customerId, r.id, before);
    await sub.until(3); // the replay read them from the outbox
    await bus.poll(); // now they arrive (the tail; a late pubsub message alike)
    bus.publish([events.get(3)!]);
    const v4 = (await writeEvents(r, [4])).get(4)!;
    bus.publish([v4]);
    await sub.until(4);
    await new Promise((r2) => setTimeout(r2, 100)); // anything more would be here by now
    expect(sub.versions()).toEqual([1, 2, 3, 4]);
  });

  it('replays the events whose row changed since then (and REPLAY_OVERLAP_MS before), and only the customer\'s', async () => {
    const bus = await startBus();
    const r = row();
    const other = row();
    const since = new Date();
    const at = (ms: number) => new Date(since.getTime() + ms);
    /** One committed event of `of` at `version`, its row last changed at `updatedAt`. */
    const write = (of: { id: string; customerId: string }, version: number, updatedAt: Date) =>
      db.prisma.$transaction((tx) => insertEvents(tx, [{ entityType: 'Outplan', kind: 'UPDATED', row: { ...of, version, name: `name v${version}`, updatedAt } as VersionedRow }]));
    await write(r, 1, at(-REPLAY_OVERLAP_MS - 1000)); // before the overlap: the subscriber has it
    // Changed before `since` but committed after the change the subscriber saw last (updatedAt = since): rows
    // commit out of their updatedAt order, so a replay from `since` itself would skip it for good.
    await write(r, 2, at(-REPLAY_OVERLAP_MS + 1000));
    await write(r, 3, at(5));
    await write(other, 1, at(5)); // another customer's
    const sub = listen(bus, r.customerId, undefined, since);
    await sub.until(2);
    await new Promise((r2) => setTimeout(r2, 100));
    expect(sub.got.map((e) => [e.entityId, e.version])).toEqual([[r.id, 2], [r.id, 3]]);
  });
});

describe('EventBus bursts', () => {
  it('queues a burst far beyond 1,024 events for a subscriber that is not reading yet, and delivers all in order', async () => {
    const bus = await startBus();
    const customerId = randomUUID();
    const iterator = bus.subscribe('Outplan', customerId)[Symbol.asyncIterator]();
    // 3,000 rows, one event each, published before the subscriber reads anything (as a bulk import does).
    const events: DomainEvent[] = Array.from({ length: 3000 }, (_, i) => ({
      id: String(i + 1), customerId, entityType: 'Outplan', entityId: randomUUID(), version: 1, kind: 'CREATED',
      snapshot: { id: `r${i}`, customerId, version: 1, name: `burst ${i}` },
    }));
    bus.publish(events);
    const names: string[] = [];
    for (let i = 0; i < events.length; i++) {
      const next = await iterator.next();
      if (next.done) break;
      names.push(next.value.row.name);
    }
    await iterator.return?.();
    expect(names).toEqual(events.map((_, i) => `burst ${i}`));
  });

  it('ends a subscriber that falls more than maxPendingEvents (SUBSCRIBER_MAX_PENDING_EVENTS) behind, with an error', async () => {
    const bus = await startBus({ maxPendingEvents: 3 });
    const customerId = randomUUID();
    const iterator = bus.subscribe('Outplan', customerId)[Symbol.asyncIterator]();
    bus.publish(Array.from({ length: 4 }, (_, i) => ({
      id: String(i + 1), customerId, entityType: 'Outplan' as const, entityId: randomUUID(), version: 1, kind: 'CREATED' as const,
      snapshot: { id: `r${i}`, customerId, version: 1, name: `slow ${i}` },
    })));
    await expect(iterator.next()).rejects.toThrow(/fell more than 3 events behind/);
  });

  it('ends every open subscription when the bus shuts down', async () => {
    const bus = await startBus();
    const iterator = bus.subscribe('Outplan', randomUUID())[Symbol.asyncIterator]();
    const pending = iterator.next();
    bus.endSubscriptions();
    expect(await pending).toEqual({ done: true, value: undefined });
  });
});

describe('EventBus outbox tail', () => {
  it('delivers events another instance wrote to the outbox without any pubsub message', async () => {
    const bus = await startBus({ pollMs: 100 });
    const r = row();
    const sub = listen(bus, r.customerId, r.id);
    await writeEvents(r, [1, 2, 3]); // nothing published: only the timer-driven tail can find them
    await sub.until(3);
    expect(sub.versions()).toEqual([1, 2, 3]);
    expect(sub.got.map((e) => e.row.name)).toEqual(['name v1', 'name v2', 'name v3']);
    await writeEvents(r, [4]);
    await sub.until(4);
    expect(sub.versions()).toEqual([1, 2, 3, 4]); // later polls re-read nothing
  });

  it.skipIf(!onPostgres)('does not skip an event whose transaction commits after a later transaction\'s event was read', async () => {
    const bus = await startBus();
    const customerId = randomUUID();
    const early = { id: randomUUID(), customerId };
    const late = { id: randomUUID(), customerId };
    const sub = listen(bus, customerId);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let inserted!: () => void;
    const insertedEarly = new Promise<void>((r) => (inserted = r));
    // `early` takes its transaction id (and outbox id) first but commits last.
    const slow = db.prisma.$transaction(
      async (tx) => {
        await insertEvents(tx, [{ entityType: 'Outplan', kind: 'CREATED', row: { ...early, version: 1, name: 'early' } as VersionedRow }]);
        inserted();
        await gate;
      },
      { timeout: 30_000 },
    );
    await insertedEarly;
    await writeEvents(late, [1]);
    await bus.poll();
    release();
    await slow;
    await bus.poll();
    await bus.poll();
    await sub.until(2);
    expect(new Set(sub.got.map((e) => e.entityId))).toEqual(new Set([early.id, late.id]));
    expect(sub.got).toHaveLength(2);
  });
});

describe('EventBus outbox tail across databases', () => {
  it.skipIf(!onPostgres)('is not held back by a long transaction in another database of the same server', async () => {
    const bus = await startBus();
    const customerId = randomUUID();
    const row = { id: randomUUID(), customerId };
    const sub = listen(bus, customerId);
    // A writer in the server's base database, open for the whole test (its xid is older than the event's).
    const other = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await other.connect();
    try {
      await other.query('BEGIN');
      await other.query('SELECT pg_current_xact_id()');
      // Written straight to the outbox, as another instance would, and not published here: only the tail can find it.
      await writeEvents(row, [1]);
      await bus.poll();
      await sub.until(1, 5_000);
      expect(sub.got.map((e) => e.entityId)).toEqual([row.id]);
    } finally {
      await other.query('ROLLBACK').catch(() => {});
      await other.end();
    }
  });
});

describe('EventBus pruning', () => {
  it('deletes outbox rows older than the retention and keeps newer ones', async () => {
    const customerId = randomUUID();
    const old = new Date(Date.now() - 2 * 86_400_000);
    const base = { customerId, entityType: 'Outplan', kind: 'UPDATED', snapshot: {} };
    await db.prisma.event.createMany({
      data: [1, 2, 3].map((version) => ({ ...base, entityId: randomUUID(), version, createdAt: old })),
    });
    const fresh = await db.prisma.event.create({ data: { ...base, entityId: randomUUID(), version: 1 } });
    // The webhook fan-out has read them (pruning keeps what it has not: test/webhooks.test.ts).
    await fanOut(db.prisma, 86_400_000);
    // 10 s retention: the pruner runs every second.
    await startBus({ retentionMs: 10_000 });
    const deadline = Date.now() + 15_000;
    while ((await db.prisma.event.count({ where: { customerId, createdAt: old } })) > 0) {
      if (Date.now() > deadline) throw new Error('old outbox rows were not pruned');
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(await db.prisma.event.findUnique({ where: { id: fresh.id } })).not.toBeNull();
  });
});
