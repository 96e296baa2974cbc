// Each HTTP request's id (an incoming x-request-id when it looks like one) and start time, handed to Yoga as
// server context, so its context, its log lines and its response carry them. Not an AsyncLocalStorage: on Node 20
// one hooks every promise of every request, which cost more CPU than a list page's resolvers. An unexpected
// error remembers the request it happened in (markError), for the line that logs it.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface RequestScope {
  id: string;
  at: number;
}

/** What the HTTP server hands Yoga with each request. */
export interface RequestServerContext {
  requestScope: RequestScope;
}

/** An incoming x-request-id is honoured when it looks like an id (not a 10 kB string or a log-forging payload). */
const REQUEST_ID = /^[\w.:@/+=-]{1,128}$/;

/** Node request listener: gives the request its id before Yoga (and its health check) sees it. */
export function withRequestScope(handler: (req: IncomingMessage, res: ServerResponse, context: RequestServerContext) => unknown) {
  return (req: IncomingMessage, res: ServerResponse) => {
    const incoming = req.headers['x-request-id'];
    const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    return handler(req, res, { requestScope: { id, at: performance.now() } });
  };
}

const requestOfError = new WeakMap<object, string>();

/** Remembers which request an unexpected error happened in (and the error it wraps, if any). */
export function markError(error: unknown, requestId: string): void {
  for (let e = error; typeof e === 'object' && e !== null && !requestOfError.has(e); e = (e as { originalError?: unknown }).originalError) {
    requestOfError.set(e, requestId);
  }
}

/** The request an error was marked with, looking through the errors that wrap it. */
export function requestIdOfError(error: unknown): string | undefined {
  for (let e = error; typeof e === 'object' && e !== null; e = (e as { originalError?: unknown }).originalError) {
    const id = requestOfError.get(e);
    if (id) return id;
  }
  return undefined;
}
