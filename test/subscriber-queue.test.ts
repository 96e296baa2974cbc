// A subscriber's queue (src/events/subscriber-queue.ts): order, filtering, ending, and the overflow bound,
// also across the compactions that keep its reads O(1).
import { describe, expect, it } from 'vitest';
import { SubscriberQueue } from '../src/events/subscriber-queue.ts';

describe('SubscriberQueue', () => {
  it('yields pushed items in order, including one pushed while a read waits', async () => {
    const queue = new SubscriberQueue<number>(undefined, () => {}, 100_000);
    const waiting = queue.next();
    queue.push(1);
    queue.push(2);
    queue.push(3);
    expect(await waiting).toEqual({ done: false, value: 1 });
    expect(await queue.next()).toEqual({ done: false, value: 2 });
    expect(await queue.next()).toEqual({ done: false, value: 3 });
    expect(queue.pending).toBe(0);
  });

  it('queues only what its filter accepts', async () => {
    const queue = new SubscriberQueue<number>((n) => n % 2 === 0, () => {}, 100_000);
    for (let n = 1; n <= 6; n++) queue.push(n);
    expect(queue.pending).toBe(3);
    expect([(await queue.next()).value, (await queue.next()).value, (await queue.next()).value]).toEqual([2, 4, 6]);
  });

  it('drains 100,000 queued items in order, with pushes between reads, across its compactions', async () => {
    const queue = new SubscriberQueue<number>(undefined, () => {}, 100_000);
    const count = 100_000;
    for (let n = 0; n < count; n++) queue.push(n);
    let expected = 0;
    while (queue.pending > 0) {
      const { value } = await queue.next();
      if (value !== expected++) throw new Error(`got ${value}, expected ${expected - 1}`);
      // Interleaved pushes after a compaction still come out in order.
      if (expected === count / 2) for (let n = count; n < count + 10; n++) queue.push(n);
    }
    expect(expected).toBe(count + 10);
  });

  it('ends: a waiting read resolves done, later pushes are dropped, onEnd runs once', async () => {
    let ended = 0;
    const queue = new SubscriberQueue<number>(undefined, () => ended++, 100_000);
    const waiting = queue.next();
    queue.end();
    queue.end();
    queue.push(1);
    expect(await waiting).toEqual({ done: true, value: undefined });
    expect(await queue.next()).toEqual({ done: true, value: undefined });
    expect(ended).toBe(1);
  });

  it('ends a subscriber that falls behind its bound with an error that says what to do', async () => {
    let ended = 0;
    const queue = new SubscriberQueue<number>(undefined, () => ended++, 3);
    for (let n = 0; n < 4; n++) queue.push(n);
    await expect(queue.next()).rejects.toThrow(/fell more than 3 events behind; re-query and subscribe again/);
    expect(ended).toBe(1);
    expect(await queue.next()).toEqual({ done: true, value: undefined });
  });
});
