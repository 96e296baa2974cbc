// A bulk import writes one Outdial event, not one per target, so its targets have no version-1 event. Their
// first status change (v2, as the campaign dialer writes it) must still reach subscribers at once: no gap
// wait for a v1 that will never come, and one outbox read for a whole burst of such rows, not one per row.
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createPubSub } from 'graphql-yoga';
import { createLoggedTestDatabase, type QueryLog } from './helpers/query-log.ts';
import type { Database } from '../src/db/database.ts';
import { createLogger } from '../src/logger.ts';
import { EventBus, type EventBusOptions, type TransportPubSub } from '../src/events/bus.ts';
import type { DeliveredEvent, DomainEvent, EntityType } from '../src/events/catalog.ts';
import { insertEvents } from '../src/events/outbox.ts';
import { toSnapshot } from '../src/events/snapshot.ts';
import { createOutdialTargets } from '../src/domain/outdial-target-bulk.ts';

let database: Awaited<ReturnType<typeof createLoggedTestDatabase>>;
let log: QueryLog;
let db: Database;
const buses: EventBus[] = [];
const iterators: AsyncIterator<unknown>[] = [];

beforeAll(async () => {
  database = await createLoggedTestDatabase();
  log = database.log;
  db = await database.open();
});
afterEach(async () => {
  await Promise.all(iterators.splice(0).map((it) => it.return?.()));
  await Promise.all(buses.splice(0).map((bus) => bus.close()));
});
afterAll(async () => {
  await database?.drop();
});

/** A gap wait this long would time the test out: delivery within the test proves there was none. */
const NO_GAP_WAIT = 600_000;

async function startBus(options: Partial<EventBusOptions> = {}): Promise<EventBus> {
  const bus = new EventBus({
    prisma: db.prisma, transport: createPubSub() as TransportPubSub, logger: createLogger('silent'),
    pollMs: 600_000, retentionMs: 86_400_000, maxPendingEvents: 100_000, gapWaitMs: NO_GAP_WAIT, ...options,
  });
  buses.push(bus);
  await bus.start();
  return bus;
}

const ROWS = 300;

/** A customer with an outdial, empty. */
async function emptyOutdial() {
  const customer = await db.prisma.customer.create({ data: { name: `bulk-events-${randomUUID()}` } });
  const outdial = await db.prisma.outdial.create({ data: { customerId: customer.id, name: 'bulk' } });
  return { customerId: customer.id, outdialId: outdial.id };
}

/** Imports ROWS targets through the bulk path. */
async function importInto(bus: EventBus, { customerId, outdialId }: { customerId: string; outdialId: string }) {
  const targets = Array.from({ length: ROWS }, (_, i) => ({
    name: `t${i}`, destinations: [{ type: 'TEL' as const, target: `+1555${String(3_000_000 + i)}` }],
  }));
  const result = await createOutdialTargets({ prisma: db.prisma, bus }, customerId, { outdialId, targets });
  expect(result).toEqual({ ok: true, value: { createdCount: ROWS, skippedCount: 0 } });
  return { customerId, outdialId };
}

/** A customer with an outdial of ROWS bulk-imported targets; resolves once the bus has delivered the import's event. */
async function imported(bus: EventBus) {
  const outdial = await emptyOutdial();
  const take = listen(bus, outdial.customerId, 'Outdial');
  await importInto(bus, outdial);
  // The outdial is new to this bus at version 2, so delivering its event costs a read of its own: let it
  // happen before a test counts reads.
  await take(1);
  return outdial;
}

/** The dialer's first attempt on every target (status and try count, version 2), in one transaction. */
async function firstAttempt(outdialId: string): Promise<DomainEvent[]> {
  return db.prisma.$transaction(async (tx) => {
    const rows = await tx.outdialTarget.updateManyAndReturn({
      where: { outdialId },
      data: { status: 'PROGRESSING', tryCount0: 1, lastAttemptAt: new Date(), updatedAt: new Date(), version: { increment: 1 } },
    });
    return insertEvents(tx, rows.map((row) => ({ entityType: 'OutdialTarget', kind: 'STATUS', row })));
  });
}

function listen<E extends EntityType = 'OutdialTarget'>(bus: EventBus, customerId: string, entityType = 'OutdialTarget' as E) {
  const iterator = bus.subscribe(entityType, customerId)[Symbol.asyncIterator]();
  iterators.push(iterator);
  return async (count: number) => {
    const got: DeliveredEvent<E>[] = [];
    while (got.length < count) {
      const next = await iterator.next();
      if (next.done) break;
      got.push(next.value);
    }
    return got;
  };
}

/** Outbox reads (not the tail's, not writes) since the log was reset. */
const outboxReads = () => log.statements.filter((s) => /^\s*SELECT\b[\s\S]*\bFROM event\b/i.test(s) && !/pg_current_snapshot/.test(s));

