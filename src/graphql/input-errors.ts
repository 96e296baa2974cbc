// The contract's rule: input that GraphQL itself rejects (a @oneOf with zero or two members, a wrong scalar
// or enum, a missing required field), in a literal or in a variable, is a GraphQL error with
// extensions.code BAD_USER_INPUT. graphql-js gives such errors no code (variables) or Yoga's generic
// GRAPHQL_VALIDATION_FAILED (literals); this plugin tags them by the messages graphql-js uses for them.
import type { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** ValuesOfCorrectTypeRule (literals) and variable coercion (graphql-js execution/values.js). */
const INPUT_ERROR =
  /^(Expected value of type|Expected type|OneOf Input Object|Field "[^"]+" of required type|Field "[^"]+" is not defined by type|Variable "\$[^"]+" (got invalid value|of required type|of non-null type)|[A-Za-z]+ cannot represent)/;

function tag(errors: readonly (Error | GraphQLError)[] | undefined): void {
  for (const error of errors ?? []) {
    if (INPUT_ERROR.test(error.message) && 'extensions' in error) (error.extensions as Record<string, unknown>).code = 'BAD_USER_INPUT';
  }
}

export function useInputErrorCodes(): Plugin {
  return {
    onValidate: () => ({ valid, result }) => {
      if (!valid) tag(result);
    },
    onExecute: () => ({
      onExecuteDone: ({ result }) => {
        if ('errors' in result && !('data' in result && result.data)) tag(result.errors);
      },
    }),
    onSubscribe: () => ({
      onSubscribeResult: ({ result }) => {
        if ('errors' in result && !('data' in result && result.data)) tag(result.errors);
      },
    }),
  };
}
