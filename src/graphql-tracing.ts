// The GraphQL spans of tracing (./tracing.ts, which alone imports this module, and only with tracing on): parse,
// validate, execute and subscribe through Yoga's instrumentation hooks (each phase runs inside its span, so what it
// does, SQL included, nests under it), and one span per root field's resolver. Written by hand rather than
// @envelop/opentelemetry: that plugin traces every field of every object or none (a list page has thousands) and
// has no parse or validate spans; Yoga's own OpenTelemetry plugin (@graphql-hive/plugin-opentelemetry) brings the
// gateway's runtime along.
import { defaultFieldResolver, getOperationAST, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { mapSchema, MapperKind } from '@graphql-tools/utils';
import { context, trace, SpanStatusCode, type SpanKind, type Attributes, type Span, type Tracer } from '@opentelemetry/api';
import type { Plugin } from 'graphql-yoga';

/** The span attribute of the request id (x-request-id over HTTP; the socket's id and the operation's over graphql-ws). */
export const REQUEST_ID_ATTRIBUTE = 'dialgraph.request_id';

/** Ends a span, marked as failed with `err` when given. */
export function end(span: Span, err?: unknown): void {
  if (err !== undefined) {
    span.recordException(err instanceof Error ? err : String(err));
    span.setStatus({ code: SpanStatusCode.ERROR, message: err instanceof Error ? err.message : String(err) });
  }
  span.end();
}

/** Runs `wrapped` inside a new span (a child of the active one), ended when it returns or its promise settles. */
export function phase<T>(tracer: Tracer, name: string, attributes: Attributes, wrapped: () => T, kind?: SpanKind): T {
  const span = tracer.startSpan(name, { attributes, kind });
  let result: T;
  try {
    result = context.with(trace.setSpan(context.active(), span), wrapped);
  } catch (err) {
    end(span, err);
    throw err;
  }
  if (result && typeof (result as { then?: unknown }).then === 'function') {
    (result as unknown as PromiseLike<unknown>).then(() => end(span), (err) => end(span, err));
  } else {
    end(span);
  }
  return result;
}

const requestIdOf = (ctx: unknown): Attributes => {
  const id = (ctx as { requestId?: unknown } | undefined)?.requestId;
  return typeof id === 'string' ? { [REQUEST_ID_ATTRIBUTE]: id } : {};
};

/** A resolver in a span: its result may be a value, a promise or (a subscription's subscribe) an async iterator. */
function tracedResolver(tracer: Tracer, name: string, resolve: GraphQLFieldResolver<unknown, unknown>): GraphQLFieldResolver<unknown, unknown> {
  return (source, args, ctx, info) =>
    phase(tracer, `graphql.resolve ${name}`, { 'graphql.field.name': info.fieldName, 'graphql.field.path': String(info.path.key), ...requestIdOf(ctx) },
      () => resolve(source, args, ctx, info));
}

export function graphqlTracing(tracer: Tracer): { plugin: Plugin; traceSchema(schema: GraphQLSchema): GraphQLSchema } {
  const plugin: Plugin = {
    instrumentation: {
      parse: (_payload, wrapped) => phase(tracer, 'graphql.parse', {}, wrapped),
      validate: (_payload, wrapped) => phase(tracer, 'graphql.validate', {}, wrapped),
      execute: ({ context: ctx }, wrapped) => phase(tracer, 'graphql.execute', requestIdOf(ctx), wrapped),
      subscribe: ({ context: ctx }, wrapped) => phase(tracer, 'graphql.subscribe', requestIdOf(ctx), wrapped),
    },
    // Inside the execute (subscribe) phase's span: name what runs, and mark a result with errors.
    onExecute: ({ args }) => {
      const span = trace.getActiveSpan();
      const operation = getOperationAST(args.document, args.operationName);
      span?.setAttributes({ 'graphql.operation.type': operation?.operation ?? 'unknown', 'graphql.operation.name': operation?.name?.value ?? args.operationName ?? '' });
      return {
        onExecuteDone: ({ result }) => {
          if ('errors' in result && result.errors?.length) span?.setStatus({ code: SpanStatusCode.ERROR, message: result.errors[0].message });
        },
      };
    },
    onSubscribe: ({ args }) => {
      const operation = getOperationAST(args.document, args.operationName);
      trace.getActiveSpan()?.setAttributes({ 'graphql.operation.type': 'subscription', 'graphql.operation.name': operation?.name?.value ?? args.operationName ?? '' });
    },
  };
  return {
    plugin,
    // Root fields only: a span for each field of each row would cost more than the page (see above).
    traceSchema: (schema) =>
      mapSchema(schema, {
        [MapperKind.ROOT_FIELD]: (field, fieldName, typeName) => {
          const name = `${typeName}.${fieldName}`;
          // A subscription's work is its subscribe (the event stream); its resolve only maps each event.
          if (field.subscribe) return { ...field, subscribe: tracedResolver(tracer, name, field.subscribe) };
          return { ...field, resolve: tracedResolver(tracer, name, field.resolve ?? defaultFieldResolver) };
        },
      }),
  };
}
