// Background work in a span of its own (a dialer round, a webhook send): a root span, not part of the trace of
// whatever woke it. Through @opentelemetry/api only: with tracing off (src/tracing.ts never started) its tracer
// does nothing. The tracer is asked each time: one kept would outlive a restart of tracing.
import { trace, SpanStatusCode, type Span, type SpanOptions } from '@opentelemetry/api';

/** Runs `work` in a root span named `name`; a failure is recorded on the span (status ERROR) and rethrown. */
export function inRootSpan<T>(name: string, options: Omit<SpanOptions, 'root'>, work: (span: Span) => Promise<T>): Promise<T> {
  return trace.getTracer('dialgraph').startActiveSpan(name, { ...options, root: true }, async (span) => {
    try {
      return await work(span);
    } catch (err) {
      span.recordException(err as Error);
      span.setStatus({ code: SpanStatusCode.ERROR, message: (err as Error).message });
      throw err;
    } finally {
      span.end();
    }
  });
}
