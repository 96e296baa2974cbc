// Delivers outbox events to this instance's subscribers: quickly through the pubsub (in-process, or Redis
// across instances), and losslessly by tailing the outbox (./outbox-tail.ts), so an instance that lost Redis
// for a while, or missed a message, still delivers every event. Per row, events reach local subscribers in
// version order, each version once (./row-order.ts); each subscriber reads from its own queue
// (./subscriber-queue.ts).
import type { PubSub } from 'graphql-yoga';
import type { Logger } from '../logger.ts';
import { databaseIdentity, type Prisma } from '../db/database.ts';
import type { DeliveredEvent, DomainEvent, EntityType } from './catalog.ts';
import { OutboxTail, PAGE as REPLAY_PAGE, type TailLag } from './outbox-tail.ts';
import { RowOrder } from './row-order.ts';
import { reviveSnapshot } from './snapshot.ts';
import { SubscriberQueue } from './subscriber-queue.ts';

/** Prefix of the transport topic; the database's identity follows, so deployments sharing a Redis stay apart. */
export const TRANSPORT_TOPIC_PREFIX = 'dialgraph:events';

/** Events travel between instances in batches: one message per committed change set (chunked). */
export type TransportPubSub = PubSub<Record<string, [DomainEvent[]]>>;

/** Events per transport message; a burst of 10,000 becomes 20 messages, not 10,000. */
const TRANSPORT_BATCH = 500;

/**
 * How far before `since` a replay starts. A row's updatedAt is taken before its change commits, and changes of
 * different rows commit in any order: a subscriber can see B (updatedAt 12:00:00.432) and, after it, A
 * (updatedAt 12:00:00.429), which committed later. If the socket drops between the two, a replay from B's
 * updatedAt would skip A for good. Starting this much earlier covers the time from a write's updatedAt to its
 * commit and the clock skew between instances; what it repeats, the subscriber tells by version.
 */
export const REPLAY_OVERLAP_MS = 10_000;

export interface EventBusOptions {
  prisma: Prisma;
  transport: TransportPubSub;
  logger: Logger;
  /** How often the outbox is tailed for events the pubsub did not bring. */
  pollMs: number;
  /** Outbox events older than this are pruned. */
  retentionMs: number;
  /** How long a later version waits for a missing earlier one before the gap is read from the outbox. */
  gapWaitMs?: number;
  /** Rows whose last version is remembered for ordering and deduplication. */
  maxTrackedRows?: number;
  /** How far one subscriber may fall behind before it is ended (SUBSCRIBER_MAX_PENDING_EVENTS). */
  maxPendingEvents: number;
}

type Queue = SubscriberQueue<DeliveredEvent>;

/** What the bus fans events out to: a subscriber's queue, or what holds live events while its replay runs. */
interface Subscriber {
  push(event: DeliveredEvent): void;
  end(): void;
}

export interface SubscribeOptions {
  /**
   * Replay first: every event of the customer and type whose row changed at or after this instant (within the
   * outbox's retention, see `retainedSince`), then the live events with no gap in between.
   */
  since?: Date;
}

export class EventBus {
  /** Local subscribers by `${entityType}:${customerId}`. */
  private readonly subscribers = new Map<string, Set<Subscriber>>();
  private readonly tail: OutboxTail;
  private readonly order: RowOrder;
  /** The transport topic of this database (set by start()). */
  topic = TRANSPORT_TOPIC_PREFIX;
  private timers: NodeJS.Timeout[] = [];
  private transportLoop?: AsyncIterator<DomainEvent[]>;
  private closed = false;
  /** Told of every change set this instance publishes (metrics count them); never of the ones it receives. */
  private readonly publishListeners: Array<(events: DomainEvent[]) => void> = [];

  constructor(private readonly options: EventBusOptions) {
    const gapWaitMs = options.gapWaitMs ?? 250;
    this.tail = new OutboxTail({ prisma: options.prisma, logger: options.logger, accept: (event) => this.accept(event) });
    this.order = new RowOrder({
      deliver: (event) => this.deliver(event),
      reads: this.tail,
      tailing: () => this.tail.started,
      gapWaitMs,
      giveUpMs: 10 * gapWaitMs + options.pollMs,
      maxTrackedRows: options.maxTrackedRows ?? 200_000,
      onReadError: (err, what) => options.logger.warn({ err }, `reading ${what} from the outbox failed`),
    });
  }

  async start(): Promise<void> {
    await this.tail.start();
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
    const pruneEvery = Math.min(Math.max(this.options.retentionMs / 10, 1000), 60_000);
    this.timers = [
      setInterval(() => void this.tail.poll(), this.options.pollMs),
      setInterval(() => void this.tail.prune(this.options.retentionMs), pruneEvery),
    ];
    for (const timer of this.timers) timer.unref();
  }

  /** Delivers events of a committed change: here at once, elsewhere through the transport. */
  publish(events: DomainEvent[]): void {
    for (const listener of this.publishListeners) listener(events);
    for (const event of events) this.accept(event);
    for (let i = 0; i < events.length; i += TRANSPORT_BATCH) {
      // Not awaited: with Redis down the client queues the command; the outbox tail covers any loss.
      void Promise.resolve(this.options.transport.publish(this.topic, events.slice(i, i + TRANSPORT_BATCH))).catch((err: unknown) =>
        this.options.logger.warn({ err }, 'event publish failed; the outbox tail will deliver it'),
      );
    }
  }

