// The webhook sender every instance runs: fan out new outbox events into deliveries (./fan-out.ts), then claim
// due deliveries and POST them. A claim is one UPDATE over rows picked with FOR UPDATE SKIP LOCKED (instances
// never take the same delivery) that also leases them: next_attempt_at moves past the send's deadline, so a
// delivery whose sender died is taken up again after the lease, and the same event id is sent again (the only
// duplicate). Per (endpoint, row) only the lowest pending version is claimable, so v3 never goes before v2 is
// delivered or given up. The outcome is written only by the claim that made it (attempts unchanged since).
// Why not a job queue (pg-boss, graphile-worker): the same reasons as the dialer's (src/dialer/engine.ts): Node
// 20, and the embedded PGlite database has one connection, no pool of its own to give.
import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { inRootSpan } from '../root-span.ts';
import type { Prisma } from '../db/database.ts';
import type { Logger } from '../logger.ts';
import type { WebhookDelivery } from '../generated/prisma/client.ts';
import { fanOut } from './fan-out.ts';
import { deliveryBody } from './payload.ts';
import { safePost, type Lookup, type PostOutcome } from './safe-request.ts';
import { signatureHeader } from './signature.ts';

/** Deliveries claimed at once by one instance. */
const CLAIM_BATCH = 20;
/** No retry waits longer than this (a Retry-After included). */
const MAX_RETRY_DELAY_MS = 60 * 60 * 1000;

export interface WebhookSenderOptions {
  prisma: Prisma;
  logger: Logger;
  pollMs: number;
  retryBaseMs: number;
  retryForMs: number;
  timeoutMs: number;
  allowLoopback: boolean;
  /** DNS resolution for the sends (tests inject a resolver that answers private addresses). */
  lookup?: Lookup;
}

/** Attempts this instance made, by what came of them (/metrics). */
export interface WebhookSendStats {
  delivered: number;
  /** Failed, to be tried again. */
  retried: number;
  /** Failed for the last time: the delivery is FAILED. */
  failed: number;
}

export interface WebhookSender {
  readonly stats: WebhookSendStats;
  start(): void;
  /** One pass: fan out, then send until nothing is due (tests). */
  tick(): Promise<void>;
  stop(): Promise<void>;
}

type Claimed = WebhookDelivery & { url: string; secret: string; previous_secret: string | null; previous_secret_expires_at: Date | null };

/** The delay before retry number `attempts` + 1: exponential from `baseMs`, with jitter (half to all of it). */
export function retryDelayMs(attempts: number, baseMs: number, random = Math.random): number {
  const exponential = Math.min(MAX_RETRY_DELAY_MS, baseMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(exponential * (0.5 + random() / 2));
}

/** The host of an endpoint's URL, for its span (never the path or query: they may carry a customer's secrets). */
function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'invalid';
  }
}

function formatDuration(ms: number): string {
  return ms >= 3_600_000 ? `${Math.round(ms / 3_600_000)} h` : ms >= 60_000 ? `${Math.round(ms / 60_000)} min` : `${Math.round(ms / 1000)} s`;
}

