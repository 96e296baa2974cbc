// Everything behind the API, built in dependency order and stopped in reverse: the database, identity (tokens
// and the login limiter), the event bus and its transport, the call controller, and the dialer. One name per
// service, used the same way in the context, the tests and the benchmarks.
import type { Config } from './config.ts';
import { createLogger, type Logger } from './logger.ts';
import { openDatabase, type Database } from './db/database.ts';
import { createJsonReads, type JsonReads } from './db/json-reads.ts';
import { EventBus } from './events/bus.ts';
import { createTransport } from './events/transport.ts';
import { ensureBootstrapAdmin } from './bootstrap.ts';
import { createAuth, type Auth } from './auth.ts';
import { createTelephony, type Telephony } from './telephony/controller.ts';
import { createDialer, type Dialer } from './dialer/engine.ts';
import { createWebhookSender, type WebhookSender } from './webhooks/sender.ts';
import type { Tracing } from './tracing.ts';

export interface Services {
  config: Config;
  logger: Logger;
  db: Database;
  reads: JsonReads;
  auth: Auth;
  bus: EventBus;
  telephony: Telephony;
  dialer: Dialer;
  webhooks: WebhookSender;
  /** OpenTelemetry, when an OTLP endpoint is configured (src/tracing.ts); undefined: tracing is off. */
  tracing?: Tracing;
}

export interface ServiceOptions {
  logger?: Logger;
  /** An already open database (tests); otherwise opened from the config, and closed by stop(). */
  db?: Database;
  /** Tracing, started by src/server.ts; shut down (its exporter flushed) by stop(), after everything else. */
  tracing?: Tracing;
}

/** Builds and starts the services; `stop()` ends them in reverse order (the dialer first, the database last). */
export async function buildServices(config: Config, options: ServiceOptions = {}): Promise<{ services: Services; stop: () => Promise<void> }> {
  const logger = options.logger ?? createLogger(config.LOG_LEVEL);
  const { tracing } = options;
  const stops: Array<() => Promise<void>> = [];
  const stop = async () => {
    while (stops.length > 0) await stops.pop()!();
  };
  // First in, so last out: the spans of every other service's shutdown are exported too.
  if (tracing) stops.push(() => tracing.shutdown());
  // Progress lines: a first start on the embedded database creates it and runs every migration.
  if (!options.db) logger.info(`opening ${config.DATABASE_URL ? 'PostgreSQL' : `the embedded database in ${config.DATA_DIR}`} and applying its migrations ...`);
  const opened = options.db ?? (await openDatabase({
    url: config.DATABASE_URL, dataDir: config.DATA_DIR, poolMax: config.DATABASE_POOL_MAX,
    onIdleConnectionError: (err) => logger.warn({ err: err.message }, 'an idle database connection failed; the pool replaces it'),
    onMigrated: (applied) => logger.info({ applied }, applied.length ? `database ready: applied ${applied.length} migrations` : 'database ready: its schema is current'),
  }).catch(async (err) => {
    await stop();
    throw err;
  }));
  // Prisma traces its own statements (@prisma/instrumentation); the direct ones get their spans here.
  const db: Database = tracing ? { ...opened, query: tracing.traceQuery(opened.query) } : opened;
  if (!options.db) stops.push(() => db.close());
  try {
    const auth = await createAuth(config, db, logger);
    stops.push(() => auth.close());
    await ensureBootstrapAdmin(db.prisma, config, logger, auth.tokens);

    const transport = await createTransport(config.REDIS_URL, logger);
    stops.push(() => transport.close());
    const bus = new EventBus({ prisma: db.prisma, transport: transport.pubsub, logger, pollMs: config.EVENT_POLL_MS, retentionMs: config.EVENT_RETENTION_MS,
      maxPendingEvents: config.SUBSCRIBER_MAX_PENDING_EVENTS });
    await bus.start();
    stops.push(() => bus.close());
    transport.onReconnect(() => void bus.poll());

    let wakeDialer = () => {};
    const telephony = createTelephony({
      prisma: db.prisma, bus, logger, timeScale: config.SIMULATOR_TIME_SCALE, instanceId: tracing?.instanceId,
      heartbeatMs: config.HEARTBEAT_MS, instanceExpiryMs: config.INSTANCE_EXPIRY_MS,
      // An embedded database this process opened itself is locked to it: no other instance owns calls in it.
      exclusive: db.kind === 'pglite' && !options.db,
      // An ended campaign call frees a slot (and may finish or stop its campaign): look again now.
      onCallEnded: (call) => {
        if (call.campaignId) wakeDialer();
      },
    });
    await telephony.start();
    stops.push(() => telephony.stop()); // before the bus: its last status changes still publish

    const testClock = config.DIALER_TEST_CLOCK === undefined ? undefined : Date.parse(config.DIALER_TEST_CLOCK);
    if (testClock !== undefined) logger.warn({ at: config.DIALER_TEST_CLOCK }, 'DIALER_TEST_CLOCK: calling hours are judged at a fixed instant (tests only)');
    const dialer = createDialer({
      prisma: db.prisma, bus, logger, instanceId: telephony.instanceId, place: (calls) => telephony.placeCalls(calls),
      timeScale: config.SIMULATOR_TIME_SCALE, pollMs: config.DIALER_POLL_MS, clock: testClock === undefined ? undefined : () => testClock,
    });
    wakeDialer = () => dialer.wake();
    if (config.DIALER_ENABLED) dialer.start();
    stops.push(() => dialer.stop()); // no new attempts; the calls in flight are left to reconciliation

    // Every instance sends webhooks: the deliveries are claimed with SKIP LOCKED, so they share the work.
    const webhooks = createWebhookSender({
      prisma: db.prisma, logger, pollMs: config.WEBHOOK_POLL_MS, retryBaseMs: config.WEBHOOK_RETRY_BASE_MS,
      retryForMs: config.WEBHOOK_RETRY_FOR_MS, timeoutMs: config.WEBHOOK_TIMEOUT_MS, allowLoopback: config.WEBHOOK_ALLOW_LOOPBACK,
    });
    webhooks.start();
    stops.push(() => webhooks.stop());

    return { services: { config, logger, db, reads: createJsonReads(db.query), auth, bus, telephony, dialer, webhooks, tracing }, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
