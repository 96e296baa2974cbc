// Queries and mutations run compiled by graphql-jit: a page of hundreds of objects resolves in about half the
// CPU of graphql-js. Two things graphql-js does that a compiled operation must still do:
// - run the operation the request names: a document of several operations compiles once per operation name.
//   (@envelop/graphql-jit caches one compiled query per document, whatever the name: a request for operation B of
//   a document first run as A ran A; test/compiled-execution.test.ts.) Hence this plugin, written by hand.
// - coerce variables by graphql-js's rules: graphql-jit's own leave out @oneOf input objects (exactly one member)
//   and the default values of input object fields. So graphql-js coerces them, with its own errors
//   (BAD_USER_INPUT, ./input-errors.ts), and the compiled operation runs on the coerced values.
// Subscriptions stay on graphql-js (graphql-jit's subscribe did not pass a subscription field its arguments), and
// so does an operation graphql-jit cannot compile.
import { getOperationAST, getVariableValues, type DocumentNode, type ExecutionArgs } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

type Coerced = { variables: Record<string, unknown> } | { errors: NonNullable<ReturnType<typeof getVariableValues>['errors']> };

function coerce(args: ExecutionArgs): Coerced {
  const operation = getOperationAST(args.document, args.operationName);
  const definitions = operation?.variableDefinitions ?? [];
  if (definitions.length === 0) return { variables: {} };
  const result = getVariableValues(args.schema, definitions, (args.variableValues ?? {}) as Record<string, unknown>, {
    hideSuggestions: args.hideSuggestions ?? false, // production (./request-limits.ts)
  });
  return result.errors ? { errors: result.errors } : { variables: result.coerced };
}

export function useCompiledExecution(): Plugin {
  // Per parsed document (Yoga's parser cache bounds how many live), per operation name; null: not compilable.
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | null>>();
  const compiledFor = (args: ExecutionArgs): CompiledQuery | null => {
    let byName = compiled.get(args.document);
    if (!byName) compiled.set(args.document, (byName = new Map()));
    const name = args.operationName ?? '';
    let entry = byName.get(name);
    if (entry === undefined) {
      const operation = getOperationAST(args.document, args.operationName);
      const result = operation && operation.operation !== 'subscription' ? compileQuery(args.schema, args.document, args.operationName ?? undefined) : null;
      entry = result && isCompiledQuery(result) ? result : null;
      byName.set(name, entry);
    }
    return entry;
  };
  return {
    onExecute({ args, setExecuteFn, setResultAndStopExecution }) {
      const query = compiledFor(args);
      if (!query) return;
      const coerced = coerce(args);
      if ('errors' in coerced) return setResultAndStopExecution({ errors: coerced.errors });
      setExecuteFn((a) => query.query(a.rootValue, a.contextValue, coerced.variables) as ReturnType<typeof query.query>);
    },
  };
}
