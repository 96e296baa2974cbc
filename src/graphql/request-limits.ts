// The bounds on one request's work (issue 16), each refused before execution with QUERY_TOO_COMPLEX or
// COST_LIMIT_EXCEEDED, over HTTP, SSE and graphql-ws alike (ws.ts runs every operation through these envelop hooks):
// - the query text, while it is parsed: characters and lexical tokens (graphql-armor). A 5 MB or a 5,000-deep
//   query is refused before it becomes a document, so the parser's recursion stays shallow.
// - the document, as validation rules (Yoga caches their result with the document): depth, aliases and
//   directives (graphql-armor), and the number of __schema/__type fields.
// - the operation with its variables, just before execution: its cost and breadth (plugin-complexity's rule over
//   the field costs set in builder.ts), which depend on the variables (`first: $n`) that the validation cache
//   does not see; and who may introspect (INTROSPECTION), which depends on the caller.
// - in production, the "Did you mean ...?" suggestions of errors, which would show the schema to callers that may
//   not introspect it: graphql-js's own hideSuggestions, in validation and in variable coercion. (graphql-armor's
//   block-field-suggestions masks them by a pattern that misses "Did you mean the enum value ...?".)
import { GraphQLError, NoSchemaIntrospectionCustomRule, validate, type ExecutionArgs, type ValidationContext, type ValidationRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { createComplexityRule } from '@pothos/plugin-complexity';
import { characterLimitPlugin } from '@escape.tech/graphql-armor-character-limit';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { Config } from '../config.ts';
import type { Context } from '../context.ts';
import { tokenRefusalMessage } from '../domain/token-refusal.ts';

export type RequestLimits = Pick<
  Config,
  | 'NODE_ENV'
  | 'MAX_QUERY_CHARACTERS'
  | 'MAX_QUERY_TOKENS'
  | 'MAX_QUERY_DEPTH'
  | 'MAX_QUERY_ALIASES'
  | 'MAX_QUERY_DIRECTIVES'
  | 'MAX_QUERY_BREADTH'
  | 'MAX_QUERY_COST'
  | 'MAX_INTROSPECTION_FIELDS'
  | 'INTROSPECTION'
>;

/** A refusal for the shape of a query (too long, too deep, too many aliases, ...): QUERY_TOO_COMPLEX. */
function tooComplex(message: string, limit: string, max: number): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', limit, max, http: { status: 400 } } });
}

/**
 * graphql-armor's errors carry no code and read "Syntax Error: ..." whatever the limit. A parse-time error is
 * recoded where it is thrown; a validation rule's is reported in its place, so the other rules still run.
 */
function armorRejection(limit: string, max: number) {
  return {
    exposeLimits: true,
    propagateOnRejection: limit === 'characters' || limit === 'tokens',
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) => {
        const coded = tooComplex(error.message.replace(/^Syntax Error: /, ''), limit, max);
        if (context) return context.reportError(coded);
        // Parsing: the error armor is about to throw becomes ours.
        error.message = coded.message;
        Object.assign(error.extensions, coded.extensions);
      },
    ],
  };
}

/**
 * By hand: no graphql-armor rule counts introspection fields. __schema and __type exist only on the query root,
 * which no field returns, so each such field of the document runs at most once.
 */
function introspectionFieldsRule(max: number): ValidationRule {
  return (context) => {
    let count = 0;
    return {
      Field(node) {
        if (node.name.value !== '__schema' && node.name.value !== '__type') return;
        count += 1;
        if (count === max + 1) {
          context.reportError(tooComplex(`A request may select __schema or __type at most ${max} times.`, 'introspection', max));
        }
      },
    };
  };
}