describe('bulk-imported targets in the event bus', () => {
  it('writes and publishes one TARGETS_CREATED event for the outdial, and none per target', async () => {
    const bus = await startBus();
    const { customerId, outdialId } = await emptyOutdial();
    const take = listen(bus, customerId, 'Outdial');
    await importInto(bus, { customerId, outdialId });
    const [published] = await take(1);
    expect(published).toMatchObject({ entityId: outdialId, kind: 'TARGETS_CREATED', version: 2, row: { id: outdialId, version: 2, createdCount: ROWS } });
    expect(await db.prisma.event.count({ where: { customerId, entityType: 'OutdialTarget' } })).toBe(0);
    const outdial = await db.prisma.outdial.findUniqueOrThrow({ where: { id: outdialId } });
    expect(outdial.version).toBe(2);
    const [event] = await db.prisma.event.findMany({ where: { customerId } });
    expect(event).toMatchObject({ entityType: 'Outdial', entityId: outdialId, kind: 'TARGETS_CREATED', version: 2 });
    expect(event.snapshot).toEqual({ ...toSnapshot(outdial), createdCount: ROWS });
    expect(await db.prisma.outdialTarget.count({ where: { outdialId, version: 1, status: 'IDLE' } })).toBe(ROWS);
  });

  it('delivers the first status change of every target at once, with one outbox read for all of them', async () => {
    const bus = await startBus();
    const { customerId, outdialId } = await imported(bus);
    const take = listen(bus, customerId);
    const events = await firstAttempt(outdialId);
    log.reset();
    bus.publish(events); // with a gap wait of NO_GAP_WAIT, only an immediate delivery finishes in time
    const got = await take(ROWS);
    expect(got.map((e) => [e.version, e.kind, e.row.status, e.row.tryCount0])).toEqual(events.map(() => [2, 'STATUS', 'PROGRESSING', 1]));
    expect(new Set(got.map((e) => e.entityId)).size).toBe(ROWS);
    expect(outboxReads()).toHaveLength(1);
    expect(outboxReads()[0]).toMatch(/entity_id = ANY/);
    expect(JSON.parse(log.params[log.statements.indexOf(outboxReads()[0])])[0]).toHaveLength(ROWS);

    // The next change of a row now known to the bus costs no read at all.
    const [second] = await db.prisma.$transaction(async (tx) => {
      const rows = await tx.outdialTarget.updateManyAndReturn({ where: { id: events[0].entityId }, data: { status: 'IDLE', version: { increment: 1 } } });
      return insertEvents(tx, rows.map((row) => ({ entityType: 'OutdialTarget', kind: 'STATUS', row })));
    });
    log.reset();
    bus.publish([second]);
    expect((await take(1)).map((e) => [e.entityId, e.version])).toEqual([[second.entityId, 3]]);
    expect(outboxReads()).toEqual([]);
  });

  it('does the same for changes only the outbox tail finds (written by another instance)', async () => {
    // Timer-driven: on a shared server another database's open transaction can hold the tail back a while.
    const bus = await startBus({ pollMs: 50 });
    const { customerId, outdialId } = await imported(bus);
    const take = listen(bus, customerId);
    log.reset();
    await firstAttempt(outdialId); // not published here: another instance's write
    const got = await take(ROWS);
    expect(got.every((e) => e.version === 2 && e.row.status === 'PROGRESSING')).toBe(true);
    // Besides the tail's own page reads: one read for the earlier versions of all the rows it brought.
    expect(outboxReads().filter((s) => /\bentity_id\b/.test(s))).toHaveLength(1);
  });

  it('still delivers a row\'s earlier versions first when they exist (a target created one by one)', async () => {
    const bus = await startBus();
    const customer = await db.prisma.customer.create({ data: { name: `single-${randomUUID()}` } });
    const outdial = await db.prisma.outdial.create({ data: { customerId: customer.id, name: 'single' } });
    const take = listen(bus, customer.id);
    // v1 (CREATED) and v2 (STATUS) committed; only v2 is published: v1 must be read and delivered first.
    const v1 = await db.prisma.$transaction(async (tx) => {
      const row = await tx.outdialTarget.create({ data: { customerId: customer.id, outdialId: outdial.id, name: 'one', destination0: { type: 'TEL', target: '+15553000999' } } });
      return insertEvents(tx, [{ entityType: 'OutdialTarget', kind: 'CREATED', row }]);
    });
    const v2 = await firstAttempt(outdial.id);
    bus.publish(v2);
    expect((await take(2)).map((e) => [e.entityId, e.version, e.kind])).toEqual([[v1[0].entityId, 1, 'CREATED'], [v1[0].entityId, 2, 'STATUS']]);
  });
});
