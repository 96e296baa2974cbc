// Per-row ordering on its own (src/events/row-order.ts): no database, the outbox reads it needs are an
// in-memory outbox here. The bus tests (event-bus.test.ts) run the same rules against the real outbox.
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { DomainEvent } from '../src/events/catalog.ts';
import { RowOrder, type RowOrderOptions } from '../src/events/row-order.ts';

const customerId = randomUUID();

function event(entityId: string, version: number): DomainEvent {
  return { id: String(version), customerId, entityType: 'Outplan', entityId, version, kind: 'UPDATED', snapshot: { id: entityId, version } };
}

const orders: RowOrder[] = [];
afterEach(() => orders.splice(0).forEach((o) => o.close()));

/** A RowOrder over an in-memory outbox; `unseen` is what the tail has not reached yet. */
function setup(options: Partial<RowOrderOptions> & { outbox?: DomainEvent[]; unseen?: DomainEvent[] } = {}) {
  const delivered: DomainEvent[] = [];
  const reads: string[] = [];
  const outbox = options.outbox ?? [];
  const unseen = options.unseen ?? outbox;
  const order = new RowOrder({
    deliver: (e) => delivered.push(e),
    reads: {
      unseenVersions: async (ids) => {
        reads.push(`unseen ${ids.length}`);
        return unseen.filter((e) => ids.includes(e.entityId));
      },
      versionsBetween: async (id, after, below) => {
        reads.push(`between ${after} ${below}`);
        return outbox.filter((e) => e.entityId === id && e.version > after && e.version < below);
      },
    },
    tailing: () => true,
    gapWaitMs: 10,
    giveUpMs: 100,
    maxTrackedRows: 1000,
    onReadError: () => {},
    ...options,
  });
  orders.push(order);
  const versions = (id?: string) => delivered.filter((e) => !id || e.entityId === id).map((e) => e.version);
  return { order, delivered, reads, versions };
}

async function until(check: () => boolean, ms = 2000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe('RowOrder', () => {
  it('delivers in version order, each version once, whatever order and repeats they arrive in', async () => {
    const id = randomUUID();
    const { order, versions, reads } = setup();
    for (const v of [1, 3, 2, 2, 1, 3, 4, 4]) order.accept(event(id, v));
    expect(versions(id)).toEqual([1, 2, 3, 4]);
    expect(reads).toEqual([]); // nothing was missing for long enough to read
  });

  it('holds a later version until the gap is read from the outbox, then delivers both in order', async () => {
    const id = randomUUID();
    const { order, versions, reads } = setup({ outbox: [event(id, 2)] });
    order.accept(event(id, 1));
    order.accept(event(id, 3));
    expect(versions(id)).toEqual([1]);
    await until(() => versions(id).length === 3);
    expect(versions(id)).toEqual([1, 2, 3]);
    expect(reads).toEqual(['between 1 3']);
  });

  it('reads the earlier versions of rows first seen at a later version, one read for a whole burst', async () => {
    const rows = Array.from({ length: 50 }, () => randomUUID());
    // Each row's v1 committed after the tail's cursor; v2 arrives first.
    const { order, versions, reads } = setup({ unseen: rows.map((id) => event(id, 1)) });
    for (const id of rows) order.accept(event(id, 2));
    expect(versions()).toEqual([]);
    await until(() => versions().length === 100);
    for (const id of rows) expect(versions(id)).toEqual([1, 2]);
    expect(reads).toEqual(['unseen 50']);
  });

  it('delivers a row with nothing older in the outbox (a bulk-imported target at v2) without a gap wait', async () => {
    const id = randomUUID();
    const { order, versions, reads } = setup({ unseen: [] });
    order.accept(event(id, 2));
    await until(() => versions(id).length === 1);
    expect(versions(id)).toEqual([2]);
    expect(reads).toEqual(['unseen 1']);
  });

  it('gives up on versions that are not in the outbox (pruned) after giveUpMs, and moves on', async () => {
    const id = randomUUID();
    const { order, versions } = setup({ giveUpMs: 50 });
    order.accept(event(id, 1));
    order.accept(event(id, 3));
    await until(() => versions(id).length === 2);
    expect(versions(id)).toEqual([1, 3]);
    order.accept(event(id, 2)); // too late: already past it
    order.accept(event(id, 4));
    expect(versions(id)).toEqual([1, 3, 4]);
  });

  it('takes events as they come before the tail runs', () => {
    const id = randomUUID();
    const { order, versions, reads } = setup({ tailing: () => false });
    order.accept(event(id, 5));
    expect(versions(id)).toEqual([5]);
    expect(reads).toEqual([]);
  });

  it('forgets the least recently active row first when it tracks too many', () => {
    const [a, b, c] = [randomUUID(), randomUUID(), randomUUID()];
    const { order, versions } = setup({ maxTrackedRows: 2 });
    order.accept(event(a, 1));
    order.accept(event(b, 1));
    order.accept(event(a, 2)); // a is now more recent than b
    order.accept(event(c, 1)); // evicts b
    order.accept(event(b, 1)); // b is new again: its v1 is delivered a second time
    order.accept(event(a, 2)); // a is still known: a duplicate
    expect(versions(a)).toEqual([1, 2]);
    expect(versions(b)).toEqual([1, 1]);
  });
});
