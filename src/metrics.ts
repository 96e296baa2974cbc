// Prometheus metrics of one instance at GET /metrics (README "Metrics" lists every one): prom-client's default
// process metrics (heap, GC, event-loop lag, CPU), the GraphQL operations' (./graphql-metrics.ts), and
// dialgraph's own. Those are read from the services' state when /metrics is read (collect callbacks), rather
// than counted in hot paths; only events published are counted as they go, one counter increment each.
// One registry per app, not prom-client's global one: the tests run several apps in one process.
import { createHash, timingSafeEqual } from 'node:crypto';
import { collectDefaultMetrics, Counter, Gauge, Registry } from 'prom-client';
import type { Plugin } from 'graphql-yoga';
import type { Config } from './config.ts';
import type { DomainEvent } from './events/catalog.ts';
import type { Services } from './services.ts';
import type { GraphqlWs } from './ws.ts';
import { useGraphqlMetrics, useSseSubscriptionCount } from './graphql-metrics.ts';

export interface Metrics {
  registry: Registry;
  /** Yoga plugins, to come first: GET /metrics itself, the GraphQL operations' metrics, SSE subscriptions. */
  plugins: Plugin[];
  /** Reads the graphql-ws sockets and their subscriptions from `ws` from now on. */
  observeWs(ws: Pick<GraphqlWs, 'stats'>): void;
}

/** A counter that reports a running total the services keep anyway (the dialer's stats). */
function counterOf(registry: Registry, name: string, help: string, read: () => number): void {
  let reported = 0;
  new Counter({
    name, help, registers: [registry],
    collect() {
      const now = read();
      if (now > reported) this.inc(now - reported);
      reported = Math.max(reported, now);
    },
  });
}

/** One run of `read` for the collects of one scrape that need it (they run concurrently). */
function shared<T>(read: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => (pending ??= read().finally(() => (pending = undefined)));
}

/** Events published by this instance (each once, on the instance that committed it), and the attempts that ended. */
function countPublishedEvents(registry: Registry, services: Services): void {
  const published = new Counter({
    name: 'dialgraph_events_published_total', help: 'Events this instance committed and published, by row type and kind',
    labelNames: ['entity_type', 'kind'], registers: [registry],
  });
  const attemptsEnded = new Counter({
    name: 'dialgraph_campaign_attempts_ended_total', help: 'Campaign attempts (campaign calls) this instance ended, by result',
    labelNames: ['result'], registers: [registry],
  });
  // Children by label values, so a publish costs a map lookup and an increment per event.
  const children = new Map<string, Counter.Internal>();
  services.bus.onPublish((events: DomainEvent[]) => {
    for (const event of events) {
      const key = `${event.entityType}:${event.kind}`;
      let child = children.get(key);
      if (!child) children.set(key, (child = published.labels({ entity_type: event.entityType, kind: event.kind })));
      child.inc();
      if (event.entityType === 'CampaignCall' && event.kind === 'STATUS' && event.snapshot.status === 'DONE') {
        attemptsEnded.inc({ result: event.snapshot.result === 'SUCCESS' || event.snapshot.result === 'FAIL' ? event.snapshot.result : 'unknown' });
      }
    }
  });
}

function observeServices(registry: Registry, services: Services): void {
  const { bus, db, dialer, telephony, config, logger } = services;
  const registers = [registry];
  counterOf(registry, 'dialgraph_dialer_rounds_total', 'Dialer rounds over the running campaigns on this instance', () => dialer.stats.rounds);
  counterOf(registry, 'dialgraph_dialer_attempts_total', 'Campaign attempts (calls) this instance\'s dialer started', () => dialer.stats.attempts);
  new Gauge({
    name: 'dialgraph_calls_live', help: 'Calls this instance is driving now (campaign attempts, API calls, chained calls)', registers,
    collect() {
      this.set(telephony.liveCalls().total);
    },
  });
  new Gauge({
    name: 'dialgraph_campaign_calls_in_flight', help: 'Calls this instance is driving now, per campaign (only campaigns with calls in flight)',
    labelNames: ['campaign_id'], registers,
    collect() {
      this.reset(); // a campaign with no call in flight any more leaves no series behind
      for (const [campaignId, calls] of telephony.liveCalls().byCampaign) this.set({ campaign_id: campaignId }, calls);
    },
  });
  const lag = shared(() =>
    bus.tailLag().catch((err: unknown) => {
      logger.warn({ err }, 'reading the outbox lag for /metrics failed');
      return { events: NaN, seconds: NaN };
    }),
  );
  new Gauge({
    name: 'dialgraph_outbox_tail_lag_events', help: 'Committed events this instance\'s outbox tail has not read yet (at most 10000)', registers,
    async collect() {
      this.set((await lag())?.events ?? 0);
    },
  });
  new Gauge({
    name: 'dialgraph_outbox_tail_lag_seconds', help: 'Age of the oldest committed event this instance\'s outbox tail has not read yet', registers,
    async collect() {
      this.set((await lag())?.seconds ?? 0);
    },
  });
  observeWebhooks(registry, services);
  const pool = db.poolUse?.bind(db);
  if (pool) {
    new Gauge({ name: 'dialgraph_db_pool_max_connections', help: 'PostgreSQL pool size (DATABASE_POOL_MAX)', registers }).set(config.DATABASE_POOL_MAX);
    new Gauge({ name: 'dialgraph_db_pool_connections', help: 'PostgreSQL connections open in the pool, busy or idle', registers, collect() { this.set(pool().total); } });
    new Gauge({ name: 'dialgraph_db_pool_idle_connections', help: 'PostgreSQL connections idle in the pool', registers, collect() { this.set(pool().idle); } });
    new Gauge({ name: 'dialgraph_db_pool_waiting_queries', help: 'Queries waiting for a pool connection', registers, collect() { this.set(pool().waiting); } });
  }
}

