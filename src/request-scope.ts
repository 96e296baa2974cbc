// The HTTP request being handled, for everything that runs on its behalf (plugins, resolvers, log lines):
// its id (an incoming x-request-id when it looks like one) and when it started.
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface RequestScope {
  id: string;
  at: number;
}

const storage = new AsyncLocalStorage<RequestScope>();

/** An incoming x-request-id is honoured when it looks like an id (not a 10 kB string or a log-forging payload). */
const REQUEST_ID = /^[\w.:@/+=-]{1,128}$/;

/** The scope of the request this code runs for; undefined outside one (a graphql-ws operation). */
export function currentRequest(): RequestScope | undefined {
  return storage.getStore();
}

/** Node request listener: gives the request its id before Yoga (and its health check) sees it. */
export function withRequestScope(handler: (req: IncomingMessage, res: ServerResponse) => unknown) {
  return (req: IncomingMessage, res: ServerResponse) => {
    const incoming = req.headers['x-request-id'];
    const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    return storage.run({ id, at: performance.now() }, () => handler(req, res));
  };
}
