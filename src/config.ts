// Every setting dialgraph reads from the environment, with its default. README.md documents each one.
import { z } from 'zod';

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().default('./.data'),
  REDIS_URL: z.string().url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** How often every instance tails the outbox for events it has not seen through the pubsub. */
  EVENT_POLL_MS: z.coerce.number().int().positive().default(1000),
  /** Outbox rows older than this are pruned. */
  EVENT_RETENTION_MS: z.coerce.number().int().positive().default(24 * 60 * 60 * 1000),
  /** How long shutdown waits for in-flight requests before closing connections. */
  SHUTDOWN_GRACE_MS: z.coerce.number().int().nonnegative().default(10_000),
  /** HS256 secret for login tokens; generated and kept when unset (not allowed in production on PostgreSQL). */
  JWT_SECRET: z.string().min(16).optional(),
  JWT_LIFETIME_SECONDS: z.coerce.number().int().positive().default(7 * 24 * 60 * 60),
  /** Failed logins allowed per minute, per username and per client IP. */
  LOGIN_MAX_FAILURES: z.coerce.number().int().positive().default(10),
  /** How long a checked token's viewer is reused (src/domain/viewer-cache.ts); a change that takes rights away waits
   *  this long before it is answered. 0: every request looks its token up. */
  AUTH_CACHE_MS: z.coerce.number().int().nonnegative().default(500),
  /** How often open WebSockets re-check their token (revoked keys, expired JWTs close with 4403). */
  AUTH_RECHECK_MS: z.coerce.number().int().positive().default(30_000),
  /** Bootstrap SUPERADMIN, created when the database has no user. */
  ADMIN_USERNAME: z.string().default('admin'),
  ADMIN_PASSWORD: z.string().optional(),
  /** Pool size for real PostgreSQL. */
  DATABASE_POOL_MAX: z.coerce.number().int().positive().default(10),
  /** Divides every wait of the telephony simulator (ringing, actions, dial timeout); 100 makes a minute 0.6 s. */
  SIMULATOR_TIME_SCALE: z.coerce.number().positive().default(1),
  /** How often an instance heartbeats (owning its live calls) and ends the calls of instances that are gone. */
  HEARTBEAT_MS: z.coerce.number().int().positive().default(5_000),
  /** An instance whose heartbeat is older than this is gone; its live calls are ended. */
  INSTANCE_EXPIRY_MS: z.coerce.number().int().positive().default(20_000),
  /** How often the dialer looks at running campaigns when nothing wakes it (divided by SIMULATOR_TIME_SCALE). */
  DIALER_POLL_MS: z.coerce.number().int().positive().default(1_000),
  /** false: this instance serves the API and its calls but runs no campaigns (another instance does). */
  DIALER_ENABLED: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
  /** Tests only, refused unless NODE_ENV=test: a fixed instant (ISO 8601) the dialer judges calling hours at instead of
   *  the real time, so that every process of a test (child servers too) finds the same windows open and closed. */
  DIALER_TEST_CLOCK: z.iso.datetime({ offset: true }).optional(),
  // Websocket and input limits (issue 16)
  /** Largest HTTP request body; a bigger one is answered 413 (REQUEST_ENTITY_TOO_LARGE) before it is read whole. */
  MAX_REQUEST_BYTES: z.coerce.number().int().positive().default(16 * 1024 * 1024),
  /** Largest graphql-ws message, a bigger one closes the socket with 1009. Unset: MAX_REQUEST_BYTES, as over HTTP. */
  WS_MAX_MESSAGE_BYTES: z.coerce.number().int().positive().optional(),
  /** Operations open at once on one graphql-ws socket (subscriptions, and queries until they answer); more get an error. */
  WS_MAX_SUBSCRIPTIONS_PER_SOCKET: z.coerce.number().int().positive().default(100),
  /** Open graphql-ws sockets per customer on this instance; the next one is closed with 4429 at connection_init. */
  WS_MAX_CONNECTIONS_PER_CUSTOMER: z.coerce.number().int().positive().default(1_000),
  /** A graphql-ws socket that has not sent connection_init by then is closed with 4408. */
  WS_CONNECTION_INIT_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  /** graphql-ws pings every open socket this often, and closes one whose pong has not come back by then. Not
   *  graphql-ws's 12 s: each ping costs CPU on every socket (10,000 idle sockets: 46-49 ms/s at 12 s, 33 at 30 s;
   *  docs/performance.md), and 30 s is still under the 60 s idle timeout of nginx and AWS load balancers. */
  WS_KEEPALIVE_MS: z.coerce.number().int().positive().default(30_000),
  /** Events one subscription may have waiting (a slow reader) before it is ended with an error; the client re-queries
   *  and subscribes again (with `since`). Bounds one subscriber's memory. */
  SUBSCRIBER_MAX_PENDING_EVENTS: z.coerce.number().int().positive().default(100_000),

  // Request limits (issue 16): every request's work is bounded, and refused before it runs
  // (src/graphql/request-limits.ts; README "Request limits" has the measured cost of real pages).
  /** Characters of a query's text (large inputs go in variables); the longest query of the tests and benches has 612. */
  MAX_QUERY_CHARACTERS: z.coerce.number().int().positive().default(100_000),
  /** Lexical tokens of a query's text: the longest query has 87, GraphiQL's introspection query 184. It also keeps the
   *  parser's recursion shallow: a 5,000-deep nesting never parses. */
  MAX_QUERY_TOKENS: z.coerce.number().int().positive().default(1_000),
  /** Nesting of selections, fragments flattened, introspection included (GraphiQL's introspection query is 15). */
  MAX_QUERY_DEPTH: z.coerce.number().int().positive().default(15),
  /** Aliased fields of an operation, __typename included. */
  MAX_QUERY_ALIASES: z.coerce.number().int().nonnegative().default(30),
  /** Directives of an operation. */
  MAX_QUERY_DIRECTIVES: z.coerce.number().int().nonnegative().default(20),
  /** Selected fields of an operation, each counted once however large its lists. */
  MAX_QUERY_BREADTH: z.coerce.number().int().positive().default(300),
  /** Cost of an operation: its fields, each list's selection times its page size (first/last, ids). */
  MAX_QUERY_COST: z.coerce.number().int().positive().default(100_000),
  /** __schema and __type fields of a document. */
  MAX_INTROSPECTION_FIELDS: z.coerce.number().int().nonnegative().default(2),
  /** Who may introspect: open (anyone), signed-in (a valid token), off. Unset: signed-in in production, else open. */
  INTROSPECTION: z.enum(['open', 'signed-in', 'off']).optional(),

  // Rate limit (issue 16): a budget of cost per customer (anonymous callers: per client IP) per window, shared
  // through Redis when REDIS_URL is set; every operation is charged its cost (above) before it runs.
  /** Cost per customer per window; 0 turns the rate limit off. 6,000,000 a minute is 100,000 a second: a dashboard
   *  polling five of the heaviest pages measured (30,551) every 3 s spends 3.1 M a minute, about half of it. An
   *  instance serves about 65 of the 28,601 list pages a second (docs/performance.md), 1.9 M of cost a second, so a
   *  customer spending its whole budget takes about a twentieth of one instance. At least MAX_QUERY_COST (when not 0),
   *  so that every operation the cost limit lets through fits in a full budget. */
  RATE_LIMIT_COST: z.coerce.number().int().nonnegative().default(6_000_000),
  /** The window of RATE_LIMIT_COST: the budget is full again this many seconds after its first charge. */
  RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().positive().default(60),
  // Metrics (issue 14; README "Metrics")
  /** Bearer token GET /metrics requires (`Authorization: Bearer <token>`); unset: /metrics is open. */
  METRICS_TOKEN: z.string().min(1).optional(),
  /** true: `GET /metrics?gc=1` runs a full garbage collection before reading, in a process started with
   *  --expose-gc (heap-growth checks: bench/soak.ts). A full collection pauses the process: not for production. */
  METRICS_ALLOW_GC: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),

  // Traces (issue 14; README "Traces"): OpenTelemetry over OTLP/HTTP, off unless one of these is set. The standard
  // OpenTelemetry names, read here like every other setting.
  /** OTLP/HTTP base URL (e.g. http://collector:4318); traces go to its /v1/traces. */
  OTEL_EXPORTER_OTLP_ENDPOINT: z.string().url().optional(),
  /** The traces URL itself (wins over OTEL_EXPORTER_OTLP_ENDPOINT, used as given). */
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: z.string().url().optional(),

  // Webhooks (issue 14, src/webhooks/): every endpoint's events delivered from the outbox, signed, retried.
  /** true: deliveries may go to loopback addresses (127.0.0.0/8, ::1), for tests and local receivers. Private,
   *  link-local and metadata addresses stay refused. */
  WEBHOOK_ALLOW_LOOPBACK: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  /** How often an instance looks for new events to fan out and deliveries due. */
  WEBHOOK_POLL_MS: z.coerce.number().int().positive().default(1_000),
  /** The first retry's delay; each later one doubles it (with jitter, at most an hour). */
  WEBHOOK_RETRY_BASE_MS: z.coerce.number().int().positive().default(10_000),
  /** A delivery is retried this long after its event, then FAILED; an endpoint failing this long is disabled. */
  WEBHOOK_RETRY_FOR_MS: z.coerce.number().int().positive().default(24 * 60 * 60 * 1000),
  /** A send that has not answered with a 2xx by then failed (connect, headers and body included). */
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  /** After webhookRotateSecret, the previous secret still signs (a second v1=) this long. */
  WEBHOOK_SECRET_GRACE_MS: z.coerce.number().int().positive().default(24 * 60 * 60 * 1000),
});

