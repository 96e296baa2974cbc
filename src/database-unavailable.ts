// A request whose database connection failed under it (PostgreSQL terminated it or restarted) answers with a
// GraphQL error coded DATABASE_UNAVAILABLE, which a client may retry, instead of the masked internal error.
// Reads were already retried once on a fresh connection (src/db/database.ts); what still fails here is a
// write (a transaction that did not commit is rolled back by PostgreSQL) or a read that failed twice.
import { GraphQLError, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { isConnectionFailure } from './db/connection-failure.ts';

export const DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE';

const MESSAGE = 'The connection to the database failed during this request; try again.';

export function databaseUnavailable(from?: GraphQLError): GraphQLError {
  return new GraphQLError(MESSAGE, { nodes: from?.nodes, path: from?.path, extensions: { code: DATABASE_UNAVAILABLE } });
}

/** The error a failed connection caused, as DATABASE_UNAVAILABLE; any other error unchanged. */
export function asDatabaseUnavailable(err: unknown): unknown {
  return isConnectionFailure(err) ? databaseUnavailable(err instanceof GraphQLError ? err : undefined) : err;
}

export function useDatabaseUnavailable(): Plugin {
  return {
    onExecute: () => ({
      onExecuteDone({ result, setResult }) {
        // A subscription's stream is left alone: its events are already committed.
        if (Symbol.asyncIterator in result) return;
        const { errors } = result as ExecutionResult;
        if (!errors?.some((e) => isConnectionFailure(e.originalError))) return;
        setResult({ ...result, errors: errors.map((e) => (isConnectionFailure(e.originalError) ? databaseUnavailable(e) : e)) } as ExecutionResult);
      },
    }),
  };
}
