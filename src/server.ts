// One HTTP server on one port: GraphQL over HTTP and SSE at /graphql (and graphql-sse's single-connection
// mode at /graphql/stream), graphql-ws on the same path, GraphiQL that works offline, /healthz, /readyz.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { createYoga, useReadinessCheck, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { useGraphQLSSE } from '@graphql-yoga/plugin-graphql-sse';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { GraphQLError } from 'graphql';
import { WebSocketServer, type WebSocket } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import { parseCookie } from 'cookie';
import type { Config } from './config.ts';
import { createLogger, redactUrl, type Logger } from './logger.ts';
import { openDatabase, type Database } from './db.ts';
import { EventBus } from './events/bus.ts';
import { createTransport, type Transport } from './events/transport.ts';
import { ensureBootstrapAdmin } from './bootstrap.ts';
import { createAuth, tokenFromConnectionParams, tokenFromRequest, type Auth } from './auth.ts';
import { schema } from './graphql/schema.ts';
import { createTelephony, type Telephony } from './telephony/index.ts';
import { createDialer, type Dialer } from './dialer/engine.ts';
import { useInputErrorCodes } from './graphql/input-errors.ts';
import type { Context } from './context.ts';

export interface App {
  yoga: YogaServerInstance<Record<string, unknown>, Context>;
  httpServer: Server;
  db: Database;
  events: EventBus;
  telephony: Telephony;
  dialer: Dialer;
  logger: Logger;
  /** Listens on `port` (default: config.PORT; 0 picks a free one) and resolves with the URL of /graphql. */
  listen(port?: number): Promise<string>;
  /** Graceful shutdown: stop accepting, end streams, finish in-flight requests, close sockets and the DB. */
  stop(): Promise<void>;
}

export interface AppOptions {
  logger?: Logger;
  /** An already open database (tests); otherwise opened from the config. */
  db?: Database;
}

/** Yoga's CSRF prevention, for requests that carry the `token` cookie: only cookies ride along on a forged request. */
function useCookieCsrfPrevention(): Plugin {
  const csrf = useCSRFPrevention();
  return {
    onRequestParse(payload) {
      const cookie = payload.request.headers.get('cookie');
      // Parsed the way tokenFromRequest reads it, so every cookie that authenticates is checked.
      if (cookie && parseCookie(cookie).token !== undefined) return csrf.onRequestParse?.(payload);
    },
  };
}

/** The HTTP request being handled (set for everything that runs on its behalf, including resolvers). */
interface RequestScope {
  id: string;
  at: number;
}
const requestScope = new AsyncLocalStorage<RequestScope>();

/** An incoming x-request-id is honoured when it looks like an id (not a 10 kB string or a log-forging payload). */
const REQUEST_ID = /^[\w.:@/+=-]{1,128}$/;

/** Node request listener: gives the request its id before Yoga (and its health check) sees it. */
function withRequestScope(handler: (req: IncomingMessage, res: ServerResponse) => unknown) {
  return (req: IncomingMessage, res: ServerResponse) => {
    const incoming = req.headers['x-request-id'];
    const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    return requestScope.run({ id, at: performance.now() }, () => handler(req, res));
  };
}

function useRequestLogging(logger: Logger): Plugin {
  return {
    onResponse({ request, response }) {
      const scope = requestScope.getStore();
      if (!scope) return;
      response.headers.set('x-request-id', scope.id);
      const url = new URL(request.url);
      logger.info(
        { requestId: scope.id, method: request.method, path: redactUrl(url.pathname + url.search), status: response.status, ms: Math.round(performance.now() - scope.at) },
        'request',
      );
    },
  };
}

