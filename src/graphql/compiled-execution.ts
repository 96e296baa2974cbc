// Queries and mutations run compiled by graphql-jit: a page of hundreds of objects resolves in about half the
// CPU of graphql-js. Two things graphql-js does that a compiled operation must still do:
// - run the operation the request names: a document of several operations compiles once per operation name.
//   (@envelop/graphql-jit caches one compiled query per document, whatever the name: a request for operation B of
//   a document first run as A ran A; test/compiled-execution.test.ts.) Hence this plugin, written by hand.
// - coerce variables by graphql-js's rules: graphql-jit's own leave out @oneOf input objects (exactly one member)
//   and the default values of input object fields. So where a variable's type reaches either, graphql-js coerces
//   the variables and the compiled operation runs on the coerced values. Elsewhere graphql-jit's compiled
//   coercion decides (a 10,000-target import spent a fifth of its CPU in graphql-js's), and when it refuses the
//   variables graphql-js coerces them again: its errors (BAD_USER_INPUT, ./input-errors.ts) are the answer, so
//   a refusal reads the same on either path.
// Subscriptions stay on graphql-js (graphql-jit's subscribe did not pass a subscription field its arguments), and
// so does an operation graphql-jit cannot compile.
import {
  getNamedType, getOperationAST, getVariableValues, isInputObjectType, typeFromAST,
  type DocumentNode, type ExecutionArgs, type GraphQLNamedType, type GraphQLSchema, type OperationDefinitionNode,
} from 'graphql';
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

/** Whether an input type reaches a @oneOf input object or an input field with a default (graphql-jit skips both). */
function needsGraphqlJsCoercion(type: GraphQLNamedType, seen = new Set<GraphQLNamedType>()): boolean {
  if (!isInputObjectType(type) || seen.has(type)) return false;
  seen.add(type);
  if (type.isOneOf) return true;
  return Object.values(type.getFields()).some((field) => field.defaultValue !== undefined || needsGraphqlJsCoercion(getNamedType(field.type), seen));
}

export function variablesNeedGraphqlJs(schema: GraphQLSchema, operation: OperationDefinitionNode): boolean {
  return (operation.variableDefinitions ?? []).some((definition) => {
    const type = typeFromAST(schema, definition.type);
    return !type || needsGraphqlJsCoercion(getNamedType(type));
  });
}

interface Compiled {
  query: CompiledQuery;
  /** graphql-jit's coercion gives graphql-js's values for this operation's variables. */
  jitCoercesVariables: boolean;
}

/** graphql-jit answers refused variables with errors and no data, before running anything. */
const refusedVariables = (result: unknown): boolean =>
  typeof result === 'object' && result !== null && !(result instanceof Promise) && !('data' in result);

export function useCompiledExecution(): Plugin {
  // Per parsed document (Yoga's parser cache bounds how many live), per operation name; null: not compilable.
  const compiled = new WeakMap<DocumentNode, Map<string, Compiled | null>>();
  const compiledFor = (args: ExecutionArgs): Compiled | null => {
    let byName = compiled.get(args.document);
    if (!byName) compiled.set(args.document, (byName = new Map()));
    const name = args.operationName ?? '';
    let entry = byName.get(name);
    if (entry === undefined) {
      const operation = getOperationAST(args.document, args.operationName);
      const result = operation && operation.operation !== 'subscription' ? compileQuery(args.schema, args.document, args.operationName ?? undefined) : null;
      entry = operation && result && isCompiledQuery(result) ? { query: result, jitCoercesVariables: !variablesNeedGraphqlJs(args.schema, operation) } : null;
      byName.set(name, entry);
    }
    return entry;
  };
  return {
    onExecute({ args, setExecuteFn, setResultAndStopExecution }) {
      const entry = compiledFor(args);
      if (!entry) return;
      const { query } = entry;
      type Result = ReturnType<typeof query.query>;
      const runCoercedByGraphqlJs = (a: ExecutionArgs): Result => {
        const coerced = coerce(a);
        return 'errors' in coerced ? { errors: coerced.errors } : (query.query(a.rootValue, a.contextValue, coerced.variables) as Result);
      };
      if (entry.jitCoercesVariables) {
        setExecuteFn((a) => {
          const result = query.query(a.rootValue, a.contextValue, (a.variableValues ?? {}) as Record<string, unknown>) as Result;
          return refusedVariables(result) ? runCoercedByGraphqlJs(a) : result;
        });
        return;
      }
      const coerced = coerce(args);
      if ('errors' in coerced) return setResultAndStopExecution({ errors: coerced.errors });
      setExecuteFn((a) => query.query(a.rootValue, a.contextValue, coerced.variables) as Result);
    },
  };
}
