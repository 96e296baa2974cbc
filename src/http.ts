// GraphQL over HTTP and SSE at /graphql (and graphql-sse's single-connection mode at /graphql/stream), GraphiQL
// that works offline (./graphiql-page.ts), /healthz and /readyz: Yoga, with its plugins, behind a node:http server.
import { createServer, type Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import { createYoga, useReadinessCheck, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import { useGraphQLSSE } from '@graphql-yoga/plugin-graphql-sse';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { parseCookie } from 'cookie';
import { GraphQLError } from 'graphql';
import { redactUrl, type Logger } from './logger.ts';
import { tokenFromRequest } from './auth.ts';
import { GRAPHIQL_OPTIONS, renderGraphiQLOnce } from './graphiql-page.ts';
import type { Viewer } from './domain/viewer.ts';
import type { CostCharge } from './domain/cost-budget.ts';
import { schema } from './graphql/schema.ts';
import { useInputErrorCodes } from './graphql/input-errors.ts';
import { asDatabaseUnavailable, useDatabaseUnavailable } from './database-unavailable.ts';
import { useCompiledExecution } from './graphql/compiled-execution.ts';
import { useRequestLimits } from './graphql/request-limits.ts';
import { maskError } from './graphql/error-codes.ts';
import { createContext, type Context } from './context.ts';
import { markError, requestIdOfError, withRequestScope, type RequestScope, type RequestServerContext } from './request-scope.ts';
import type { Services } from './services.ts';
import { createDashboardRoutes } from './dashboard.ts';
import { createExportRoutes } from './http-export.ts';

export type Yoga = YogaServerInstance<RequestServerContext, Context>;

export interface Http {
  yoga: Yoga;
  server: Server;
  /** From now on every response closes its connection, and keep-alive connections close as they go idle. */
  drain(): void;
}

/** Yoga's CSRF prevention, for requests that carry the `token` cookie: only cookies ride along on a forged request. */
function useCookieCsrfPrevention(): Plugin {
  const csrf = useCSRFPrevention();
  return {
    onRequestParse(payload) {
      const cookie = payload.request.headers.get('cookie');
      // Parsed the way tokenFromRequest reads it, so every cookie that authenticates is checked.
      if (!cookie || parseCookie(cookie).token === undefined) return;
      try {
        return csrf.onRequestParse?.(payload);
      } catch (err) {
        // The plugin's 403 has no code (and a terse message).
        if (err instanceof GraphQLError) {
          err.message = 'Required CSRF header(s) not present: a request authenticated by the token cookie must send content-type: application/json or an x-graphql-yoga-csrf header.';
          Object.assign(err.extensions, { code: 'BAD_REQUEST' });
        }
        throw err;
      }
    },
  };
}

function useRequestLogging(logger: Logger): Plugin<object, RequestServerContext> {
  return {
    onResponse({ request, response, serverContext }) {
      const scope = serverContext.requestScope;
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

/**
 * The rate limit's headers (IETF draft RateLimit header fields, as GitHub and Shopify send theirs) on the response
 * of a request whose operation was charged (src/graphql/request-limits.ts): the budget of a window, what is left
 * of it, and the seconds until it is full again. A refusal's 429 and Retry-After come with its error.
 */
function useRateLimitHeaders(charges: WeakMap<RequestScope, CostCharge>): Plugin<object, RequestServerContext> {
  return {
    onResponse({ response, serverContext }) {
      const charge = serverContext.requestScope && charges.get(serverContext.requestScope);
      if (!charge) return;
      response.headers.set('RateLimit-Limit', String(charge.limit));
      response.headers.set('RateLimit-Remaining', String(charge.remaining));
      response.headers.set('RateLimit-Reset', String(charge.resetSeconds));
    },
  };
}

/** Yoga's own log lines; an unexpected error (logged here, unmasked) with the request it happened in. */
function yogaLogging(logger: Logger) {
  return {
    debug: (...args: unknown[]) => logger.debug(args.map(String).join(' ')),
    info: (...args: unknown[]) => logger.info(args.map(String).join(' ')),
    warn: (...args: unknown[]) => logger.warn(args.map(String).join(' ')),
    error: (...args: unknown[]) => {
      const err = args.find((a) => a instanceof Error) as (Error & { originalError?: unknown }) | undefined;
      logger.error({ requestId: requestIdOfError(err), err: err?.originalError ?? err }, args.map(String).join(' '));
    },
  };
}

/** Marks every error of a result with its request, before Yoga masks (and logs) the unexpected ones. */
function useErrorRequestIds(): Plugin<{ requestId?: string }> {
  const mark = (errors: readonly unknown[] | undefined, requestId: string | undefined) => {
    if (requestId) for (const error of errors ?? []) markError(error, requestId);
  };
  return {
    onExecute: ({ args }) => ({ onExecuteDone: ({ result }) => mark('errors' in result ? result.errors : undefined, args.contextValue.requestId) }),
    onSubscribe: ({ args }) => ({
      onSubscribeResult: ({ result }) => {
        if ('errors' in result) mark(result.errors, args.contextValue.requestId);
        return { onNext: ({ result: next }) => mark(next.errors, args.contextValue.requestId) };
      },
      onSubscribeError: ({ error }) => mark([error], args.contextValue.requestId),
    }),
  };
}

/** `plugins` come before all others (./metrics.ts: GET /metrics, and the operations' metrics see every request). */
export function createHttp(services: Services, plugins: Plugin[] = []): Http {
  const { config, logger, db, tracing } = services;
  /** Each HTTP request's charge, for its response's headers. */
  const charges = new WeakMap<RequestScope, CostCharge>();
  const yoga: Yoga = createYoga<RequestServerContext, Context>({
    // With tracing on, a copy whose root fields' resolvers are traced (src/graphql-tracing.ts).
    schema: tracing ? tracing.traceSchema(schema) : schema,
    graphqlEndpoint: '/graphql',
    maxRequestBodySize: config.MAX_REQUEST_BYTES,
    healthCheckEndpoint: '/healthz',
    landingPage: false,
    graphiql: GRAPHIQL_OPTIONS,
    renderGraphiQL: renderGraphiQLOnce,
    maskedErrors: { isDev: config.NODE_ENV === 'development', maskError },
    logging: yogaLogging(logger),
    context: async (initial) => {
      // HTTP requests carry `request` and their scope; graphql-ws operations carry the socket's viewer (./ws.ts).
      const { request, socketViewer, operationRequestId, req, requestScope } = initial as typeof initial & Partial<RequestServerContext> & {
        socketViewer?: Viewer;
        /** A graphql-ws operation's request id (./ws.ts). */
        operationRequestId?: string;
        req?: { socket?: { remoteAddress?: string } };
      };
      const requestId = requestScope?.id ?? operationRequestId ?? randomUUID();
      try {
        return await createContext(services, {
          token: request ? tokenFromRequest(request) : null,
          viewer: socketViewer,
          clientIp: req?.socket?.remoteAddress ?? 'unknown',
          requestId,
          onCostCharged: requestScope ? (charge) => charges.set(requestScope, charge) : undefined,
        });
      } catch (err) {
        markError(err, requestId); // the token lookup failed (the database is gone): logged with its request
        throw asDatabaseUnavailable(err);
      }
    },
    plugins: [
      // Tracing first: its spans hold every other plugin's work (none is added with tracing off).
      ...(tracing ? [tracing.plugin] : []),
      ...plugins,
      useRequestLogging(logger),
      useRateLimitHeaders(charges),
      useErrorRequestIds(),
      useDatabaseUnavailable(),
      useCookieCsrfPrevention(),
      useInputErrorCodes(),
      // Before compiled execution: a refused operation never runs.
      ...useRequestLimits(config),
      useCompiledExecution(),
      useGraphQLSSE({ endpoint: '/graphql/stream' }),
      useReadinessCheck({ endpoint: '/readyz', check: async () => { await db.ping(); } }),
    ],
  });

  // While draining, a response that finishes leaves its keep-alive connection idle: close it then, instead of
  // waiting out keepAliveTimeout (close() only closes the connections idle at the moment it is called).
  let draining = false;
  const handle = withRequestScope(tracing
    ? (req, res, context) => tracing.traceRequest(req, res, context.requestScope.id, () => yoga.handle(req, res, context))
    : (req, res, context) => yoga.handle(req, res, context));
  const dashboard = createDashboardRoutes(); // `/` and `/dashboard/...`: static pages, before Yoga
  const exports = createExportRoutes(services); // `/export/...`: CSV downloads, before Yoga
  const server = createServer((req, res) => {
    if (draining) res.setHeader('connection', 'close');
    res.once('finish', () => {
      if (draining) setImmediate(() => server.closeIdleConnections());
    });
    if (dashboard(req, res)) return;
    if (exports(req, res)) return;
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
