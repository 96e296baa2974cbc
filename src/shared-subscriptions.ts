// One execution per event for all the subscribers of the same operation: a dashboard watched from 1,000 sockets
// resolves each event once (and reads what it reads from the database once), and each socket only serialises
// and sends the result. Subscribers share a stream only when nothing in their results can differ: the same
// customer, the same role, and the same operation text, operation name and variables (./ws.ts builds the key), and
// no replay (`since`): a subscriber that joined a running stream would miss what that stream had replayed.
// The stream runs with the context of the subscriber that started it, which differs from the others' only in
// who the user is, and no field of the schema reads that (viewer answers only on Query, never on a
// subscription). Each subscriber reads from its own queue, so a slow socket delays only itself.
import type { ExecutionResult } from 'graphql';
import { SubscriberQueue } from './events/subscriber-queue.ts';

type Outcome = AsyncIterable<ExecutionResult> | ExecutionResult;

interface Group {
  readers: Set<SubscriberQueue<ExecutionResult>>;
  started: Promise<Outcome>;
  source?: AsyncIterator<ExecutionResult>;
}

const isAsyncIterable = (value: unknown): value is AsyncIterable<ExecutionResult> =>
  typeof (value as AsyncIterable<unknown> | null)?.[Symbol.asyncIterator] === 'function';

export class SharedSubscriptions {
  private readonly groups = new Map<string, Group>();

  /** maxPending: how far one subscriber may fall behind the shared stream before it is ended. */
  constructor(private readonly maxPending: number) {}

  /** Streams running now (one per distinct key with a subscriber). */
  get running(): number {
    return this.groups.size;
  }

  /**
   * The results of `start()` for one more subscriber of `key`: the stream already running for that key, or a
   * new one. A result that is not a stream (the subscription was refused) is every waiting subscriber's answer.
   */
  async subscribe(key: string, start: () => Outcome | Promise<Outcome>): Promise<Outcome> {
    let group = this.groups.get(key);
    if (!group) {
      const created: Group = { readers: new Set(), started: Promise.resolve().then(start) };
      this.groups.set(key, (group = created));
      void this.pump(key, created);
    }
    const joined = group;
    // Registered at once: an event the stream yields from now on reaches this subscriber.
    const reader: SubscriberQueue<ExecutionResult> = new SubscriberQueue<ExecutionResult>(undefined, (q) => this.leave(key, joined, q), this.maxPending);
    joined.readers.add(reader);
    let outcome: Outcome;
    try {
      outcome = await joined.started;
    } catch (err) {
      reader.end();
      throw err;
    }
    if (isAsyncIterable(outcome)) return reader;
    reader.end();
    return outcome;
  }

  private async pump(key: string, group: Group): Promise<void> {
    let failure: Error | undefined;
    try {
      const outcome = await group.started;
      if (!isAsyncIterable(outcome)) return;
      const source = (group.source = outcome[Symbol.asyncIterator]());
      if (group.readers.size === 0) return void (await source.return?.());
      for (;;) {
        const next = await source.next();
        if (next.done) break;
        for (const reader of group.readers) reader.push(next.value);
      }
    } catch (err) {
      failure = err instanceof Error ? err : new Error(String(err));
    } finally {
      if (this.groups.get(key) === group) this.groups.delete(key);
    }
    for (const reader of [...group.readers]) (failure ? reader.fail(failure) : reader.end());
  }

  /** A subscriber left (completed, or its socket closed); the last one to leave stops the stream. */
  private leave(key: string, group: Group, reader: SubscriberQueue<ExecutionResult>): void {
    group.readers.delete(reader);
    if (group.readers.size > 0) return;
    if (this.groups.get(key) === group) this.groups.delete(key);
    void group.source?.return?.()?.catch(() => {});
  }
}