  /**
   * Events of one row type for one customer, in version order per row. `where` narrows further (by id,
   * parent, kind). Registered at once, not at the first next(): nothing published in between is missed.
   * With `since`, the outbox's events since then come first (see replay). Ends when the bus closes.
   */
  subscribe<E extends EntityType>(
    entityType: E, customerId: string, where?: (event: DeliveredEvent<E>) => boolean, options: SubscribeOptions = {},
  ): AsyncIterable<DeliveredEvent<E>> {
    const topic = `${entityType}:${customerId}`;
    let set = this.subscribers.get(topic);
    if (!set) this.subscribers.set(topic, (set = new Set()));
    const subscribers = set;
    let holder: Subscriber | undefined;
    const queue: Queue = new SubscriberQueue(where as ((event: DeliveredEvent) => boolean) | undefined, (q) => {
      subscribers.delete(q);
      if (holder) subscribers.delete(holder);
    }, this.options.maxPendingEvents);
    if (options.since) {
      // Live events are held while the outbox is read, so none falls between the replay and the live stream.
      const held: DeliveredEvent[] = [];
      holder = { push: (event) => held.push(event), end: () => queue.end() };
      subscribers.add(holder);
      const registered = holder;
      void this.replay(entityType, customerId, options.since, queue).then(
        (replayed) => {
          if (!subscribers.delete(registered)) return; // ended meanwhile
          // A live event the replay already gave (or passed: a newer version) is left out, so each row's versions
          // still only go up: the held ones, and those reaching this instance only now (another instance's,
          // late by pubsub or tail, which the replay read from the outbox). A row's first newer version ends it.
          const live: Subscriber = {
            push: (event) => {
              const last = replayed.get(event.entityId);
              if (last !== undefined) {
                if (event.version <= last) return;
                replayed.delete(event.entityId);
              }
              queue.push(event);
            },
            end: () => queue.end(),
          };
          for (const event of held) live.push(event);
          holder = live;
          subscribers.add(live);
        },
        (err: unknown) => {
          subscribers.delete(registered);
          this.options.logger.warn({ err }, 'replaying a subscription from the outbox failed');
          queue.fail(new Error('Replaying the events since the given time failed; subscribe again.'));
        },
      );
    } else {
      subscribers.add(queue);
    }
    return { [Symbol.asyncIterator]: () => queue as unknown as AsyncIterator<DeliveredEvent<E>> };
  }

  /** Calls `listener` with the events of every committed change this instance publishes, before they are delivered. */
  onPublish(listener: (events: DomainEvent[]) => void): void {
    this.publishListeners.push(listener);
  }

  /** How far the outbox tail is behind the newest committed event (./outbox-tail.ts `lag`); undefined before start(). */
  tailLag(): Promise<TailLag | undefined> {
    return this.tail.lag();
  }

  /** The oldest `since` a subscription can replay from: the outbox keeps events this long. */
  retainedSince(now = Date.now()): Date {
    return new Date(now - this.options.retentionMs);
  }

  /** Pushes the replayed events into `queue`, page by page; returns the last version replayed per row. */
  private async replay(entityType: EntityType, customerId: string, since: Date, queue: Queue): Promise<Map<string, number>> {
    const last = new Map<string, number>();
    const from = new Date(since.getTime() - REPLAY_OVERLAP_MS);
    for (let afterId = 0n; ;) {
      const page = await this.tail.replayPage(entityType, customerId, from, afterId);
      for (const event of page) {
        queue.push({ ...event, row: reviveSnapshot(event.entityType, event.snapshot) } as DeliveredEvent);
        last.set(event.entityId, event.version);
      }
      if (page.length < REPLAY_PAGE || queue.ended) return last;
      afterId = BigInt(page[page.length - 1].id);
    }
  }

  /** Reads the outbox for events this instance has not delivered yet. Runs on a timer; callable at will. */
  poll(): Promise<void> {
    return this.closed ? Promise.resolve() : this.tail.poll();
  }

  private accept(event: DomainEvent): void {
    if (!this.closed) this.order.accept(event);
  }

  /** Fans an ordered event out to the local subscribers of its type and customer. */
  private deliver(event: DomainEvent): void {
    const subscribers = this.subscribers.get(`${event.entityType}:${event.customerId}`);
    if (!subscribers) return;
    const delivered = { ...event, row: reviveSnapshot(event.entityType, event.snapshot) } as DeliveredEvent;
    for (const subscriber of subscribers) subscriber.push(delivered);
  }

  /** Completes every open subscription (shutdown); events are still published. */
  endSubscriptions(): void {
    for (const set of this.subscribers.values()) for (const subscriber of [...set]) subscriber.end();
    this.subscribers.clear();
  }

  async close(): Promise<void> {
    this.endSubscriptions();
    this.closed = true;
    this.order.close();
    for (const timer of this.timers) clearInterval(timer);
    await this.transportLoop?.return?.();
    await this.tail.close();
  }
}