/** The cost and breadth of the operation to run, with its variables; errors only when over a limit. */
function costErrors(args: ExecutionArgs, limits: RequestLimits): readonly GraphQLError[] {
  let errors: readonly GraphQLError[] = [];
  const rule = createComplexityRule({
    context: args.contextValue as object,
    variableValues: (args.variableValues ?? {}) as Record<string, unknown>,
    operationName: args.operationName,
    validate: ({ complexity, breadth }, report) => {
      if (complexity > limits.MAX_QUERY_COST) {
        report(
          new GraphQLError(
            `This query costs ${complexity}, over the limit of ${limits.MAX_QUERY_COST}: ask for smaller pages (first/last) or fewer nested lists.`,
            { extensions: { code: 'COST_LIMIT_EXCEEDED', cost: complexity, limit: limits.MAX_QUERY_COST, http: { status: 400 } } },
          ),
        );
      }
      if (breadth > limits.MAX_QUERY_BREADTH) {
        report(tooComplex(`This query selects ${breadth} fields, over the limit of ${limits.MAX_QUERY_BREADTH}.`, 'breadth', limits.MAX_QUERY_BREADTH));
      }
    },
    // Invalid variables are left to execution, which reports them as BAD_USER_INPUT.
    onResult: (_result, reported) => void (errors = reported),
  });
  try {
    validate(args.schema, args.document, [rule]);
  } catch (err) {
    // The cost reads each field's arguments through Pothos's argument mappers, which run plugin-validation: an
    // argument it refuses (first: 1000, 101 ids) is answered here, before execution, with its BAD_USER_INPUT.
    if (err instanceof GraphQLError) return [err];
    throw err;
  }
  return errors;
}

/** Why a token that was sent signs no one in (expired, not valid); undefined when none was sent. */
function refusedToken(context: Context): string | undefined {
  const refusal = context.tokenRefusal;
  return refusal && refusal.refused !== 'missing' ? `Introspection needs a signed-in caller. ${tokenRefusalMessage(refusal)}` : undefined;
}

/** graphql-js's rule against introspection, for a caller the INTROSPECTION setting does not let introspect. */
function introspectionErrors(args: ExecutionArgs, mode: RequestLimits['INTROSPECTION']): readonly GraphQLError[] {
  if (mode === 'open' || (mode === 'signed-in' && (args.contextValue as Context).viewer)) return [];
  const refused = validate(args.schema, args.document, [NoSchemaIntrospectionCustomRule]);
  if (refused.length === 0) return [];
  return [
    mode === 'off'
      ? new GraphQLError('Introspection is turned off on this server.', { extensions: { code: 'FORBIDDEN' } })
      : new GraphQLError(refusedToken(args.contextValue as Context) ?? 'Introspection needs a signed-in caller: send a token (Authorization: Bearer <token>).', {
          extensions: { code: 'UNAUTHENTICATED' },
        }),
  ];
}

export function useRequestLimits(limits: RequestLimits): Plugin[] {
  const documentRules: ValidationRule[] = [
    maxDepthRule({ n: limits.MAX_QUERY_DEPTH, flattenFragments: true, ignoreIntrospection: false, ...armorRejection('depth', limits.MAX_QUERY_DEPTH) }),
    // __typename too (armor allows any number of aliased __typename by default): 300,000 of them were 334 MB.
    maxAliasesRule({ n: limits.MAX_QUERY_ALIASES, allowList: [], ...armorRejection('aliases', limits.MAX_QUERY_ALIASES) }),
    maxDirectivesRule({ n: limits.MAX_QUERY_DIRECTIVES, ...armorRejection('directives', limits.MAX_QUERY_DIRECTIVES) }),
    introspectionFieldsRule(limits.MAX_INTROSPECTION_FIELDS),
  ];
  const hideSuggestions = limits.NODE_ENV === 'production';
  const beforeRunning = (args: ExecutionArgs) => {
    // Read by graphql-js's subscribe and by ./compiled-execution.ts when they coerce the variables.
    if (hideSuggestions) args.hideSuggestions = true;
    const errors = [...introspectionErrors(args, limits.INTROSPECTION), ...costErrors(args, limits)];
    return errors.length ? { errors } : undefined;
  };
  return [
    // Tokens first: the character limit wraps the parse function it is given, so it runs before the token count.
    maxTokensPlugin({ n: limits.MAX_QUERY_TOKENS, ...armorRejection('tokens', limits.MAX_QUERY_TOKENS) }),
    characterLimitPlugin({ maxLength: limits.MAX_QUERY_CHARACTERS, ...armorRejection('characters', limits.MAX_QUERY_CHARACTERS) }),
    {
      onValidate: ({ addValidationRule, validateFn, setValidationFn }) => {
        for (const rule of documentRules) addValidationRule(rule);
        if (hideSuggestions) setValidationFn((schema, document, rules) => validateFn(schema, document, rules, { hideSuggestions }));
      },
      onExecute: ({ args, setResultAndStopExecution }) => {
        const refused = beforeRunning(args);
        if (refused) setResultAndStopExecution(refused);
      },
      onSubscribe: ({ args, setResultAndStopExecution }) => {
        const refused = beforeRunning(args);
        if (refused) setResultAndStopExecution(refused);
      },
    },
  ];
}
