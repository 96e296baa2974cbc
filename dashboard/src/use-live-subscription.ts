// A subscription that survives reconnects: graphql-ws reconnects by itself, but it would resubscribe with the
// variables it first had; this starts the subscription again with `since` = the updatedAt of the last event
// seen, so the server replays what happened while the socket was down (duplicates tell by their version).
// Hand-written because neither Apollo nor graphql-ws changes a subscription's variables on a reconnect.
import { createContext, useContext, useEffect, useRef, useState } from 'react';
import { CombinedGraphQLErrors, type ErrorLike, type OperationVariables, type TypedDocumentNode } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import type { Client as SocketClient } from 'graphql-ws';

/** The server's answer to a `since` older than its outbox keeps: read the rows again, then subscribe without it. */
const isSinceTooOld = (error: ErrorLike) =>
  CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'BAD_USER_INPUT' && e.extensions?.argumentName === 'since');

export const SocketContext = createContext<SocketClient | null>(null);

interface LiveOptions<TData> {
  /** Replay from here on the first subscribe too (e.g. the updatedAt of the row just queried). */
  since?: string | null;
  /** The updatedAt of an event: where a resubscription starts from. */
  updatedAtOf: (data: TData) => string | null | undefined;
  onData?: (data: TData) => void;
  skip?: boolean;
}

export function useLiveSubscription<TData, TVariables extends OperationVariables & { since?: string | null }>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: Omit<TVariables, 'since'>,
  options: LiveOptions<TData>,
): { error?: ErrorLike } {
  const client = useApolloClient();
  const socket = useContext(SocketContext);
  const [error, setError] = useState<ErrorLike>();
  const latest = useRef(options);
  latest.current = options;
  const variablesKey = JSON.stringify(variables);

  useEffect(() => {
    if (!socket || options.skip) return;
    let since = options.since ?? null;
    let subscription: { unsubscribe(): void } | undefined;
    const failed = (err: ErrorLike) => {
      if (since && isSinceTooOld(err)) {
        since = null;
        void client.refetchQueries({ include: 'active' }).catch(setError);
        return start();
      }
      setError(err);
    };
    const start = (): void => {
      subscription?.unsubscribe();
      subscription = client
        .subscribe({ query: document, variables: { ...JSON.parse(variablesKey), since } as TVariables })
        .subscribe({
          next: (result) => {
            if (result.error) return failed(result.error);
            setError(undefined);
            if (!result.data) return;
            since = latest.current.updatedAtOf(result.data as TData) ?? since;
            latest.current.onData?.(result.data as TData);
          },
          error: (err: ErrorLike) => failed(err),
        });
    };
    start();
    const stopListening = socket.on('connected', (_socket, _payload, wasRetry) => {
      if (wasRetry) start();
    });
    return () => {
      stopListening();
      subscription?.unsubscribe();
    };
    // options.since is read once: a later one must not restart a subscription that has seen newer events.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, socket, document, variablesKey, options.skip]);

  return { error };
}
