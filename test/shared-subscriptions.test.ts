// One stream for all the subscribers of one key (src/shared-subscriptions.ts): each subscriber gets every result
// from its joining on, in order; the last one to leave stops the stream; a refusal or a failure reaches all.
import { describe, expect, it } from 'vitest';
import type { ExecutionResult } from 'graphql';
import { SharedSubscriptions } from '../src/shared-subscriptions.ts';
import { SubscriberQueue } from '../src/events/subscriber-queue.ts';

/** A source whose results the test pushes; `returned` tells whether the stream stopped it. */
function source() {
  const state = { returned: false, started: 0 };
  const queue = new SubscriberQueue<ExecutionResult>(undefined, () => (state.returned = true), 100_000);
  return { state, queue, start: () => (state.started++, queue as AsyncIterable<ExecutionResult>) };
}

const result = (n: number): ExecutionResult => ({ data: { n } });
const take = async (stream: unknown, count: number) => {
  const iterator = (stream as AsyncIterable<ExecutionResult>)[Symbol.asyncIterator]();
  const out: unknown[] = [];
  for (let i = 0; i < count; i++) out.push((await iterator.next()).value?.data?.n);
  return out;
};
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('SharedSubscriptions', () => {
  it('starts one stream per key and gives every subscriber every result from its joining on, in order', async () => {
    const shared = new SharedSubscriptions(100_000);
    const s = source();
    const a = await shared.subscribe('k', s.start);
    s.queue.push(result(1));
    await tick();
    const b = await shared.subscribe('k', s.start);
    s.queue.push(result(2));
    s.queue.push(result(3));
    expect(await take(a, 3)).toEqual([1, 2, 3]);
    expect(await take(b, 2)).toEqual([2, 3]);
    expect(s.state.started).toBe(1);
    const other = source();
    await shared.subscribe('another key', other.start);
    expect(other.state.started).toBe(1);
    expect(shared.running).toBe(2);
  });

  it('stops the stream when the last subscriber leaves, and starts a new one for the next', async () => {
    const shared = new SharedSubscriptions(100_000);
    const s = source();
    const a = (await shared.subscribe('k', s.start)) as AsyncIterableIterator<ExecutionResult>;
    const b = (await shared.subscribe('k', s.start)) as AsyncIterableIterator<ExecutionResult>;
    await a.return!();
    await tick();
    expect(s.state.returned).toBe(false);
    s.queue.push(result(1));
    expect(await take(b, 1)).toEqual([1]);
    await b.return!();
    await tick();
    expect(s.state.returned).toBe(true);
    expect(shared.running).toBe(0);
    const next = source();
    await shared.subscribe('k', next.start);
    expect(next.state.started).toBe(1);
  });

  it('answers every subscriber waiting for a refused start with the refusal', async () => {
    const shared = new SharedSubscriptions(100_000);
    const refusal: ExecutionResult = { errors: [] };
    let calls = 0;
    const start = async () => (calls++, await tick(), refusal);
    const [a, b] = await Promise.all([shared.subscribe('k', start), shared.subscribe('k', start)]);
    expect(a).toBe(refusal);
    expect(b).toBe(refusal);
    expect(calls).toBe(1);
    expect(shared.running).toBe(0);
  });

  it('ends every subscriber with the stream\'s error after what it had queued', async () => {
    const shared = new SharedSubscriptions(100_000);
    const s = source();
    const a = await shared.subscribe('k', s.start);
    s.queue.push(result(1));
    s.queue.fail(new Error('source failed'));
    const iterator = (a as AsyncIterable<ExecutionResult>)[Symbol.asyncIterator]();
    expect((await iterator.next()).value).toEqual(result(1));
    await expect(iterator.next()).rejects.toThrow('source failed');
  });
});
