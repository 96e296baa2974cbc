// GraphQL over HTTP and SSE at /graphql (and graphql-sse's single-connection mode at /graphql/stream), GraphiQL
// that works offline, /healthz and /readyz: Yoga, with its plugins, behind a node:http server.
import { createServer, type Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import { createYoga, useReadinessCheck, type GraphiQLOptions, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import { useGraphQLSSE } from '@graphql-yoga/plugin-graphql-sse';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { parseCookie } from 'cookie';
import { GraphQLError } from 'graphql';
import { redactUrl, type Logger } from './logger.ts';
import { tokenFromRequest } from './auth.ts';
import type { Viewer } from './domain/viewer.ts';
import { schema } from './graphql/schema.ts';
import { useInputErrorCodes } from './graphql/input-errors.ts';
import { asDatabaseUnavailable, useDatabaseUnavailable } from './database-unavailable.ts';
import { useCompiledExecution } from './graphql/compiled-execution.ts';
import { useRequestLimits } from './graphql/request-limits.ts';
import { maskError } from './graphql/error-codes.ts';
import { createContext, type Context } from './context.ts';
import { markError, requestIdOfError, withRequestScope, type RequestServerContext } from './request-scope.ts';
import type { Services } from './services.ts';

export type Yoga = YogaServerInstance<RequestServerContext, Context>;

export interface Http {
  yoga: Yoga;
  server: Server;
  /** From now on every response closes its connection, and keep-alive connections close as they go idle. */
  drain(): void;
}

const DEFAULT_QUERY = '{\n  outplans(first: 10) {\n    totalCount\n    nodes { id name dialTimeout tryInterval maxTryCounts }\n  }\n}\n';

/**
 * GraphiQL's page, every asset inlined so it works offline (~9 MB): its module is imported on the first GET of
 * the page, not at start (importing it held ~75 MiB of RSS in a process that may never serve it), and the page
 * is rendered once (its options are the same for every request) and then served from memory.
 */
let graphiqlPage: Promise<string> | undefined;
function renderGraphiQLOnce(options: GraphiQLOptions): Promise<string> {
  graphiqlPage ??= import('@graphql-yoga/render-graphiql').then(
    (module) => module.renderGraphiQL(options),
    (err: unknown) => {
      graphiqlPage = undefined; // a failed import is tried again on the next request
      throw err;
    },
  );
  return graphiqlPage;
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
  const { config, logger, db } = services;
  const yoga: Yoga = createYoga<RequestServerContext, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    maxRequestBodySize: config.MAX_REQUEST_BYTES,
    healthCheckEndpoint: '/healthz',
    landingPage: false,
    graphiql: { title: 'dialgraph', subscriptionsProtocol: 'WS', defaultQuery: DEFAULT_QUERY },
    renderGraphiQL: renderGraphiQLOnce,
    maskedErrors: { isDev: config.NODE_ENV === 'development', maskError },
    logging: yogaLogging(logger),
    context: async (initial) => {
      // HTTP requests carry `request` and their scope; graphql-ws operations carry the socket's viewer (./ws.ts).
      const { request, socketViewer, req, requestScope } = initial as typeof initial & Partial<RequestServerContext> & {
        socketViewer?: Viewer;
        req?: { socket?: { remoteAddress?: string } };
      };
      const requestId = requestScope?.id ?? randomUUID();
      try {
        return await createContext(services, {
          token: request ? tokenFromRequest(request) : null,
          viewer: socketViewer,
          clientIp: req?.socket?.remoteAddress ?? 'unknown',
          requestId,
        });
      } catch (err) {
        markError(err, requestId); // the token lookup failed (the database is gone): logged with its request
        throw asDatabaseUnavailable(err);
      }
    },
    plugins: [
      ...plugins,
      useRequestLogging(logger),
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
  const handle = withRequestScope((req, res, context) => yoga.handle(req, res, context));
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
