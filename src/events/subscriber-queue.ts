// One local subscription's queue: events waiting for the subscriber to read them, as an async iterator.
// Written by hand because Yoga's in-memory pubsub (a Repeater) throws once 1,024 events are pending, which a
// dialing burst or a bulk import reaches for any subscriber slower than the burst. This queue grows instead,
// up to a bound past which the subscriber is ended with an error (a client that far behind re-queries and
// resubscribes; `version` tells it what is newer). Reading is O(1): a head index into the array, compacted
// once the read part is most of it, where Array.shift() would move every waiting event on each read.

/** Read events are dropped from the front once there are at least this many and they are half the array. */
const COMPACT_AT = 1024;

export class SubscriberQueue<T> implements AsyncIterator<T> {
  private items: T[] = [];
  private head = 0;
  private waiting?: { resolve: (result: IteratorResult<T>) => void; reject: (err: Error) => void };
  private error?: Error;
  private done = false;

  /**
   * `accepts` filters what is queued (a subscription's arguments); `onEnd` runs once when the queue ends,
   * whoever ends it (the subscriber, the bus, an overflow); `maxPending` is how far the subscriber may fall behind
   * before it is ended (SUBSCRIBER_MAX_PENDING_EVENTS).
   */
  constructor(
    private readonly accepts: ((item: T) => boolean) | undefined,
    private readonly onEnd: (queue: SubscriberQueue<T>) => void,
    private readonly maxPending: number,
  ) {}

  /** Whether the stream has ended (the subscriber left, the bus closed, or it overflowed). */
  get ended(): boolean {
    return this.done;
  }

  /** Events queued and not read yet. */
  get pending(): number {
    return this.items.length - this.head;
  }

  push(item: T): void {
    if (this.done || (this.accepts && !this.accepts(item))) return;
    if (this.waiting) {
      const { resolve } = this.waiting;
      this.waiting = undefined;
      resolve({ done: false, value: item });
      return;
    }
    if (this.pending >= this.maxPending) {
      this.error = new Error(`subscriber fell more than ${this.maxPending} events behind; re-query and subscribe again`);
      this.clear();
      this.end();
      return;
    }
    this.items.push(item);
  }

  next(): Promise<IteratorResult<T>> {
    if (this.head < this.items.length) {
      const value = this.items[this.head];
      this.items[this.head++] = undefined as T; // let the read event be collected
      if (this.head === this.items.length) this.clear();
      else if (this.head >= COMPACT_AT && this.head * 2 >= this.items.length) {
        this.items = this.items.slice(this.head);
        this.head = 0;
      }
      return Promise.resolve({ done: false, value });
    }
    if (this.error) {
      const err = this.error;
      this.error = undefined;
      return Promise.reject(err);
    }
    if (this.done) return Promise.resolve({ done: true, value: undefined });
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject };
    });
  }

  return(): Promise<IteratorResult<T>> {
    this.clear();
    this.end();
    return Promise.resolve({ done: true, value: undefined });
  }

  /** Ends the stream with `error`, which the reader gets once it has read what is queued. */
  fail(error: Error): void {
    if (this.done) return;
    this.error = error;
    this.end();
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  /** Ends the stream: a pending next() resolves done (or rejects with the overflow error). */
  end(): void {
    if (this.done) return;
    this.done = true;
    this.onEnd(this);
    const waiting = this.waiting;
    this.waiting = undefined;
    if (!waiting) return;
    if (this.error) {
      const err = this.error;
      this.error = undefined;
      waiting.reject(err);
    } else waiting.resolve({ done: true, value: undefined });
  }

  private clear(): void {
    this.items = [];
    this.head = 0;
  }
}
