// Delivers outbox events to this instance's subscribers: quickly through the pubsub (in-process, or Redis
// across instances), and losslessly by tailing the outbox (./outbox-tail.ts), so an instance that lost Redis
// for a while, or missed a message, still delivers every event. Per row, events reach local subscribers in
// version order, each version once (./row-order.ts); each subscriber reads from its own queue
// (./subscriber-queue.ts).
import type { PubSub } from 'graphql-yoga';
import type { Logger } from '../logger.ts';
import { databaseIdentity, type Prisma } from '../db/database.ts';
import type { DeliveredEvent, DomainEvent, EntityType } from './catalog.ts';
import { OutboxTail } from './outbox-tail.ts';
import { RowOrder } from './row-order.ts';
import { reviveSnapshot } from './snapshot.ts';
import { SubscriberQueue } from './subscriber-queue.ts';

/** Prefix of the transport topic; the database's identity follows, so deployments sharing a Redis stay apart. */
export const TRANSPORT_TOPIC_PREFIX = 'dialgraph:events';

/** Events travel between instances in batches: one message per committed change set (chunked). */
export type TransportPubSub = PubSub<Record<string, [DomainEvent[]]>>;

/** Events per transport message; a burst of 10,000 becomes 20 messages, not 10,000. */
const TRANSPORT_BATCH = 500;

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
}

type Queue = SubscriberQueue<DeliveredEvent>;

export class EventBus {
  /** Local subscribers by `${entityType}:${customerId}`. */
  private readonly subscribers = new Map<string, Set<Queue>>();
  private readonly tail: OutboxTail;
  private readonly order: RowOrder;
  /** The transport topic of this database (set by start()). */
  topic = TRANSPORT_TOPIC_PREFIX;
  private timers: NodeJS.Timeout[] = [];
  private transportLoop?: AsyncIterator<DomainEvent[]>;
  private closed = false;

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
   * Ends when the bus closes (server shutdown).
   */
  subscribe<E extends EntityType>(entityType: E, customerId: string, where?: (event: DeliveredEvent<E>) => boolean): AsyncIterable<DeliveredEvent<E>> {
    const topic = `${entityType}:${customerId}`;
    const queue: Queue = new SubscriberQueue(where as ((event: DeliveredEvent) => boolean) | undefined, (q) => this.subscribers.get(topic)?.delete(q));
    let set = this.subscribers.get(topic);
    if (!set) this.subscribers.set(topic, (set = new Set()));
    set.add(queue);
    return { [Symbol.asyncIterator]: () => queue as unknown as AsyncIterator<DeliveredEvent<E>> };
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
