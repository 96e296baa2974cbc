// One Apollo Client per token: queries and mutations over HTTP, subscriptions over graphql-ws, on the page's
// own origin (/graphql), so the dashboard works wherever the server is.
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition, relayStylePagination } from '@apollo/client/utilities';
import { createClient, type Client as SocketClient } from 'graphql-ws';
import introspection from './generated/possible-types.ts';

/** What the live connection is doing, shown in the header. */
export type SocketState =
  | { kind: 'idle' }
  | { kind: 'connecting'; retry: boolean }
  | { kind: 'connected' }
  | { kind: 'closed'; code: number; reason: string; retrying: boolean };

export interface Connection {
  client: ApolloClient;
  /** null when signed out (nothing to subscribe to). */
  socket: SocketClient | null;
  dispose(): void;
}

/** Close codes after which reconnecting cannot help: the token was refused (4403), too many sockets (4429). */
const FINAL_CLOSE_CODES = [4403, 4429];

export function createConnection(token: string | null, onSocketState: (state: SocketState) => void): Connection {
  const httpUrl = new URL('/graphql', location.href).href;
  const http = new HttpLink({ uri: httpUrl, headers: token ? { authorization: `Bearer ${token}` } : {} });
  const socket = token
    ? createClient({
        url: httpUrl.replace(/^http/, 'ws'),
        connectionParams: { token },
        // graphql-ws reconnects with a random exponential back-off; hooks/use-live-subscription.ts resubscribes
        // from the last event seen once it is back.
        retryAttempts: Infinity,
        shouldRetry: (closed) => !FINAL_CLOSE_CODES.includes((closed as CloseEvent).code),
        on: {
          connecting: (retry) => onSocketState({ kind: 'connecting', retry }),
          connected: () => onSocketState({ kind: 'connected' }),
          closed: (event) => {
            const { code, reason } = event as CloseEvent;
            onSocketState({ kind: 'closed', code, reason, retrying: !FINAL_CLOSE_CODES.includes(code) });
          },
        },
      })
    : null;
  const link = socket
    ? ApolloLink.split(
        ({ query }) => {
          const definition = getMainDefinition(query);
          return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
        },
        new GraphQLWsLink(socket),
        http,
      )
    : http;
  const client = new ApolloClient({
    link,
    cache: new InMemoryCache({
      possibleTypes: introspection.possibleTypes,
      typePolicies: {
        Query: { fields: { campaigns: relayStylePagination(['filter', 'includeDeleted']) } },
        // Progress has no id: a newer one replaces the older (merging keeps no stale counter either way).
        CampaignProgress: { merge: true },
      },
    }),
  });
  return {
    client,
    socket,
    dispose: () => {
      client.stop();
      void socket?.dispose();
    },
  };
}