export function createWebhookSender(options: WebhookSenderOptions): WebhookSender {
  const { prisma, logger } = options;
  const log = logger.child({ component: 'webhooks' });
  // A send ends by its deadline; twice that covers writing its outcome, after which a silent claim is taken up again.
  const leaseMs = options.timeoutMs * 2;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;
  const stats: WebhookSendStats = { delivered: 0, retried: 0, failed: 0 };

  async function claim(): Promise<Claimed[]> {
    const rows = await prisma.$queryRaw<Record<string, unknown>[]>`
      UPDATE webhook_delivery d SET attempts = d.attempts + 1, last_attempt_at = now(),
        next_attempt_at = now() + ${leaseMs} * interval '1 millisecond'
      FROM webhook w
      WHERE w.id = d.webhook_id AND d.id IN (
        SELECT d1.id FROM webhook_delivery d1 JOIN webhook w1 ON w1.id = d1.webhook_id
        WHERE d1.status = 'PENDING' AND d1.next_attempt_at <= now() AND w1.deleted_at IS NULL AND w1.disabled_at IS NULL
          AND NOT EXISTS (
            SELECT 1 FROM webhook_delivery d0
            WHERE d0.webhook_id = d1.webhook_id AND d0.entity_id = d1.entity_id AND d0.status = 'PENDING' AND d0.version < d1.version)
        ORDER BY d1.next_attempt_at, d1.event_id LIMIT ${CLAIM_BATCH}
        FOR UPDATE OF d1 SKIP LOCKED)
      RETURNING d.id, d.customer_id, d.webhook_id, d.event_id, d.event_type, d.entity_type, d.entity_id, d.version, d.kind,
        d.snapshot, d.occurred_at, d.attempts, d.retry_until, w.url, w.secret, w.previous_secret, w.previous_secret_expires_at`;
    return rows.map((r) => ({
      id: r.id, customerId: r.customer_id, webhookId: r.webhook_id, eventId: BigInt(r.event_id as string), eventType: r.event_type,
      entityType: r.entity_type, entityId: r.entity_id, version: r.version, kind: r.kind, snapshot: r.snapshot,
      occurredAt: new Date(r.occurred_at as string), attempts: r.attempts, retryUntil: new Date(r.retry_until as string),
      url: r.url, secret: r.secret, previous_secret: r.previous_secret,
      previous_secret_expires_at: r.previous_secret_expires_at ? new Date(r.previous_secret_expires_at as string) : null,
    }) as Claimed);
  }

  /** One attempt in its span (../root-span.ts): the URL's host, the attempt, the status code. */
  function tracedSend(d: Claimed): Promise<void> {
    const attributes = { 'server.address': hostOf(d.url), 'dialgraph.webhook.attempt': d.attempts, 'dialgraph.webhook.delivery_id': d.id };
    return inRootSpan('webhook.send', { kind: SpanKind.CLIENT, attributes }, async (span) => {
      const outcome = await send(d);
      if (outcome.statusCode) span.setAttribute('http.response.status_code', outcome.statusCode);
      if (!outcome.ok) span.setStatus({ code: SpanStatusCode.ERROR, message: outcome.statusCode ? `HTTP ${outcome.statusCode}` : outcome.response.slice(0, 200) });
    });
  }

  async function send(d: Claimed): Promise<PostOutcome> {
    const body = deliveryBody(d);
    const secrets = [d.secret];
    if (d.previous_secret && d.previous_secret_expires_at && d.previous_secret_expires_at > new Date()) secrets.push(d.previous_secret);
    const outcome = await safePost({
      url: d.url, body, timeoutMs: options.timeoutMs, allowLoopback: options.allowLoopback, lookup: options.lookup,
      headers: {
        'content-type': 'application/json', 'user-agent': 'dialgraph-webhooks/1',
        'dialgraph-signature': signatureHeader(body, secrets), 'dialgraph-event-id': d.eventId.toString(),
      },
    });
    await record(d, outcome);
    return outcome;
  }

  /** The outcome of one attempt, and what it means for its endpoint: a success clears its failures, a day of them disables it. */
  async function record(d: Claimed, outcome: PostOutcome): Promise<void> {
    const response = outcome.response.slice(0, 1024);
    if (outcome.ok) {
      await prisma.$executeRaw`
        UPDATE webhook_delivery SET status = 'DELIVERED', delivered_at = now(), last_status_code = ${outcome.statusCode},
          last_response = ${response}, next_attempt_at = now()
        WHERE id = ${d.id}::uuid AND attempts = ${d.attempts} AND status = 'PENDING'`;
      await prisma.$executeRaw`UPDATE webhook SET failing_since = NULL WHERE id = ${d.webhookId}::uuid AND failing_since IS NOT NULL`;
      stats.delivered++;
      return;
    }
    // Retried until retryUntil, the last try at retryUntil itself: a given-up delivery was retried the whole time.
    const now = Date.now();
    const giveUp = now >= d.retryUntil.getTime();
    const delay = Math.min(MAX_RETRY_DELAY_MS, Math.max(retryDelayMs(d.attempts, options.retryBaseMs), outcome.retryAfterMs ?? 0), d.retryUntil.getTime() - now);
    await prisma.$executeRaw`
      UPDATE webhook_delivery SET status = ${giveUp ? 'FAILED' : 'PENDING'}::"WebhookDeliveryStatus",
        next_attempt_at = now() + ${giveUp ? 0 : Math.max(0, delay)} * interval '1 millisecond', last_status_code = ${outcome.statusCode},
        last_response = ${response}
      WHERE id = ${d.id}::uuid AND attempts = ${d.attempts} AND status = 'PENDING'`;
    if (giveUp) stats.failed++;
    else stats.retried++;
    // Disabled once it has failed for a day: its failures began that long ago, or this delivery was retried for
    // the whole period and nothing got through since its event.
    const last = outcome.statusCode ? `HTTP ${outcome.statusCode}` : response;
    const reason = `No delivery succeeded for ${formatDuration(options.retryForMs)}; the last attempt: ${last}`.slice(0, 500);
    await prisma.$executeRaw`
      WITH failing AS (
        SELECT w.id, (w.failing_since <= now() - ${options.retryForMs} * interval '1 millisecond') OR (${giveUp} AND NOT EXISTS (
          SELECT 1 FROM webhook_delivery x WHERE x.webhook_id = w.id AND x.delivered_at >= ${d.occurredAt})) AS for_a_day
        FROM webhook w WHERE w.id = ${d.webhookId}::uuid AND w.disabled_at IS NULL)
      UPDATE webhook w SET failing_since = coalesce(w.failing_since, now()),
        disabled_at = CASE WHEN f.for_a_day THEN now() END, disabled_reason = CASE WHEN f.for_a_day THEN ${reason} END
      FROM failing f WHERE w.id = f.id`;
    log.debug({ deliveryId: d.id, attempts: d.attempts, giveUp, response }, 'webhook delivery failed');
  }

  async function pass(): Promise<void> {
    try {
      // The fan-out's statement also says whether anything is due: an idle instance sends that one statement a poll.
      const { due } = await fanOut(prisma, options.retryForMs);
      if (!due) return;
      while (!stopped) {
        const claimed = await claim();
        if (claimed.length === 0) return;
        await Promise.all(claimed.map(tracedSend));
      }
    } catch (err) {
      if (!stopped) log.warn({ err }, 'webhook pass failed; retrying');
    }
  }

  const tick = () => (running ??= pass().finally(() => (running = undefined)));

  return {
    stats,
    start() {
      timer = setInterval(() => void tick(), options.pollMs);
      timer.unref();
      void tick();
    },
    tick,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
