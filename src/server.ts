// One HTTP server on one port: GraphQL over HTTP and SSE at /graphql (and graphql-sse's single-connection
// mode at /graphql/stream), graphql-ws on the same path, GraphiQL that works offline, /healthz, /readyz.
import { createServer, type Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { createYoga, useReadinessCheck, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { useGraphQLSSE } from '@graphql-yoga/plugin-graphql-sse';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { WebSocketServer, type WebSocket } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import type { Config } from './config.ts';
import { createLogger, redactUrl, type Logger } from './logger.ts';
import { openDatabase, type Database } from './db.ts';
import { EventBus } from './events/bus.ts';
import { createTransport, type Transport } from './events/transport.ts';
import { ensureBootstrapAdmin } from './bootstrap.ts';
import { createAuth, tokenFromConnectionParams, tokenFromRequest, type Auth } from './auth.ts';
import { schema } from './graphql/schema.ts';
import type { Context } from './context.ts';

export interface App {
  yoga: YogaServerInstance<Record<string, unknown>, Context>;
  httpServer: Server;
  db: Database;
  events: EventBus;
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
      if (cookie && /(?:^|;\s*)token=/.test(cookie)) return csrf.onRequestParse?.(payload);
    },
  };
}

function useRequestLogging(logger: Logger): Plugin {
  const started = new WeakMap<Request, { at: number; id: string }>();
  return {
    onRequest({ request }) {
      started.set(request, { at: performance.now(), id: request.headers.get('x-request-id') ?? randomUUID() });
    },
    onResponse({ request, response }) {
      const s = started.get(request);
      if (!s) return;
      response.headers.set('x-request-id', s.id);
      const url = new URL(request.url);
      logger.info(
        { requestId: s.id, method: request.method, path: redactUrl(url.pathname + url.search), status: response.status, ms: Math.round(performance.now() - s.at) },
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
  try {
    auth = await createAuth(config, db.prisma, logger);
    const { tokens, loginLimiter } = auth;
    await ensureBootstrapAdmin(db.prisma, config, logger, tokens);
    transport = await createTransport(config.REDIS_URL, logger);
    events = new EventBus({ prisma: db.prisma, transport: transport.pubsub, logger, pollMs: config.EVENT_POLL_MS, retentionMs: config.EVENT_RETENTION_MS });
    await events.start();
    const bus = events;
    transport.onReconnect(() => void bus.poll());


    const yoga = createYoga<Record<string, unknown>, Context>({
      schema,
      graphqlEndpoint: '/graphql',
      healthCheckEndpoint: '/healthz',
      landingPage: false,
      graphiql: { title: 'dialgraph', subscriptionsProtocol: 'WS', defaultQuery: '{\n  outplans(first: 10) {\n    totalCount\n    nodes { id name dialTimeout tryInterval maxTryCounts }\n  }\n}\n' },
      renderGraphiQL,
      maskedErrors: { isDev: config.NODE_ENV === 'development' },
      logging: {
        debug: (...args) => logger.debug(args.map(String).join(' ')),
        info: (...args) => logger.info(args.map(String).join(' ')),
        warn: (...args) => logger.warn(args.map(String).join(' ')),
        error: (...args) => logger.error({ err: args.find((a) => a instanceof Error) }, args.map(String).join(' ')),
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
          clientIp: req?.socket?.remoteAddress ?? 'unknown',
          requestId: request?.headers.get('x-request-id') ?? randomUUID(),
          logger,
        };
      },
      plugins: [
        useRequestLogging(logger),
        useCookieCsrfPrevention(),
        useGraphQLSSE({ endpoint: '/graphql/stream' }),
        useReadinessCheck({ endpoint: '/readyz', check: async () => { await db.ping(); } }),
      ],
    });

    const httpServer = createServer(yoga);
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
          const args = {
            schema: s,
            operationName: params.operationName,
            document: parse(params.query),
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
      yoga, httpServer, db, events: bus, logger,
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
          const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
          bus.endSubscriptions(); // SSE responses and ws subscriptions complete
          for (const socket of wss.clients) socket.close(1001, 'server shutting down');
          wss.close();
          httpServer.closeIdleConnections();
          const grace = setTimeout(() => {
            for (const socket of wss.clients) socket.terminate();
            httpServer.closeAllConnections();
          }, config.SHUTDOWN_GRACE_MS);
          if (httpServer.listening) await closed;
          clearTimeout(grace);
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
    await events?.close();
    await transport?.close();
    await auth?.close();
    if (!options.db) await db.close();
    throw err;
  }
}
