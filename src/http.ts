// GraphQL over HTTP and SSE at /graphql (and graphql-sse's single-connection mode at /graphql/stream), GraphiQL
// that works offline, /healthz and /readyz: Yoga, with its plugins, behind a node:http server.
import { createServer, type Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import { createYoga, useReadinessCheck, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { useGraphQLSSE } from '@graphql-yoga/plugin-graphql-sse';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { parseCookie } from 'cookie';
import { redactUrl, type Logger } from './logger.ts';
import { tokenFromConnectionParams, tokenFromRequest } from './auth.ts';
import { schema } from './graphql/schema.ts';
import { useInputErrorCodes } from './graphql/input-errors.ts';
import { useCompiledExecution } from './graphql/compiled-execution.ts';
import { createContext, type Context } from './context.ts';
import { currentRequest, withRequestScope } from './request-scope.ts';
import type { Services } from './services.ts';

export type Yoga = YogaServerInstance<Record<string, unknown>, Context>;

export interface Http {
  yoga: Yoga;
  server: Server;
  /** From now on every response closes its connection, and keep-alive connections close as they go idle. */
  drain(): void;
}

const DEFAULT_QUERY = '{\n  outplans(first: 10) {\n    totalCount\n    nodes { id name dialTimeout tryInterval maxTryCounts }\n  }\n}\n';

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

function useRequestLogging(logger: Logger): Plugin {
  return {
    onResponse({ request, response }) {
      const scope = currentRequest();
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

/** Yoga's own log lines, tied to the request they happened in (masked errors are logged here, unmasked). */
function yogaLogging(logger: Logger) {
  const requestId = () => currentRequest()?.id;
  return {
    debug: (...args: unknown[]) => logger.debug({ requestId: requestId() }, args.map(String).join(' ')),
    info: (...args: unknown[]) => logger.info({ requestId: requestId() }, args.map(String).join(' ')),
    warn: (...args: unknown[]) => logger.warn({ requestId: requestId() }, args.map(String).join(' ')),
    error: (...args: unknown[]) => {
      const err = args.find((a) => a instanceof Error) as (Error & { originalError?: unknown }) | undefined;
      logger.error({ requestId: requestId(), err: err?.originalError ?? err }, args.map(String).join(' '));
    },
  };
}

export function createHttp(services: Services): Http {
  const { config, logger, db } = services;
  const yoga: Yoga = createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/healthz',
    landingPage: false,
    graphiql: { title: 'dialgraph', subscriptionsProtocol: 'WS', defaultQuery: DEFAULT_QUERY },
    renderGraphiQL,
    maskedErrors: { isDev: config.NODE_ENV === 'development' },
    logging: yogaLogging(logger),
    context: (initial) => {
      // HTTP requests carry `request`; graphql-ws operations carry the socket's connectionParams (./ws.ts).
      const { request, connectionParams, req } = initial as typeof initial & {
        connectionParams?: Record<string, unknown>;
        req?: { socket?: { remoteAddress?: string } };
      };
      return createContext(services, {
        token: request ? tokenFromRequest(request) : tokenFromConnectionParams(connectionParams),
        clientIp: req?.socket?.remoteAddress ?? 'unknown',
        requestId: currentRequest()?.id ?? randomUUID(),
      });
    },
    plugins: [
      useRequestLogging(logger),
      useCookieCsrfPrevention(),
      useInputErrorCodes(),
      ...useCompiledExecution(),
      useGraphQLSSE({ endpoint: '/graphql/stream' }),
      useReadinessCheck({ endpoint: '/readyz', check: async () => { await db.ping(); } }),
    ],
  });

  // While draining, a response that finishes leaves its keep-alive connection idle: close it then, instead of
  // waiting out keepAliveTimeout (close() only closes the connections idle at the moment it is called).
  let draining = false;
  const handle = withRequestScope(yoga);
  const server = createServer((req, res) => {
    if (draining) res.setHeader('connection', 'close');
    res.once('finish', () => {
      if (draining) setImmediate(() => server.closeIdleConnections());
    });
    return handle(req, res);
  });
  return {
    yoga,
    server,
    drain: () => {
      draining = true;
    },
  };
}
