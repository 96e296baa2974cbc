// One GraphQL request over each of the three ways a client reaches the server (HTTP, SSE on /graphql, graphql-ws),
// answered as the results it got: for tests of what every transport must refuse alike.
import type { Client } from 'graphql-ws';

export interface Answer {
  /** The HTTP status (0 over graphql-ws). */
  status: number;
  /** Each result (a query has one; a graphql-ws `error` message is one result of its errors). */
  results: { data?: any; errors?: any[] }[];
  /** Every error of every result. */
  errors: any[];
  /** Wall time from sending to the last result. */
  ms: number;
  /** The request's id over HTTP (x-request-id); over graphql-ws the operation's id (./server-times.ts finds either). */
  requestId: string;
}

export interface Request {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

const answer = (status: number, results: Answer['results'], started: number, requestId: string): Answer => ({
  status,
  results,
  errors: results.flatMap((r) => r.errors ?? []),
  ms: performance.now() - started,
  requestId,
});

/** POST /graphql, JSON in and out. */
export async function overHttp(url: string, token: string | null, request: Request): Promise<Answer> {
  const started = performance.now();
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(request),
  });
  return answer(res.status, [await res.json()], started, res.headers.get('x-request-id')!);
}

/** POST /graphql with Accept: text/event-stream: every `data` of the stream until the server ends it. */
export async function overSse(url: string, token: string | null, request: Request): Promise<Answer> {
  const started = performance.now();
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(request),
  });
  const text = await res.text();
  const requestId = res.headers.get('x-request-id')!;
  if (!res.headers.get('content-type')?.startsWith('text/event-stream')) return answer(res.status, [JSON.parse(text)], started, requestId);
  const results = text
    .split('\n\n')
    .map((block) => block.split('\n').filter((l) => l.startsWith('data:')).map((l) => l.slice(5)).join(''))
    .filter((data) => data.trim() !== '')
    .map((data) => JSON.parse(data));
  return answer(res.status, results, started, requestId);
}

/** One operation on a graphql-ws client, until it completes or errors; then the client is disposed (its socket closed). */
export async function overWs(client: Client, request: Request): Promise<Answer> {
  try {
    return await operation(client, request);
  } finally {
    await client.dispose();
  }
}

function operation(client: Client, request: Request): Promise<Answer> {
  const started = performance.now();
  const results: Answer['results'] = [];
  // The one operation on this client: the id of its answers is the one the client gave it. This listener runs
  // after the client's own (which settles the promise below), so the id is read once the promise has settled.
  let id = '';
  const off = client.on('message', (message) => void ('id' in message && (id ||= message.id)));
  return new Promise<Answer>((resolve, reject) => {
    client.subscribe(request, {
      next: (result) => void results.push(result as Answer['results'][number]),
      // An `error` message carries the operation's errors; anything else (a CloseEvent) is the socket failing.
      error: (err) => (Array.isArray(err) ? resolve(answer(0, [...results, { errors: err }], started, '')) : reject(err)),
      complete: () => resolve(answer(0, results, started, '')),
    });
  }).then((a) => ({ ...a, requestId: id })).finally(off);
}
