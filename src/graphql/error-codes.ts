// The one list of `extensions.code` a client can get on a GraphQL error (README "Error codes" says the same),
// and Yoga's error masking, which keeps every error to a code and a message. test/error-codes.test.ts sends
// each kind of bad request and checks that every error it gets has a code of this list.
// (A mutation's expected failures are not errors but its payload's userErrors, with their own UserErrorCode.)
import { maskError as yogaMaskError, type MaskError } from 'graphql-yoga';
import { GraphQLError } from 'graphql';

export const ERROR_CODES = {
  // The caller
  UNAUTHENTICATED: 'no valid token where one is needed, the message saying whether it is missing, expired (when) or not valid (also introspection by an anonymous caller with INTROSPECTION=signed-in)',
  FORBIDDEN: "the caller's role does not allow the operation (also any introspection with INTROSPECTION=off)",
  RATE_LIMITED: "over a budget: too many failed logins for this username or client address, or the operation costs more than is left of its customer's (or anonymous client address's) cost budget this window (RATE_LIMIT_COST; HTTP 429 with Retry-After; nothing ran); extensions.retryAfterSeconds says when to retry",
  // The values
  BAD_USER_INPUT: 'an argument or variable GraphQL or the API refuses: wrong type, a page size outside 1..100, more than 100 ids, an invalid cursor, a global id of another type where a typed id is expected',
  NOT_FOUND: "an export's outdial or campaign does not exist or is another customer's (HTTP 404; GraphQL lookups answer null instead)",
  // The request's size (refused before it runs)
  QUERY_TOO_COMPLEX: 'the query text or its shape is over a limit: characters, tokens, depth, aliases, directives, fields, __schema/__type fields (extensions.limit, extensions.max)',
  COST_LIMIT_EXCEEDED: 'the operation costs more than MAX_QUERY_COST (extensions.cost, extensions.limit): smaller pages or fewer nested lists',
  // The document
  GRAPHQL_PARSE_FAILED: 'the query is not valid GraphQL syntax',
  GRAPHQL_VALIDATION_FAILED: 'the document does not fit the schema (an unknown field, a missing argument, ...)',
  OPERATION_RESOLUTION_FAILURE: 'the document has no operation of the name asked for (or several and no operationName)',
  // The HTTP request
  BAD_REQUEST: 'not a GraphQL request: a body that is not JSON, no query, a mutation over GET, a cookie-authenticated request without a CSRF-safe header',
  REQUEST_ENTITY_TOO_LARGE: 'the request body is over the size limit',
  // graphql-ws (an error message for that operation; the socket stays open)
  TOO_MANY_SUBSCRIPTIONS: 'the socket already has WS_MAX_SUBSCRIPTIONS_PER_SOCKET operations open (extensions.limit)',
  // The server
  DATABASE_UNAVAILABLE: 'the database connection failed during the request (a read was already retried once); nothing of a failed mutation was committed unless its connection broke during the commit itself: retry',
  INTERNAL_SERVER_ERROR: 'an unexpected error (logged with the request id; its details are masked)',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/**
 * Yoga's masking (unexpected errors become INTERNAL_SERVER_ERROR), and for the errors it lets through: Yoga's
 * own invalid-JSON error carries the JSON parser's error as extensions.originalError, which tells the client
 * about the server's internals and nothing the message does not. It stays readable, not enumerable: Yoga's
 * response reads it to answer such a request 400 (application/json too), and serializes only what enumerates.
 */
export const maskError: MaskError = (error, message, isDev) => {
  const masked = yogaMaskError(error, message, isDev);
  if (masked === error && masked instanceof GraphQLError && Object.hasOwn(masked.extensions, 'originalError')) {
    Object.defineProperty(masked.extensions, 'originalError', { enumerable: false });
  }
  if (masked instanceof GraphQLError && masked.message.length > MAX_ERROR_MESSAGE) masked.message = shortened(masked.message);
  return masked;
};

/** Longer, an error message quotes a value whole: graphql-js's variable errors do ("got invalid value ..."). */
const MAX_ERROR_MESSAGE = 1_000;

/**
 * A message with each quoted run of 100+ non-space characters cut to its start, so a 100 KB string sent for a
 * LocalDate is not sent back twice (graphql-js's prefix and the scalar's reason each quote it); what it says
 * around the value (the variable's path, the reason) stays. Still too long: its start and end.
 */
function shortened(message: string): string {
  const cut = message.replace(/\S{100,}/g, (run) => `${run.slice(0, 40)}…(${run.length.toLocaleString('en-US')} characters)`);
  return cut.length <= MAX_ERROR_MESSAGE ? cut : `${cut.slice(0, 600)} … ${cut.slice(-300)}`;
}
