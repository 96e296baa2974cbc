// One client process of bench:subscriptions (forked by bench/subscriptions.ts, which talks to it over IPC): opens
// its share of subscribers, each on its own connection, and records when each event (by campaign version)
// reached each subscriber. Modes: `ws` (graphql-ws createClient over ws), `sse` (GraphQL over SSE on /graphql,
// one streaming POST per subscriber, as graphql-sse's distinct connections mode does it) and `sse-stream`
// (graphql-sse's client in single connection mode on /graphql/stream). Each process binds its own loopback
// source address, so 10,000 sockets per server never run out of ephemeral ports.
import http from 'node:http';
import WebSocket from 'ws';
import { createClient as createWsClient } from 'graphql-ws';
import { createClient as createSseClient } from 'graphql-sse';

export type Mode = 'ws' | 'sse' | 'sse-stream';

export type ToClients =
  | { type: 'open'; mode: Mode; url: string; tokens: string[]; count: number; query: string; variables: Record<string, unknown>; window: number; localAddress: string }
  | { type: 'count'; from: number }
  | { type: 'report'; sendTimes: Record<number, number>; from: number; to: number }
  | { type: 'close' };

export type FromClients =
  | { type: 'ready' }
  | { type: 'opened'; at: number; failed: number; firstError?: string }
  | { type: 'counts'; warm: number; measured: number; errors: number; firstError?: string }
  | { type: 'report'; latencies: number[]; delivered: number; duplicates: number; lastAt: number; outOfOrder: number };

/** Per subscriber: when each version arrived. */
const seen: Map<number, number>[] = [];
const closers: Array<() => void> = [];
let errors = 0;
let firstError: string | undefined;

function send(message: FromClients): void {
  process.send!(message);
}

function noteError(err: unknown): void {
  errors++;
  firstError ??= err instanceof Error ? err.message : typeof err === 'object' && err && 'code' in err ? `close ${(err as { code: number }).code} ${(err as { reason?: string }).reason ?? ''}` : JSON.stringify(err);
}

function record(index: number, data: any): void {
  const version = data?.campaignStatusChanged?.version;
  if (typeof version !== 'number') return noteError(new Error(`unexpected payload ${JSON.stringify(data)}`));
  const at = Date.now();
  const mine = seen[index];
  if (mine.has(version)) mine.set(-version, at); // a duplicate: kept apart, counted in the report
  else mine.set(version, at);
}

/** Opens one subscriber; resolves once it is connected (acknowledged, or the stream answered 200). */
function openOne(open: Extract<ToClients, { type: 'open' }>, index: number): Promise<void> {
  const token = open.tokens[index % open.tokens.length];
  seen[index] = new Map();
  return new Promise((resolve, reject) => {
    if (open.mode === 'ws') {
      const { localAddress } = open;
      class BoundWebSocket extends WebSocket {
        constructor(url: string, protocols?: string | string[]) {
          super(url, protocols, { localAddress, perMessageDeflate: false });
        }
      }
      const client = createWsClient({
        url: open.url.replace(/^http/, 'ws'), webSocketImpl: BoundWebSocket, lazy: false, retryAttempts: 0, connectionParams: { token },
        on: { connected: () => resolve(), closed: (event) => reject(event), error: (err) => reject(err) },
        onNonLazyError: noteError,
      });
      client.subscribe({ query: open.query, variables: open.variables }, { next: (r) => (r.errors ? noteError(new Error(JSON.stringify(r.errors))) : record(index, r.data)), error: noteError, complete: () => {} });
      closers.push(() => void client.dispose());
      return;
    }
    if (open.mode === 'sse-stream') {
      const client = createSseClient({ url: open.url.replace(/\/graphql$/, '/graphql/stream'), singleConnection: true, lazy: false, retryAttempts: 0, headers: { authorization: `Bearer ${token}` }, onNonLazyError: noteError, on: { connected: () => resolve() } });
      client.subscribe({ query: open.query, variables: open.variables }, { next: (r) => (r.errors ? noteError(new Error(JSON.stringify(r.errors))) : record(index, r.data)), error: (err) => { noteError(err); reject(err); }, complete: () => {} });
      closers.push(() => client.dispose());
      return;
    }
    const body = JSON.stringify({ query: open.query, variables: open.variables });
    const req = http.request(open.url, {
      method: 'POST', agent: false, localAddress: open.localAddress,
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${token}`, 'content-length': Buffer.byteLength(body) },
    });
    req.on('response', (res) => {
      if (res.statusCode !== 200) return reject(new Error(`HTTP ${res.statusCode}`));
      resolve();
      res.setEncoding('utf8');
      let buffer = '';
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let at: number;
        while ((at = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, at);
          buffer = buffer.slice(at + 2);
          const data = block.split('\n').filter((l) => l.startsWith('data:')).map((l) => l.slice(5)).join('');
          if (!data) continue; // keep-alive comment, or the complete event
          const result = JSON.parse(data);
          if (result.errors) noteError(new Error(JSON.stringify(result.errors)));
          else record(index, result.data);
        }
      });
      res.on('error', () => {});
    });
    req.on('error', (err) => {
      if (!closing) reject(err);
    });
    req.end(body);
    closers.push(() => req.destroy());
  });
}

let closing = false;

async function openAll(open: Extract<ToClients, { type: 'open' }>): Promise<void> {
  let next = 0;
  let failed = 0;
  let failure: string | undefined;
  // At most `window` connections being opened at once, as many dashboards arriving, not one SYN flood.
  const lane = async () => {
    while (next < open.count) {
      const index = next++;
      await openOne(open, index).catch((err) => {
        failed++;
        failure ??= err instanceof Error ? err.message : JSON.stringify(err);
      });
    }
  };
  await Promise.all(Array.from({ length: Math.min(open.window, open.count) }, lane));
  send({ type: 'opened', at: Date.now(), failed, firstError: failure });
}

process.on('message', (message: ToClients) => {
  if (message.type === 'open') void openAll(message);
  else if (message.type === 'count') {
    let warm = 0;
    let measured = 0;
    for (const mine of seen) {
      if (mine.size > 0) warm++;
      for (const version of mine.keys()) if (version >= message.from) measured++;
    }
    send({ type: 'counts', warm, measured, errors, firstError });
  } else if (message.type === 'report') {
    const latencies: number[] = [];
    let duplicates = 0;
    let lastAt = 0;
    let outOfOrder = 0;
    for (const mine of seen) {
      let previous = -Infinity;
      for (const [version, at] of mine) {
        if (version < 0) {
          duplicates++;
          continue;
        }
        if (version < previous) outOfOrder++;
        previous = version;
        if (version < message.from || version > message.to) continue;
        latencies.push(at - message.sendTimes[version]);
        lastAt = Math.max(lastAt, at);
      }
    }
    send({ type: 'report', latencies, delivered: latencies.length, duplicates, lastAt, outOfOrder });
  } else if (message.type === 'close') {
    closing = true;
    for (const close of closers) close();
    setTimeout(() => process.exit(0), 500).unref();
    process.disconnect();
  }
});

send({ type: 'ready' }); // loaded: connecting is timed from here, not from the process start
