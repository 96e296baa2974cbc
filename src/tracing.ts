// OpenTelemetry traces (README "Traces"), on only when an OTLP endpoint is configured: src/server.ts imports this
// module then and only then, so with tracing off no SDK is loaded, no Yoga plugin added, no statement wrapped.
// What is traced: each HTTP request to Yoga (continuing a client's W3C traceparent), its GraphQL parse, validate,
// execute and subscribe and the resolvers of its root fields (./graphql-tracing.ts), every SQL statement (Prisma's
// own spans through @prisma/instrumentation, and the direct reads wrapped here), each graphql-ws operation, dialer
// rounds (src/dialer/engine.ts) and webhook sends (src/webhooks/sender.ts). Those two use only @opentelemetry/api,
// whose tracer does nothing until this module registers the SDK's.
// The SDK's context manager is AsyncLocalStorage: the per-request cost that request-scope.ts avoids with tracing
// off is accepted with it on, as the price of spans that nest across awaits.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { context, propagation, trace, SpanKind, SpanStatusCode, ROOT_CONTEXT } from '@opentelemetry/api';
import { NodeTracerProvider, BatchSpanProcessor, ParentBasedSampler, SamplingDecision, type Sampler, type SpanExporter } from '@opentelemetry/sdk-trace-node';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { PrismaInstrumentation } from '@prisma/instrumentation';
import type { GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { DirectQuery } from './db/database.ts';
import { end, graphqlTracing, phase, REQUEST_ID_ATTRIBUTE } from './graphql-tracing.ts';

export { REQUEST_ID_ATTRIBUTE };

export interface Tracing {
  /** This process's `service.instance.id` (also the telephony instance id that owns its calls). */
  instanceId: string;
  /** pino's mixin: the trace_id and span_id of the span a line is written in (traceLogFields). */
  logFields(): object;
  /** Yoga's plugin: spans for parse, validate, execute and subscribe. */
  plugin: Plugin;
  /** The schema with a span around each root field's resolver (a copy: the module's schema is untouched). */
  traceSchema(schema: GraphQLSchema): GraphQLSchema;
  /** Runs one HTTP request inside its server span (a child of the client's traceparent, if it sent one). */
  traceRequest(req: IncomingMessage, res: ServerResponse, requestId: string, handle: () => unknown): unknown;
  /** A graphql-ws operation's span: `run` calls inside it, `end` when the operation completes. */
  startOperation(requestId: string, operationName: string | undefined): { run<T>(fn: () => T): T; end(error?: unknown): void };
  /** The direct statements of src/db/json-reads.ts and identity, each in a span (Prisma traces its own). */
  traceQuery(query: DirectQuery): DirectQuery;
  /** Sends the spans ended so far (tests). */
  flush(): Promise<void>;
  /** Flushes the exporter and unregisters the SDK (graceful shutdown, last of all: src/services.ts). */
  shutdown(): Promise<void>;
}

export interface TracingOptions {
  /** OTLP/HTTP traces URL (config.ts tracesUrl). */
  url: string;
  /** Instead of the OTLP exporter (tests could pass the SDK's InMemorySpanExporter). */
  exporter?: SpanExporter;
}

const NO_FIELDS = {};

/** A statement's span (Prisma's or a direct read's), by name. */
export const isStatementSpan = (name: string) => name.startsWith('prisma:') || name === 'db_query';

/**
 * Traces start at requests, graphql-ws operations, dialer rounds and webhook sends. A statement outside all of them
 * (the pollers': the outbox tail, the heartbeat, the webhook fan-out, a few a second on an idle instance) starts none
 * of its own: it is not recorded. Everything inside a trace follows its parent (a client's unsampled traceparent too).
 */
const ROOT_SAMPLER: Sampler = {
  shouldSample: (_context, _traceId, name) => ({ decision: isStatementSpan(name) ? SamplingDecision.NOT_RECORD : SamplingDecision.RECORD_AND_SAMPLED }),
  toString: () => 'NoStatementRoots',
};

/**
 * pino's mixin with tracing on (src/logger.ts): a line written inside a span carries its trace_id and span_id, the
 * names OpenTelemetry's own pino instrumentation uses, so a log line and its trace find each other.
 */
export function traceLogFields(): object {
  const span = trace.getSpan(context.active());
  if (!span) return NO_FIELDS;
  const { traceId, spanId } = span.spanContext();
  return { trace_id: traceId, span_id: spanId };
}

export function startTracing(options: TracingOptions): Tracing {
  const instanceId = randomUUID();
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': 'dialgraph', 'service.instance.id': instanceId }),
    sampler: new ParentBasedSampler({ root: ROOT_SAMPLER }),
    spanProcessors: [new BatchSpanProcessor(options.exporter ?? new OTLPTraceExporter({ url: options.url }))],
  });
  // The global tracer (for @opentelemetry/api users: the dialer, the webhook sender, Prisma), AsyncLocalStorage as
  // the context manager, and the W3C traceparent (and baggage) propagator.
  provider.register();
  const prisma = new PrismaInstrumentation({ ignoreSpanTypes: ['prisma:client:serialize'] });
  prisma.setTracerProvider(provider);
  prisma.enable();
  const tracer = provider.getTracer('dialgraph');
  const graphql = graphqlTracing(tracer);

  return {
    instanceId,
    logFields: traceLogFields,
    plugin: graphql.plugin,
    traceSchema: graphql.traceSchema,
    traceRequest(req, res, requestId, handle) {
      const parent = propagation.extract(ROOT_CONTEXT, req.headers);
      const path = (req.url ?? '/').split('?')[0];
      const span = tracer.startSpan(`${req.method} ${path}`, {
        kind: SpanKind.SERVER,
        attributes: { 'http.request.method': req.method ?? '', 'url.path': path, [REQUEST_ID_ATTRIBUTE]: requestId },
      }, parent);
      // 'close' comes for a finished response and for one the client abandoned.
      res.once('close', () => {
        span.setAttribute('http.response.status_code', res.statusCode);
        if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
        span.end();
      });
      return context.with(trace.setSpan(parent, span), handle);
    },
    startOperation(requestId, operationName) {
      const span = tracer.startSpan(`graphql-ws ${operationName ?? 'operation'}`, {
        kind: SpanKind.SERVER,
        attributes: { [REQUEST_ID_ATTRIBUTE]: requestId, ...(operationName ? { 'graphql.operation.name': operationName } : {}) },
      }, ROOT_CONTEXT);
      const active = trace.setSpan(ROOT_CONTEXT, span);
      let ended = false;
      return {
        run: (fn) => context.with(active, fn),
        end: (error) => {
          if (ended) return;
          ended = true;
          end(span, error);
        },
      };
    },
    traceQuery(query) {
      // Named and attributed like Prisma's own statement spans (prisma:client:db_query), PGlite included.
      return ((sql: string, values?: unknown[]) =>
        phase(tracer, 'db_query', { 'db.system.name': 'postgresql', 'db.query.text': sql }, () => query(sql, values), SpanKind.CLIENT)) as DirectQuery;
    },
    flush: () => provider.forceFlush(),
    async shutdown() {
      prisma.disable();
      // A collector that cannot be reached loses the last spans, but never fails the shutdown (nor its exit code).
      await provider.shutdown().catch(() => {});
      // Unregistered, so that a later start in this process (tests) can register its own.
      trace.disable();
      context.disable();
      propagation.disable();
    },
  };
}
