// graphql-ws on the HTTP server's /graphql path. Every operation runs through Yoga's envelop pipeline (its
// plugins, error masking and context), as in Yoga's graphql-ws example. A socket needs a valid token to
// connect (in connectionParams, or the same-origin `token` cookie of its upgrade: ./auth.ts), and is closed with
// 4403 otherwise, or when its token is revoked or expires while open; the close reason says why, in the words of
// the UNAUTHENTICATED error over HTTP (./domain/token-refusal.ts).
// The token is looked up once, at connect: the socket's operations reuse its viewer, and every AUTH_RECHECK_MS
// all open sockets are re-checked together, a few statements for all of them (TokenService.live).
// Limits (README, "WebSocket limits"): a message larger than WS_MAX_MESSAGE_BYTES closes the socket with 1009 (ws
// checks the frame's declared length before reading it); more than WS_MAX_SUBSCRIPTIONS_PER_SOCKET operations open
// on one socket get an error for the extra one; more than WS_MAX_CONNECTIONS_PER_CUSTOMER sockets of one customer
// on this instance close the extra one with 4429 at connection_init.
import type { Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import { getOperationAST, GraphQLError, Kind, type ExecutionResult, type GraphQLFormattedError, type OperationDefinitionNode } from 'graphql';
import { WebSocketServer, type WebSocket } from 'ws';
import { useServer, type Extra } from 'graphql-ws/use/ws';
import type { Context as WsContext, SubscribePayload } from 'graphql-ws';
import { tokenFromConnectionParams, tokenFromUpgradeCookie } from './auth.ts';
import { REVOKED, tokenRefusalMessage } from './domain/token-refusal.ts';
import type { Yoga } from './http.ts';
import type { Services } from './services.ts';
import { SharedSubscriptions } from './shared-subscriptions.ts';
import { CustomerSockets, expired, expiry, recheckSockets, refuse, TOO_MANY_CONNECTIONS, type SocketAuth } from './ws-auth.ts';

export { TOO_MANY_CONNECTIONS } from './ws-auth.ts';

export interface GraphqlWs {
  /** Asks every socket to close (1001), and stops accepting new ones. */
  close(): void;
  /** Drops the sockets still open. */
  terminate(): void;
  /** Accepted sockets open now, and the subscriptions running on them (metrics; queries in flight not counted). */
  stats(): { connections: number; subscriptions: number };
}

/** A graphql-ws operation's span (src/tracing.ts, tracing on only). */
type OperationSpan = ReturnType<NonNullable<Services['tracing']>['startOperation']>;

/**
 * An error as sent, without extensions.http: the HTTP status and headers of a refusal (a 429's Retry-After),
 * which Yoga reads and leaves out over HTTP, and which a graphql-ws message would otherwise carry.
 */
function withoutHttp(error: GraphQLError | GraphQLFormattedError): GraphQLFormattedError {
  const formatted = error instanceof GraphQLError ? error.toJSON() : error;
  if (!formatted.extensions || !('http' in formatted.extensions)) return formatted;
  const { http: _http, ...extensions } = formatted.extensions;
  return { ...formatted, extensions };
}

/**
 * Whether the operation's root field is given a `since` (a literal, or a variable with a value): a replay. A root
 * field behind a fragment counts as one too, to be safe.
 */
function asksReplay(operation: OperationDefinitionNode, variables: Record<string, unknown> | null | undefined): boolean {
  return operation.selectionSet.selections.some((selection) => {
    if (selection.kind !== Kind.FIELD) return true;
    const since = selection.arguments?.find((a) => a.name.value === 'since');
    if (!since || since.value.kind === Kind.NULL) return false;
    return since.value.kind === Kind.VARIABLE ? variables?.[since.value.name.value] != null : true;
  });
}

const hasHttp = (errors: readonly (GraphQLError | GraphQLFormattedError)[] | undefined) => errors?.some((e) => e.extensions && 'http' in e.extensions);

export function attachGraphqlWs(server: Server, yoga: Yoga, services: Services): GraphqlWs {
  const { tokens } = services.auth;
  const {
    WS_MAX_MESSAGE_BYTES, WS_MAX_SUBSCRIPTIONS_PER_SOCKET, WS_MAX_CONNECTIONS_PER_CUSTOMER, WS_CONNECTION_INIT_TIMEOUT_MS, WS_KEEPALIVE_MS, SUBSCRIBER_MAX_PENDING_EVENTS,
  } = services.config;
  const wss = new WebSocketServer({ server, path: yoga.graphqlEndpoint, maxPayload: WS_MAX_MESSAGE_BYTES });
  /** Each open, accepted socket and who it is. */
  const sockets = new Map<WebSocket, SocketAuth>();
  const shared = new SharedSubscriptions(SUBSCRIBER_MAX_PENDING_EVENTS);
  const customerSockets = new CustomerSockets(WS_MAX_CONNECTIONS_PER_CUSTOMER);
  /** The sharing key of each subscription's arguments (set in onSubscribe, read by subscribe). */
  const shareKeys = new WeakMap<object, string>();
  /** graphql-ws's context of each accepted socket: its `subscriptions` hold each operation's stream once it runs. */
  const contexts = new Set<{ subscriptions: Record<string, unknown> }>();
  const { tracing } = services;
  /** The span of each operation's execution arguments (set in onSubscribe, read by execute and subscribe). */
  const spanOfArgs = new WeakMap<object, OperationSpan>();
  const inSpan = <T,>(args: object, run: () => T): T => {
    const span = spanOfArgs.get(args);
    return span ? span.run(run) : run();
  };
  /** When each socket's latest message arrived: an operation's time starts at its subscribe message. */
  const arrivals = new WeakMap<WebSocket, number>();
  // Added before useServer's own listener, so each message is stamped first (graphql-ws then handles it
  // synchronously up to onSubscribe): the JSON parse of a 5 MB message counts in its operation's time.
  wss.on('connection', (socket) => socket.on('message', () => arrivals.set(socket, performance.now())));
  /**
   * Each socket's running operations by id, from their subscribe message until they end: the request id and start of
   * their `operation` log line, and their span (tracing on).
   */
  const running = new WeakMap<object, Map<string, { requestId: string; at: number; span?: OperationSpan }>>();
  const begin = (ctx: WsContext<Record<string, unknown> | undefined, Extra>, id: string, operationName: string | undefined) => {
    let operations = running.get(ctx);
    if (!operations) running.set(ctx, (operations = new Map()));
    const requestId = `${sockets.get(ctx.extra.socket)?.id ?? 'closed'}:${id}`;
    const operation = { requestId, at: arrivals.get(ctx.extra.socket) ?? performance.now(), span: tracing?.startOperation(requestId, operationName) };
    operations.set(id, operation);
    return operation;
  };
  /** One line as each operation ends (answered, refused or completed), as HTTP's `request` line is for each request. */
  const end = (ctx: object, id: string, error?: GraphQLError) => {
    const operation = running.get(ctx)?.get(id);
    if (!operation) return;
    running.get(ctx)!.delete(id);
    operation.span?.end(error);
    const code = error?.extensions?.code;
    services.logger.info({ requestId: operation.requestId, ms: Math.round(performance.now() - operation.at), ...(code ? { code } : {}) }, 'operation');
  };
  /** A subscription's stream: shared by the subscribers of the same operation, customer and role. */
  const subscribe = (args: any) => {
    const key = shareKeys.get(args);
    return key ? shared.subscribe(key, () => args.rootValue.subscribe(args)) : args.rootValue.subscribe(args);
  };

  useServer(
    {
      connectionInitWaitTimeout: WS_CONNECTION_INIT_TIMEOUT_MS,
      onConnect: async (ctx) => {
        const token = tokenFromConnectionParams(ctx.connectionParams) ?? tokenFromUpgradeCookie(ctx.extra.request);
        const checked = token ? await tokens.check(token) : ({ refused: 'missing' } as const);
        // Closed while its token was looked up: onClose has run already, so nothing may be counted for it now.
        if (ctx.extra.socket.readyState !== ctx.extra.socket.OPEN) return false;
        if (!('viewer' in checked)) {
          // Closed here with its reason; graphql-ws's own 4403 'Forbidden' for `false` then finds it closing.
          refuse(ctx.extra.socket, checked);
          return false;
        }
        const { viewer } = checked;
        if (!customerSockets.acquire(ctx.extra.socket, viewer.customerId)) {
          // Closed here with its own code; graphql-ws's 4403 for `false` then finds the socket already closing.
          ctx.extra.socket.close(TOO_MANY_CONNECTIONS, `Too many connections: at most ${WS_MAX_CONNECTIONS_PER_CUSTOMER} per customer`);
          return false;
        }
        sockets.set(ctx.extra.socket, { viewer, id: randomUUID() });
        contexts.add(ctx);
        return true;
      },
      onClose: (ctx) => {
        contexts.delete(ctx);
        sockets.delete(ctx.extra.socket);
        customerSockets.release(ctx.extra.socket);
      },
      // Every result passes here, each event of every subscriber: only one with an error is looked at further.
      onNext: (_ctx, _id, _payload, _args, result: ExecutionResult) => (hasHttp(result.errors) ? { ...result, errors: result.errors!.map(withoutHttp) } : undefined),
      onError: (ctx, id, _payload, errors) => {
        end(ctx, id, errors[0]);
        return hasHttp(errors) ? errors.map(withoutHttp) : undefined;
      },
      onComplete: (ctx, id) => end(ctx, id),
      // With tracing off these are exactly the untraced calls: no lookup of a span per operation.
      execute: tracing ? (args: any) => inSpan(args, () => args.rootValue.execute(args)) : (args: any) => args.rootValue.execute(args),
      subscribe: tracing ? (args: any) => inSpan(args, () => subscribe(args)) : (args: any) => subscribe(args),
      onSubscribe: async (ctx, id, params) => {
        const { span } = begin(ctx, id, params.operationName ?? undefined);
        if (!span) return prepare(ctx, id, params);
        const prepared = await span.run(() => prepare(ctx, id, params));
        if (Array.isArray(prepared)) end(ctx, id, prepared[0]);
        else spanOfArgs.set(prepared, span);
        return prepared;
      },
    },
    wss,
    WS_KEEPALIVE_MS,
  );

  /** An operation's execution arguments, or the errors that answer it instead (graphql-ws's onSubscribe). */
  async function prepare(ctx: WsContext<Record<string, unknown> | undefined, Extra>, id: string, params: SubscribePayload) {
    // graphql-ws registers each operation's id before this hook, synchronously as its message arrives: the
    // count includes this one and every operation still open (a query until it answers).
    if (Object.keys(ctx.subscriptions).length > WS_MAX_SUBSCRIPTIONS_PER_SOCKET) {
      return [new GraphQLError(`Too many operations on this socket: at most ${WS_MAX_SUBSCRIPTIONS_PER_SOCKET} at once; complete one first, or open another socket.`, {
        extensions: { code: 'TOO_MANY_SUBSCRIPTIONS', limit: WS_MAX_SUBSCRIPTIONS_PER_SOCKET },
      })];
    }
    const auth = sockets.get(ctx.extra.socket);
    if (!auth || expired(auth.viewer)) {
      // Expired since the last re-check: closed now rather than at the next one.
      const refusal = auth ? expiry(auth.viewer) : REVOKED;
      sockets.delete(ctx.extra.socket);
      refuse(ctx.extra.socket, refusal);
      return [new GraphQLError(tokenRefusalMessage(refusal), { extensions: { code: 'UNAUTHENTICATED' } })];
    }
    const { viewer } = auth;
    const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({
      ...ctx,
      req: ctx.extra.request,
      socket: ctx.extra.socket,
      params,
      socketViewer: viewer,
      operationRequestId: `${auth.id}:${id}`,
    });
    // A syntax error answers this operation with an error message; thrown, it would close the whole socket (4500).
    // Over HTTP Yoga gives it the code GRAPHQL_PARSE_FAILED; a limit (./graphql/request-limits.ts) has its own.
    let document: ReturnType<typeof parse>;
    try {
      document = parse(params.query);
    } catch (err) {
      const error = err instanceof GraphQLError ? err : new GraphQLError('The query could not be parsed.');
      (error.extensions as Record<string, unknown>).code ??= 'GRAPHQL_PARSE_FAILED';
      return [error];
    }
    const args = {
      schema,
      operationName: params.operationName,
      document,
      variableValues: params.variables,
      contextValue: await contextFactory(),
      rootValue: { execute, subscribe },
    };
    const errors = validate(args.schema, args.document);
    if (errors.length) return errors;
    // As Yoga answers over HTTP (graphql-js's own error for it has no code).
    const operation = getOperationAST(document, params.operationName);
    if (!operation) {
      return [new GraphQLError('Could not determine what operation to execute.', { extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } })];
    }
    // Results can differ only by customer, role and the operation itself (./shared-subscriptions.ts). A replay
    // (`since`) is each subscriber's own history: one that joined a running stream would miss what it replayed.
    if (!asksReplay(operation, params.variables)) {
      shareKeys.set(args, JSON.stringify([viewer.customerId, viewer.role, params.operationName ?? null, params.query, params.variables ?? null]));
    }
    return args;
  }

  // Tokens revoked (access key deleted, user or the key's maker deleted) or expired while a socket is open close it with 4403.
  let rechecking = false;
  const recheck = setInterval(() => {
    if (rechecking || sockets.size === 0) return;
    rechecking = true;
    recheckSockets(sockets, services)
      .catch((err) => services.logger.warn({ err }, 'token re-check failed'))
      .finally(() => (rechecking = false));
  }, services.config.AUTH_RECHECK_MS);
  recheck.unref();

  return {
    close: () => {
      clearInterval(recheck);
      for (const socket of wss.clients) socket.close(1001, 'server shutting down');
      wss.close();
    },
    terminate: () => {
      for (const socket of wss.clients) socket.terminate();
    },
    stats: () => {
      // An operation's entry is null until its result is a stream, and a query's entry goes when it answers.
      let subscriptions = 0;
      for (const ctx of contexts) for (const id in ctx.subscriptions) if (ctx.subscriptions[id] !== null) subscriptions++;
      return { connections: contexts.size, subscriptions };
    },
  };
}
