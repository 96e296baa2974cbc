// The bounds on one request's work (issue 16), each refused before execution with QUERY_TOO_COMPLEX or
// COST_LIMIT_EXCEEDED, over HTTP, SSE and graphql-ws alike (ws.ts runs every operation through these envelop hooks):
// - the query text, while it is parsed: characters and lexical tokens (graphql-armor). A 5 MB or a 5,000-deep
//   query is refused before it becomes a document, so the parser's recursion stays shallow.
// - the document, as validation rules (Yoga caches their result with the document): depth, aliases and
//   directives (graphql-armor), and the number of __schema/__type fields.
// - the operation with its variables, just before execution: its cost and breadth (plugin-complexity's rule over
//   the field costs set in builder.ts, plus what __schema and __type select: ./introspection-cost.ts), which
//   depend on the variables (`first: $n`) that the validation cache does not see; and who may introspect
//   (INTROSPECTION), which depends on the caller.
// - in production, the "Did you mean ...?" suggestions of errors, which would show the schema to callers that may
//   not introspect it: graphql-js's own hideSuggestions, in validation and in variable coercion. (graphql-armor's
//   block-field-suggestions masks them by a pattern that misses "Did you mean the enum value ...?".)
// Then the rate limit: the operation's cost, the one computed here, is charged to the caller's budget
// (context.chargeCost, src/domain/cost-budget.ts) once, as it starts (a subscription's events are free). Refused,
// it runs nothing: RATE_LIMITED with retryAfterSeconds, HTTP 429 and Retry-After. Its result says what the
// charge did in extensions.cost (a subscription's first event; src/http.ts puts the same in RateLimit-* headers).
import {
  GraphQLError, NoSchemaIntrospectionCustomRule, validate, type DocumentNode, type ExecutionArgs, type ExecutionResult, type ValidationContext, type ValidationRule,
} from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import { createComplexityRule } from '@pothos/plugin-complexity';
import { characterLimitPlugin } from '@escape.tech/graphql-armor-character-limit';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { Config } from '../config.ts';
import type { Context } from '../context.ts';
import { tokenRefusalMessage } from '../domain/token-refusal.ts';
import type { CostCharge } from '../domain/cost-budget.ts';
import { introspectionCost } from './introspection-cost.ts';

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
function costOf(args: ExecutionArgs, limits: RequestLimits): { cost: number; errors: readonly GraphQLError[] } {
  let cost = 0;
  let errors: readonly GraphQLError[] = [];
  const introspection = introspectionCost(args.schema, args.document, args.operationName);
  const rule = createComplexityRule({
    context: args.contextValue as object,
    variableValues: (args.variableValues ?? {}) as Record<string, unknown>,
    operationName: args.operationName,
    validate: ({ complexity: fields, breadth }, report) => {
      const complexity = fields + introspection;
      cost = complexity;
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
    if (err instanceof GraphQLError) return { cost, errors: [err] };
    throw err;
  }
  return { cost, errors };
}

/** Variables small enough to key the cost cache by: at most this many values, lists and objects counted too (an import's 10,000 targets are not). */
const COST_KEY_MAX_VALUES = 64;
/** Costs kept per document: one per operation name and variables, cleared when full. */
const COSTS_PER_DOCUMENT = 64;

/** The JSON of `value` when it holds at most COST_KEY_MAX_VALUES values, else undefined (not serialised, and never recursing deeper than that). */
function smallJson(value: unknown): string | undefined {
  let values = 0;
  const small = (v: unknown): boolean => {
    if (++values > COST_KEY_MAX_VALUES) return false;
    if (v === null || typeof v !== 'object') return true;
    for (const item of Array.isArray(v) ? v : Object.values(v)) if (!small(item)) return false;
    return true;
  };
  return small(value) ? JSON.stringify(value) : undefined;
}

/**
 * costOf, remembered per document for the operation and variables it was computed with. The cost is a function of
 * those alone (the field costs read only their arguments), and Yoga's parser cache hands the same document to every
 * request with the same text, so a dashboard's repeated page skips the cost's validation pass (2% of the list page).
 * Only a cost without errors is kept: a refusal is computed again, with its own errors, every time.
 */
function cachedCostOf() {
  const costs = new WeakMap<DocumentNode, Map<string, number>>();
  return (args: ExecutionArgs, limits: RequestLimits): { cost: number; errors: readonly GraphQLError[] } => {
    const variables = smallJson(args.variableValues ?? null);
    if (variables === undefined) return costOf(args, limits);
    const key = `${args.operationName ?? ''}\n${variables}`;
    let known = costs.get(args.document);
    const cost = known?.get(key);
    if (cost !== undefined) return { cost, errors: [] };
    const computed = costOf(args, limits);
    if (computed.errors.length) return computed;
    if (!known) costs.set(args.document, (known = new Map()));
    if (known.size >= COSTS_PER_DOCUMENT) known.clear();
    known.set(key, computed.cost);
    return computed;
  };
}

/** `extensions.cost` of a result (README "Rate limit"). */
function costExtension({ requested, remaining, limit, resetSeconds }: CostCharge) {
  return { requested, remaining, limit, resetSeconds };
}

const withCost = <R extends ExecutionResult>(result: R, charge: CostCharge): R => ({
  ...result,
  extensions: { ...result.extensions, cost: costExtension(charge) },
});

function rateLimited(charge: CostCharge): ExecutionResult {
  const { requested, remaining, limit, resetSeconds } = charge;
  const error = new GraphQLError(
    `Rate limited: this operation costs ${requested} and ${remaining} of this window's budget of ${limit} is left; ` +
      `the budget is full again in ${resetSeconds} s: retry then, or ask for less (smaller pages, fewer nested lists).`,
    { extensions: { code: 'RATE_LIMITED', retryAfterSeconds: resetSeconds, http: { status: 429, headers: { 'Retry-After': String(resetSeconds) } } } },
  );
  return withCost({ errors: [error] }, charge);
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
  const costOfOperation = cachedCostOf();
  /** A refusal (the result to answer with), or the charge the operation was let through with (null: no rate limit). */
  const beforeRunning = async (args: ExecutionArgs): Promise<{ refused: ExecutionResult } | { charge: CostCharge | null }> => {
    // Read by graphql-js's subscribe and by ./compiled-execution.ts when they coerce the variables.
    if (hideSuggestions) args.hideSuggestions = true;
    const { cost, errors: costErrors } = costOfOperation(args, limits);
    const errors = [...introspectionErrors(args, limits.INTROSPECTION), ...costErrors];
    if (errors.length) return { refused: { errors } };
    const charge = await (args.contextValue as Context).chargeCost(cost);
    return charge && !charge.allowed ? { refused: rateLimited(charge) } : { charge };
  };
  /** extensions.cost on a result, or on the first result of a stream (a subscription, @defer). */
  const reportCharge = (charge: CostCharge) => {
    let first = true;
    return {
      onDone: ({ result, setResult }: { result: unknown; setResult: (r: ExecutionResult) => void }) => {
        if (isAsyncIterable(result)) return { onNext };
        setResult(withCost(result as ExecutionResult, charge));
      },
    };
    function onNext({ result, setResult }: { result: ExecutionResult; setResult: (r: ExecutionResult) => void }) {
      if (!first) return;
      first = false;
      setResult(withCost(result, charge));
    }
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
      onExecute: async ({ args, setResultAndStopExecution }) => {
        const outcome = await beforeRunning(args);
        if ('refused' in outcome) return setResultAndStopExecution(outcome.refused);
        if (!outcome.charge) return;
        const { onDone } = reportCharge(outcome.charge);
        return { onExecuteDone: onDone };
      },
      onSubscribe: async ({ args, setResultAndStopExecution }) => {
        const outcome = await beforeRunning(args);
        if ('refused' in outcome) return setResultAndStopExecution(outcome.refused);
        if (!outcome.charge) return;
        const { onDone } = reportCharge(outcome.charge);
        return { onSubscribeResult: onDone };
      },
    },
  ];
}
