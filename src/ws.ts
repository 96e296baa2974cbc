// graphql-ws on the HTTP server's /graphql path. Every operation runs through Yoga's envelop pipeline (its
// plugins, error masking and context), as in Yoga's graphql-ws example. A socket needs a valid token to
// connect (4403 Forbidden otherwise), and is closed with 4403 when its token is revoked or expires while open.
// The token is looked up once, at connect: the socket's operations reuse its viewer, and every AUTH_RECHECK_MS
// all open sockets are re-checked together, a few statements for all of them (TokenService.live).
import type { Server } from 'node:http';
import { getOperationAST, GraphQLError } from 'graphql';
import { WebSocketServer, type WebSocket } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import { tokenFromConnectionParams } from './auth.ts';
import type { Viewer } from './domain/viewer.ts';
import type { Yoga } from './http.ts';
import type { Services } from './services.ts';
import { SharedSubscriptions } from './shared-subscriptions.ts';

export interface GraphqlWs {
  /** Asks every socket to close (1001), and stops accepting new ones. */
  close(): void;
  /** Drops the sockets still open. */
  terminate(): void;
}

/** What a socket's operations run as; replaced when a re-check finds the user's role changed. */
interface SocketAuth {
  viewer: Viewer;
}

const expired = (viewer: Viewer, now = Date.now()) => viewer.expiresAt !== undefined && viewer.expiresAt.getTime() <= now;

/** Closes the sockets whose user or access key is gone (or whose token expired); refreshes the others' viewers. */
async function recheckSockets(sockets: Map<WebSocket, SocketAuth>, services: Services): Promise<void> {
  const open = [...sockets];
  const userIds = new Set<string>();
  const accessKeyIds = new Set<string>();
  for (const [, { viewer }] of open) {
    if (viewer.userId) userIds.add(viewer.userId);
    else if (viewer.accessKeyId) accessKeyIds.add(viewer.accessKeyId);
  }
  const live = await services.auth.tokens.live([...userIds], [...accessKeyIds]);
  const now = Date.now();
  for (const [socket, auth] of open) {
    if (sockets.get(socket) !== auth) continue; // closed meanwhile
    const { viewer } = auth;
    const user = viewer.userId ? live.users.get(viewer.userId) : undefined;
    const valid = viewer.userId ? user !== undefined : Boolean(viewer.accessKeyId && live.accessKeys.has(viewer.accessKeyId));
    if (!valid || expired(viewer, now)) {
      sockets.delete(socket);
      socket.close(4403, 'Forbidden');
    } else if (user && (user.role !== viewer.role || user.customerId !== viewer.customerId)) {
      // As over HTTP, a role change applies to the operations started from now on.
      auth.viewer = { ...viewer, role: user.role, customerId: user.customerId };
    }
  }
}

export function attachGraphqlWs(server: Server, yoga: Yoga, services: Services): GraphqlWs {
  const { tokens } = services.auth;
  const wss = new WebSocketServer({ server, path: yoga.graphqlEndpoint });
  /** Each open, accepted socket and who it is. */
  const sockets = new Map<WebSocket, SocketAuth>();
  const shared = new SharedSubscriptions();
  /** The sharing key of each subscription's arguments (set in onSubscribe, read by subscribe). */
  const shareKeys = new WeakMap<object, string>();

  useServer(
    {
      connectionInitWaitTimeout: 10_000,
      onConnect: async (ctx) => {
        const token = tokenFromConnectionParams(ctx.connectionParams);
        const viewer = token ? await tokens.authenticate(token) : null;
        if (!viewer) return false; // 4403 Forbidden
        sockets.set(ctx.extra.socket, { viewer });
        return true;
      },
      onClose: (ctx) => void sockets.delete(ctx.extra.socket),
      execute: (args: any) => args.rootValue.execute(args),
      subscribe: (args: any) => {
        const key = shareKeys.get(args);
        return key ? shared.subscribe(key, () => args.rootValue.subscribe(args)) : args.rootValue.subscribe(args);
      },
      onSubscribe: async (ctx, _id, params) => {
        const auth = sockets.get(ctx.extra.socket);
        if (!auth || expired(auth.viewer)) {
          // Expired since the last re-check: closed now rather than at the next one.
          sockets.delete(ctx.extra.socket);
          ctx.extra.socket.close(4403, 'Forbidden');
          return [new GraphQLError('the token expired or was revoked', { extensions: { code: 'UNAUTHENTICATED' } })];
        }
        const { viewer } = auth;
        const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({
          ...ctx,
          req: ctx.extra.request,
          socket: ctx.extra.socket,
          params,
          socketViewer: viewer,
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
        if (!getOperationAST(document, params.operationName)) {
          return [new GraphQLError('Could not determine what operation to execute.', { extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } })];
        }
        // Results can differ only by customer, role and the operation itself (./shared-subscriptions.ts).
        const key = JSON.stringify([viewer.customerId, viewer.role, params.operationName ?? null, params.query, params.variables ?? null]);
        shareKeys.set(args, key);
        return args;
      },
    },
    wss,
  );

  // Tokens revoked (access key deleted, user deleted) or expired while a socket is open close it with 4403.
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
  };
}
