// graphql-ws on the HTTP server's /graphql path. Every operation runs through Yoga's envelop pipeline (its
// plugins, error masking and context), as in Yoga's graphql-ws example. A socket needs a valid token to
// connect (4403 Forbidden otherwise), and is closed with 4403 when its token is revoked or expires while open.
import type { Server } from 'node:http';
import { GraphQLError } from 'graphql';
import { WebSocketServer, type WebSocket } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import { tokenFromConnectionParams } from './auth.ts';
import type { Yoga } from './http.ts';
import type { Services } from './services.ts';

export interface GraphqlWs {
  /** Asks every socket to close (1001), and stops accepting new ones. */
  close(): void;
  /** Drops the sockets still open. */
  terminate(): void;
}

export function attachGraphqlWs(server: Server, yoga: Yoga, services: Services): GraphqlWs {
  const { tokens } = services.auth;
  const wss = new WebSocketServer({ server, path: yoga.graphqlEndpoint });
  /** Each open socket's token, re-checked every AUTH_RECHECK_MS. */
  const liveSockets = new Map<WebSocket, string>();

  useServer(
    {
      connectionInitWaitTimeout: 10_000,
      onConnect: async (ctx) => {
        const token = tokenFromConnectionParams(ctx.connectionParams);
        const viewer = token ? await tokens.authenticate(token) : null;
        if (!token || !viewer) return false; // 4403 Forbidden
        liveSockets.set(ctx.extra.socket, token);
        return true;
      },
      onClose: (ctx) => void liveSockets.delete(ctx.extra.socket),
      execute: (args: any) => args.rootValue.execute(args),
      subscribe: (args: any) => args.rootValue.subscribe(args),
      onSubscribe: async (ctx, _id, params) => {
        const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({
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
          schema,
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
  const recheck = setInterval(() => {
    for (const [socket, token] of liveSockets) {
      void tokens.authenticate(token).then(
        (viewer) => {
          if (!viewer || (viewer.expiresAt && viewer.expiresAt <= new Date())) socket.close(4403, 'Forbidden');
        },
        (err) => services.logger.warn({ err }, 'token re-check failed'),
      );
    }
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
