// The contract's rule: input that GraphQL itself rejects (a @oneOf with zero or two members, a wrong scalar
// or enum, a missing required field), in a literal or in a variable, is a GraphQL error with
// extensions.code BAD_USER_INPUT. graphql-js gives such errors no code (variables) or Yoga's generic
// GRAPHQL_VALIDATION_FAILED (literals); this plugin tags them by the messages graphql-js uses for them.
// plugin-prisma's cursor errors too, which also echo the cursor back ("Invalid cursor: <what was sent>").
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** ValuesOfCorrectTypeRule (literals) and variable coercion (graphql-js execution/values.js). */
const INPUT_ERROR =
  /^(Expected value of type|Expected type|OneOf Input Object|Field "[^"]+" of required type|Field "[^"]+" is not defined by type|Variable "\$[^"]+" (got invalid value|of required type|of non-null type)|[A-Za-z]+ cannot represent)/;

/** plugin-prisma's parsePrismaCursor, thrown while a connection's page is read (so the result may have data). */
const CURSOR_ERROR = /^(Invalid cursor|Cursor must be a string)/;
const CURSOR_MESSAGE = 'Invalid cursor: pass a cursor this connection returned (edges.cursor or pageInfo).';

function tag(errors: readonly (Error | GraphQLError)[] | undefined): void {
  for (const error of errors ?? []) {
    if (INPUT_ERROR.test(error.message) && 'extensions' in error) (error.extensions as Record<string, unknown>).code = 'BAD_USER_INPUT';
  }
}

/** The errors with each cursor error replaced (graphql-jit's errors have a read-only message). */
function withCursorErrorsCoded(errors: readonly GraphQLError[]): GraphQLError[] | undefined {
  if (!errors.some((e) => CURSOR_ERROR.test(e.message))) return undefined;
  return errors.map((e) =>
    CURSOR_ERROR.test(e.message) ? new GraphQLError(CURSOR_MESSAGE, { path: e.path, extensions: { code: 'BAD_USER_INPUT' } }) : e,
  );
}

export function useInputErrorCodes(): Plugin {
  return {
    onValidate: () => ({ valid, result }) => {
      if (!valid) tag(result);
    },
    onExecute: () => ({
      onExecuteDone: ({ result, setResult }) => {
        if (!('errors' in result) || !result.errors) return;
        if (!result.data) tag(result.errors);
        const errors = withCursorErrorsCoded(result.errors);
        if (errors) setResult({ ...result, errors });
      },
    }),
    onSubscribe: () => ({
      onSubscribeResult: ({ result }) => {
        if ('errors' in result && !('data' in result && result.data)) tag(result.errors);
      },
    }),
  };
}
