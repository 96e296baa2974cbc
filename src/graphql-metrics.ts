// The GraphQL operations' metrics: Yoga's Prometheus plugin (@graphql-yoga/plugin-prometheus, on envelop's) for
// operation counts, errors and duration histograms by operation name and type, with labels whose values are
// bounded, and the count of subscriptions streaming over HTTP (SSE). README "Metrics" lists them.
import { Kind, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import { createCounter, createHistogram, usePrometheus, type FillLabelsFnParams } from '@graphql-yoga/plugin-prometheus';
import type { Registry } from 'prom-client';
import { ERROR_CODES } from './graphql/error-codes.ts';

/**
 * Distinct operation names a registry labels; later new names are labelled `other`. A client names its own
 * operations, so without a bound every random name would be a new series held for the life of the process.
 */
export const MAX_OPERATION_NAMES = 200;
/** Longer names are labelled `other` too. */
const MAX_NAME_LENGTH = 100;

type Labels = { operationName: string; operationType: string };
const UNKNOWN: Labels = { operationName: 'unknown', operationType: 'unknown' };

/**
 * The plugin's own labels use the client's operationName as sent (even one the document does not have) and the
 * type of the document's first definition (a fragment has none); this names the operation that runs instead.
 */
function operationLabeller(): (document: DocumentNode | undefined, requested: string | undefined) => Labels {
  const names = new Set<string>();
  const bounded = (name: string) => {
    if (names.has(name)) return name;
    if (names.size >= MAX_OPERATION_NAMES || name.length > MAX_NAME_LENGTH) return 'other';
    names.add(name);
    return name;
  };
  return (document, requested) => {
    if (!document) return UNKNOWN;
    let operation: OperationDefinitionNode | undefined;
    let operations = 0;
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
      operations++;
      // The plugin passes 'Anonymous' when neither the request nor the first definition names one.
      if (requested === undefined || (definition.name?.value ?? 'Anonymous') === requested) operation ??= definition;
    }
    if (!operation || (requested === undefined && operations > 1)) return UNKNOWN; // nothing runs
    return { operationName: operation.name ? bounded(operation.name.value) : 'Anonymous', operationType: operation.operation };
  };
}

/** The code of an error, from the one list (an error without one, or with a code not ours, is an internal error). */
function errorCode(params: FillLabelsFnParams): string {
  const code = (params.error as { extensions?: { code?: unknown } } | undefined)?.extensions?.code;
  if (typeof code === 'string' && Object.hasOwn(ERROR_CODES, code)) return code;
  if (params.errorPhase === 'parse') return 'GRAPHQL_PARSE_FAILED';
  if (params.errorPhase === 'validate') return 'GRAPHQL_VALIDATION_FAILED';
  return 'INTERNAL_SERVER_ERROR';
}

/** Yoga's Prometheus plugin on `registry`, without its own /metrics (./metrics.ts serves it, behind the token). */
export function useGraphqlMetrics(registry: Registry): Plugin {
  const labelsOf = operationLabeller();
  const operationLabels = (params: FillLabelsFnParams) => labelsOf(params.document, params.operationName);
  const labelNames = ['operationType', 'operationName'] as const;
  return usePrometheus({
    registry,
    endpoint: false,
    metrics: {
      graphql_envelop_request: createCounter({
        registry,
        counter: { name: 'graphql_envelop_request', help: 'GraphQL operations run (a subscription counts when it ends)', labelNames },
        fillLabelsFn: operationLabels,
      }),
      graphql_envelop_request_duration: createHistogram({
        registry,
        histogram: { name: 'graphql_envelop_request_duration', help: 'Seconds an operation took to execute (a subscription: how long it ran)', labelNames },
        fillLabelsFn: operationLabels,
      }),
      graphql_envelop_error_result: createCounter({
        registry,
        counter: { name: 'graphql_envelop_error_result', help: 'Errors in results, by operation, phase and extensions.code', labelNames: [...labelNames, 'phase', 'code'] },
        fillLabelsFn: (params) => ({ ...operationLabels(params), phase: params.errorPhase ?? 'execute', code: errorCode(params) }),
      }),
      graphql_yoga_http_duration: createHistogram({
        registry,
        histogram: { name: 'graphql_yoga_http_duration', help: 'Seconds from an HTTP GraphQL request to its response', labelNames: [...labelNames, 'method', 'statusCode'] },
        // The plugin's own labels add the URL, query string included: a series per variable value.
        fillLabelsFn: (params, { request, response }: { request: Request; response: Response }) => ({
          ...labelsOf(params.document, params.operationName ?? 'Anonymous'), method: request.method, statusCode: response.status,
        }),
      }),
      // Off: per request they cost more than they tell. The deprecated-field counter walks every document with
      // the schema's type info, the summary keeps a t-digest per series, and the phases' histograms split
      // graphql_envelop_request_duration's story into five.
      graphql_envelop_deprecated_field: false,
      graphql_envelop_request_time_summary: false,
      graphql_envelop_phase_parse: false,
      graphql_envelop_phase_validate: false,
      graphql_envelop_phase_context: false,
      graphql_envelop_phase_execute: false,
      graphql_envelop_phase_subscribe: false,
      graphql_envelop_schema_change: false,
    },
  });
}

/**
 * Tells `open` and `ended` of each subscription streaming over HTTP (SSE, both graphql-sse modes). graphql-ws's
 * are counted from its own state (./ws.ts stats): a socket's subscriptions can share one execution
 * (./shared-subscriptions.ts), which these hooks see once.
 */
export function useSseSubscriptionCount(count: { opened(): void; ended(): void }): Plugin {
  return {
    onSubscribe: ({ args }) => {
      // Only HTTP requests' contexts have a request; a graphql-ws operation's has the socket.
      if (!(args.contextValue as { request?: unknown }).request) return undefined;
      return {
        onSubscribeResult: ({ result }) => {
          if (!isAsyncIterable(result)) return undefined;
          count.opened();
          return { onEnd: () => count.ended() };
        },
      };
    },
  };
}