export async function createApp(config: Config, options: AppOptions = {}): Promise<App> {
  const logger = options.logger ?? createLogger(config.LOG_LEVEL);
  const db = options.db ?? (await openDatabase({ url: config.DATABASE_URL, dataDir: config.DATA_DIR, poolMax: config.DATABASE_POOL_MAX }));
  let transport: Transport | undefined;
  let events: EventBus | undefined;
  let auth: Auth | undefined;
  let telephony: Telephony | undefined;
  let dialer: Dialer | undefined;
  try {
    auth = await createAuth(config, db.prisma, logger);
    const { tokens, loginLimiter } = auth;
    await ensureBootstrapAdmin(db.prisma, config, logger, tokens);
    transport = await createTransport(config.REDIS_URL, logger);
    events = new EventBus({ prisma: db.prisma, transport: transport.pubsub, logger, pollMs: config.EVENT_POLL_MS, retentionMs: config.EVENT_RETENTION_MS });
    await events.start();
    const bus = events;
    transport.onReconnect(() => void bus.poll());
    telephony = createTelephony({
      prisma: db.prisma, events: bus, logger, timeScale: config.SIMULATOR_TIME_SCALE,
      heartbeatMs: config.HEARTBEAT_MS, instanceExpiryMs: config.INSTANCE_EXPIRY_MS,
      // An embedded database this app opened itself is locked to this process: no other instance owns calls in it.
      exclusive: db.kind === 'pglite' && !options.db,
      // An ended campaign call frees a slot (and may finish or stop its campaign): look again now.
      onCallEnded: (call) => {
        if (call.campaignId) dialer?.wake();
      },
    });
    await telephony.start();
    const calls = telephony;
    dialer = createDialer({
      prisma: db.prisma, events: bus, logger, instanceId: calls.instanceId, place: (placed) => calls.placeCalls(placed),
      timeScale: config.SIMULATOR_TIME_SCALE, pollMs: config.DIALER_POLL_MS,
    });
    if (config.DIALER_ENABLED) dialer.start();
    const campaigns = dialer;


    const yoga = createYoga<Record<string, unknown>, Context>({
      schema,
      graphqlEndpoint: '/graphql',
      healthCheckEndpoint: '/healthz',
      landingPage: false,
      graphiql: { title: 'dialgraph', subscriptionsProtocol: 'WS', defaultQuery: '{\n  outplans(first: 10) {\n    totalCount\n    nodes { id name dialTimeout tryInterval maxTryCounts }\n  }\n}\n' },
      renderGraphiQL,
      maskedErrors: { isDev: config.NODE_ENV === 'development' },
      // Yoga's own log lines, tied to the request they happened in (masked errors are logged here, unmasked).
      logging: {
        debug: (...args) => logger.debug({ requestId: requestScope.getStore()?.id }, args.map(String).join(' ')),
        info: (...args) => logger.info({ requestId: requestScope.getStore()?.id }, args.map(String).join(' ')),
        warn: (...args) => logger.warn({ requestId: requestScope.getStore()?.id }, args.map(String).join(' ')),
        error: (...args) => {
          const err = args.find((a) => a instanceof Error) as (Error & { originalError?: unknown }) | undefined;
          logger.error({ requestId: requestScope.getStore()?.id, err: err?.originalError ?? err }, args.map(String).join(' '));
        },
      },
      context: async (initial) => {
        // HTTP requests carry `request`; graphql-ws operations carry the socket's connectionParams.
        const { request, connectionParams, req } = initial as typeof initial & {
          connectionParams?: Record<string, unknown>;
          req?: { socket?: { remoteAddress?: string } };
        };
        const token = request ? tokenFromRequest(request) : tokenFromConnectionParams(connectionParams);
        return {
          prisma: db.prisma,
          events: bus,
          viewer: token ? await tokens.authenticate(token) : null,
          authenticate: (t: string) => tokens.authenticate(t),
          issueToken: (user) => tokens.issue(user),
          loginLimiter,
          telephony: calls,
          wakeDialer: () => campaigns.wake(),
          clientIp: req?.socket?.remoteAddress ?? 'unknown',
          requestId: requestScope.getStore()?.id ?? randomUUID(),
          logger,
        };
      },
      plugins: [
        useRequestLogging(logger),
        useCookieCsrfPrevention(),
        useInputErrorCodes(),
        useGraphQLSSE({ endpoint: '/graphql/stream' }),
        useReadinessCheck({ endpoint: '/readyz', check: async () => { await db.ping(); } }),
      ],
    });

    // During shutdown a response that finishes leaves its keep-alive connection idle: close it then, instead of
    // waiting out keepAliveTimeout (close() only closes the connections idle at the moment it is called).
    let draining = false;
    const handle = withRequestScope(yoga);
    const httpServer = createServer((req, res) => {
      if (draining) res.setHeader('connection', 'close');
      res.once('finish', () => {
        if (draining) setImmediate(() => httpServer.closeIdleConnections());
      });
      return handle(req, res);
    });
    const wss = new WebSocketServer({ server: httpServer, path: yoga.graphqlEndpoint });
    // Every graphql-ws operation runs through Yoga's envelop pipeline (plugins, masking, context).
    useServer(
      {
        connectionInitWaitTimeout: 10_000,
        // A missing or invalid token closes the socket with 4403 Forbidden.
        onConnect: async (ctx) => {
          const token = tokenFromConnectionParams(ctx.connectionParams);
          const viewer = token ? await tokens.authenticate(token) : null;
          if (!token || !viewer) return false;
          liveSockets.set(ctx.extra.socket, token);
          return true;
        },
        onClose: (ctx) => void liveSockets.delete(ctx.extra.socket),
        execute: (args: any) => args.rootValue.execute(args),
        subscribe: (args: any) => args.rootValue.subscribe(args),
        onSubscribe: async (ctx, _id, params) => {
          const { schema: s, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({
            ...ctx,
            req: ctx.extra.request,
            socket: ctx.extra.socket,
            params,
          });
          // A syntax error answers this operation with an error message; thrown, it would close the whole socket (4500).
          let document: ReturnType<typeof parse>;
          try {
            document = parse(params.query);
          } catch (err) {
            return [err instanceof GraphQLError ? err : new GraphQLError((err as Error).message)];
          }
          const args = {
            schema: s,
            operationName: params.operationName,
            document,
            variableValues: params.variables,
            contextValue: await contextFactory(),
            rootValue: { execute, subscribe },
          };
          const errors = validate(args.schema, args.document);
          return errors.length ? errors : args;
        },
      },
      wss,
    );

    // Tokens revoked (access key deleted, user deleted) or expired while a socket is open close it with 4403.
    const liveSockets = new Map<WebSocket, string>();
    const recheck = setInterval(() => {
      for (const [socket, token] of liveSockets) {
        void tokens.authenticate(token).then(
          (viewer) => {
            if (!viewer || (viewer.expiresAt && viewer.expiresAt <= new Date())) socket.close(4403, 'Forbidden');
          },
          (err) => logger.warn({ err }, 'token re-check failed'),
        );
      }
    }, config.AUTH_RECHECK_MS);
    recheck.unref();

    let stopping: Promise<void> | undefined;
    const app: App = {
      yoga, httpServer, db, events: bus, telephony: calls, dialer: campaigns, logger,
      listen: (port = config.PORT) =>
        new Promise((resolve, reject) => {
          httpServer.once('error', reject);
          httpServer.listen(port, port === 0 ? '127.0.0.1' : config.HOST, () => {
            const { port: actual } = httpServer.address() as AddressInfo;
            resolve(`http://127.0.0.1:${actual}/graphql`);
          });
        }),
      stop: () =>
        (stopping ??= (async () => {
          // close() clears `listening` at once: read it first, or shutdown would never wait for the drain.
          const wasListening = httpServer.listening;
          draining = true;
          const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
          bus.endSubscriptions(); // SSE responses and ws subscriptions complete
          for (const socket of wss.clients) socket.close(1001, 'server shutting down');
          wss.close();
          httpServer.closeIdleConnections();
          const grace = setTimeout(() => {
            for (const socket of wss.clients) socket.terminate();
            httpServer.closeAllConnections();
          }, config.SHUTDOWN_GRACE_MS);
          if (wasListening) await closed;
          clearTimeout(grace);
          await campaigns.stop(); // no new attempts; the calls in flight are left to reconciliation
          await calls.stop(); // before the bus: its last status changes still publish
          await bus.close();
          clearInterval(recheck);
          await transport!.close();
          await auth!.close();
          await yoga.dispose();
          if (!options.db) await db.close();
        })()),
    };
    return app;
  } catch (err) {
    await dialer?.stop();
    await telephony?.stop();
    await events?.close();
    await transport?.close();
    await auth?.close();
    if (!options.db) await db.close();
    throw err;
  }
}