/** Webhook deliveries: this instance's attempts by outcome, and (shared by every instance) what is still owed. */
function observeWebhooks(registry: Registry, services: Services): void {
  const { webhooks, db, logger } = services;
  const reported = { delivered: 0, retried: 0, failed: 0 };
  new Counter({
    name: 'dialgraph_webhook_attempts_total', help: 'Webhook sends this instance made, by outcome (delivered, retried: failed and due again, failed: given up)',
    labelNames: ['outcome'], registers: [registry],
    collect() {
      for (const outcome of ['delivered', 'retried', 'failed'] as const) {
        const now = webhooks.stats[outcome];
        if (now > reported[outcome]) this.inc({ outcome }, now - reported[outcome]);
        reported[outcome] = now;
      }
    },
  });
  // One indexed read per scrape (webhook_delivery (status, next_attempt_at)): the deliveries owed, and how late the oldest is.
  const owed = shared(() =>
    db.prisma.$queryRaw<{ pending: number; lag: number }[]>`
      SELECT count(*)::int AS pending, coalesce(extract(epoch FROM now() - min(occurred_at)), 0)::float8 AS lag
      FROM webhook_delivery WHERE status = 'PENDING'`.then(
      ([row]) => row,
      (err: unknown) => {
        logger.warn({ err }, 'reading the webhook deliveries for /metrics failed');
        return { pending: NaN, lag: NaN };
      },
    ),
  );
  new Gauge({
    name: 'dialgraph_webhook_deliveries_pending', help: 'Webhook deliveries not delivered or given up yet, of every instance', registers: [registry],
    async collect() {
      this.set((await owed()).pending);
    },
  });
  new Gauge({
    name: 'dialgraph_webhook_delivery_lag_seconds', help: 'Age of the event of the oldest webhook delivery still owed (0: none)', registers: [registry],
    async collect() {
      this.set((await owed()).lag);
    },
  });
}

const digest = (text: string) => createHash('sha256').update(text).digest();

/** GET /metrics in the Prometheus text format; with METRICS_TOKEN set, only for `Authorization: Bearer <token>`. */
function useMetricsEndpoint(registry: Registry, config: Config): Plugin {
  const expected = config.METRICS_TOKEN === undefined ? undefined : digest(config.METRICS_TOKEN);
  const text = (body: string, status: number, headers: Record<string, string> = {}) =>
    new Response(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8', ...headers } });
  return {
    onRequest({ request, url, endResponse }) {
      if (url.pathname !== '/metrics') return undefined;
      if (request.method !== 'GET' && request.method !== 'HEAD') return endResponse(text('GET /metrics\n', 405, { allow: 'GET, HEAD' }));
      if (expected) {
        const token = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get('authorization') ?? '')?.[1];
        // Compared as digests: equal lengths for timingSafeEqual, and no timing tells how much of a guess matched.
        if (!token || !timingSafeEqual(digest(token), expected)) {
          return endResponse(text('/metrics needs Authorization: Bearer <METRICS_TOKEN>\n', 401, { 'www-authenticate': 'Bearer realm="metrics"' }));
        }
      }
      // A heap reading after a full collection tells retained memory from garbage (bench/soak.ts's heap check).
      const gc = (globalThis as { gc?: () => void }).gc;
      if (config.METRICS_ALLOW_GC && gc && url.searchParams.get('gc') === '1') gc();
      // prom-client writes NaN (an event-loop statistic with no sample since the last read) as `Nan`: Prometheus
      // reads either, stricter parsers only the format's own spelling.
      return registry.metrics().then((metrics) => endResponse(text(metrics.replace(/ Nan$/gm, ' NaN'), 200, { 'content-type': registry.contentType })));
    },
  };
}

export function createMetrics(services: Services): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  observeServices(registry, services);
  countPublishedEvents(registry, services);

  let ws: Pick<GraphqlWs, 'stats'> | undefined;
  let sse = 0;
  new Gauge({
    name: 'dialgraph_ws_connections', help: 'graphql-ws sockets open (and accepted) on this instance', registers: [registry],
    collect() {
      this.set(ws?.stats().connections ?? 0);
    },
  });
  new Gauge({
    name: 'dialgraph_subscriptions', help: 'Subscriptions open on this instance, by transport (ws, sse)', labelNames: ['transport'], registers: [registry],
    collect() {
      this.set({ transport: 'ws' }, ws?.stats().subscriptions ?? 0);
      this.set({ transport: 'sse' }, sse);
    },
  });

  return {
    registry,
    plugins: [
      useMetricsEndpoint(registry, services.config),
      useGraphqlMetrics(registry),
      useSseSubscriptionCount({ opened: () => void sse++, ended: () => void sse-- }),
    ],
    observeWs: (observed) => {
      ws = observed;
    },
  };
}