const withDefaults = schema
  .refine((c) => c.RATE_LIMIT_COST === 0 || c.RATE_LIMIT_COST >= c.MAX_QUERY_COST, {
    path: ['RATE_LIMIT_COST'],
    message: 'must be 0 (off) or at least MAX_QUERY_COST: an operation the cost limit lets through must fit in a full budget',
  })
  // A fixed clock would dial by the wrong time of day: never outside a test run.
  .refine((c) => c.DIALER_TEST_CLOCK === undefined || c.NODE_ENV === 'test', {
    path: ['DIALER_TEST_CLOCK'],
    message: 'is for tests only (the dialer would judge calling hours at a fixed instant): unset it, or run with NODE_ENV=test',
  })
  .transform((config) => ({
  ...config,
  INTROSPECTION: config.INTROSPECTION ?? (config.NODE_ENV === 'production' ? 'signed-in' : 'open'),
  WS_MAX_MESSAGE_BYTES: config.WS_MAX_MESSAGE_BYTES ?? config.MAX_REQUEST_BYTES,
}));

export type Config = z.infer<typeof withDefaults>;

/** Every setting's name (README's configuration table has a row for each: test/config-readme.test.ts). */
export const CONFIG_KEYS = Object.keys(schema.shape) as (keyof Config)[];

/** Where traces are sent (OTLP/HTTP); undefined: tracing is off, and its SDK is never loaded. */
export function tracesUrl(config: Pick<Config, 'OTEL_EXPORTER_OTLP_ENDPOINT' | 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT'>): string | undefined {
  if (config.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) return config.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT;
  if (config.OTEL_EXPORTER_OTLP_ENDPOINT) return `${config.OTEL_EXPORTER_OTLP_ENDPOINT.replace(/\/+$/, '')}/v1/traces`;
  return undefined;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = withDefaults.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
