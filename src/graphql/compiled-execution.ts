// Queries and mutations run compiled by graphql-jit (@envelop/graphql-jit): a page of hundreds of objects
// resolves in about half the CPU of graphql-js. graphql-jit coerces variables by its own rules, which leave out
// two of graphql-js's: @oneOf input objects (exactly one member) and the default values of input object fields.
// So variables are coerced by graphql-js first, with its own errors (BAD_USER_INPUT, ./input-errors.ts), and
// the compiled operation runs on the coerced values. Subscriptions stay on graphql-js: graphql-jit's subscribe
// did not pass a subscription field its arguments (test/campaign-subscriptions.test.ts saw every campaign's events).
import { getOperationAST, getVariableValues, type ExecutionArgs } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { useGraphQlJit } from '@envelop/graphql-jit';

type Coerced = { variables: Record<string, unknown> } | { errors: NonNullable<ReturnType<typeof getVariableValues>['errors']> };

function coerce(args: ExecutionArgs): Coerced {
  const operation = getOperationAST(args.document, args.operationName);
  const definitions = operation?.variableDefinitions ?? [];
  if (definitions.length === 0) return { variables: {} };
  const result = getVariableValues(args.schema, definitions, (args.variableValues ?? {}) as Record<string, unknown>);
  return result.errors ? { errors: result.errors } : { variables: result.coerced };
}

/** Coerces variables with graphql-js before the compiled operation runs; must come after useGraphQlJit. */
function useGraphqlJsVariables(): Plugin {
  return {
    onExecute({ args, executeFn, setExecuteFn, setResultAndStopExecution }) {
      const coerced = coerce(args);
      if ('errors' in coerced) return setResultAndStopExecution({ errors: coerced.errors });
      setExecuteFn((a) => executeFn({ ...a, variableValues: coerced.variables }));
    },
  };
}

const notSubscription = (args: ExecutionArgs) => getOperationAST(args.document, args.operationName)?.operation !== 'subscription';

export function useCompiledExecution(): Plugin[] {
  return [useGraphQlJit({}, { enableIf: notSubscription }) as Plugin, useGraphqlJsVariables()];
}
