// Issue 16: graphql-ws limits, over real sockets. The server runs with small limits (a 64 KiB message, 5 operations
// per socket, 3 sockets per customer, 300 ms to connection_init) so each is reached cheaply; the defaults are
// checked against the config.
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { print } from 'graphql';
import { loadConfig } from '../src/config.ts';
import { login, useTestApp } from './helpers/app.ts';
import { graphql } from './gql/index.ts';

const t = useTestApp({ WS_MAX_MESSAGE_BYTES: String(64 * 1024), WS_MAX_SUBSCRIPTIONS_PER_SOCKET: '5', WS_MAX_CONNECTIONS_PER_CUSTOMER: '3', WS_CONNECTION_INIT_TIMEOUT_MS: '300' });
const sockets: WebSocket[] = [];

afterEach(() => {
  for (const s of sockets.splice(0)) s.terminate();
});

const TYPENAME = print(graphql(`
  query TypenameForWsLimitsTest { __typename }
`));
const OUTPLAN_CHANGED = graphql(`
  subscription OutplanChangedForWsLimitsTest { outplanChanged { name } }
`);
const OUTPLAN_CREATE = graphql(`
  mutation OutplanCreateForWsLimitsTest($input: OutplanCreateInput!) { outplanCreate(input: $input) { outplan { id } } }
`);
const CUSTOMER_CREATE = graphql(`
  mutation CustomerCreateForWsLimitsTest($input: CustomerCreateInput!) { customerCreate(input: $input) { customer { id } userErrors { message } } }
`);

type Frame = { message: any } | { closed: { code: number; reason: string } };

/** A raw graphql-transport-ws socket: every frame it receives, in order, and then how it closed. */
async function open(): Promise<{ ws: WebSocket; send(msg: unknown): void; next(): Promise<Frame> }> {
  const ws = new WebSocket(t.wsUrl, 'graphql-transport-ws');
  sockets.push(ws);
  const frames: Frame[] = [];
  const waiters: ((f: Frame) => void)[] = [];
  const push = (f: Frame) => (waiters.length ? waiters.shift()!(f) : frames.push(f));
  ws.on('message', (data) => push({ message: JSON.parse(String(data)) }));
  ws.on('close', (code, reason) => push({ closed: { code, reason: String(reason) } }));
  ws.on('error', () => {}); // a refused oversized write may error before the close frame is read
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  return {
    ws,
    send: (msg) => ws.send(typeof msg === 'string' ? msg : JSON.stringify(msg)),
    next: () => new Promise<Frame>((resolve) => (frames.length ? resolve(frames.shift()!) : waiters.push(resolve))),
  };
}

/** A socket past connection_init: its first frame (connection_ack, or the close that refused it). */
async function connect(token: string) {
  const socket = await open();
  socket.send({ type: 'connection_init', payload: { token } });
  return { ...socket, first: await socket.next() };
}

describe('graphql-ws limits', () => {
  it('defaults: 16 MiB messages, 100 operations per socket, 1,000 sockets per customer, 10 s to connection_init', () => {
    const config = loadConfig({});
    expect(config.WS_MAX_MESSAGE_BYTES).toBe(16 * 1024 * 1024);
    expect(config.WS_MAX_SUBSCRIPTIONS_PER_SOCKET).toBe(100);
    expect(config.WS_MAX_CONNECTIONS_PER_CUSTOMER).toBe(1000);
    expect(config.WS_CONNECTION_INIT_TIMEOUT_MS).toBe(10_000);
  });

  it('closes a socket that sends no connection_init within WS_CONNECTION_INIT_TIMEOUT_MS with 4408', async () => {
    const started = performance.now();
    const socket = await open();
    expect(await socket.next()).toEqual({ closed: { code: 4408, reason: 'Connection initialisation timeout' } });
    const ms = performance.now() - started;
    expect(ms).toBeGreaterThanOrEqual(250);
    expect(ms).toBeLessThan(3_000); // the setting, not graphql-ws's default of 3 s or the 10 s it was fixed at
  });

  it('runs a message just under WS_MAX_MESSAGE_BYTES and closes the socket with 1009 on one over it', async () => {
    const c = await connect(t.token);
    expect(c.first).toEqual({ message: { type: 'connection_ack' } });
    const frame = (id: string, bytes: number) => {
      const empty = JSON.stringify({ id, type: 'subscribe', payload: { query: TYPENAME } });
      // Padding inside the query text: still a valid operation, whatever its size.
      return JSON.stringify({ id, type: 'subscribe', payload: { query: TYPENAME + ' '.repeat(bytes - empty.length) } });
    };
    const under = frame('under', 64 * 1024 - 100);
    expect(Buffer.byteLength(under)).toBe(64 * 1024 - 100);
    c.send(under);
    expect(await c.next()).toEqual({ message: { id: 'under', type: 'next', payload: { data: { __typename: 'Query' } } } });
    expect(await c.next()).toEqual({ message: { id: 'under', type: 'complete' } });

    c.send(frame('over', 64 * 1024 + 1));
    // Not executed: the next frame is the close, not a result.
    expect(await c.next()).toEqual({ closed: { code: 1009, reason: '' } });
  });

  it('answers an operation over WS_MAX_SUBSCRIPTIONS_PER_SOCKET with an error for it, and keeps the socket and its subscriptions', async () => {
    const client = t.wsClient();
    const events: string[][] = [[], [], [], [], []];
    const stops = events.map((seen) =>
      client.subscribe<{ outplanChanged: { name: string } }>({ query: print(OUTPLAN_CHANGED) }, {
        next: (r) => void seen.push(r.data!.outplanChanged.name), error: (e) => void seen.push(`error ${JSON.stringify(e)}`), complete: () => {},
      }));
    // The sixth operation: refused with a code, while the five stay open.
    const sixth = await new Promise<unknown>((resolve) => {
      client.subscribe({ query: TYPENAME }, { next: (r) => resolve(r), error: (e) => resolve({ error: e }), complete: () => {} });
    });
    expect(sixth).toEqual({
      error: [expect.objectContaining({ message: expect.stringMatching(/at most 5 at once/), extensions: { code: 'TOO_MANY_SUBSCRIPTIONS', limit: 5 } })],
    });

    // Completing one frees its place: the next operation runs, on the same socket.
    stops[0]();
    const query = await new Promise<unknown>((resolve, reject) => {
      client.subscribe({ query: TYPENAME }, { next: resolve, error: reject, complete: () => {} });
    });
    expect(query).toEqual({ data: { __typename: 'Query' } });

    // The other four still deliver.
    await t.gql(OUTPLAN_CREATE, { input: { name: 'after the limit', source: { type: 'TEL', target: '+15559876543' }, dialTimeout: 30000, tryInterval: 0, maxTryCounts: [1] } });
    await expect.poll(() => events.slice(1).every((seen) => seen.includes('after the limit')), { timeout: 10_000 }).toBe(true);
    expect(events.flat().filter((e) => e.startsWith('error'))).toEqual([]);
    await client.dispose();
  });

  it('closes the socket over WS_MAX_CONNECTIONS_PER_CUSTOMER with 4429 at connection_init; other customers, and freed places, connect', async () => {
    // Fresh customers: the other tests' sockets (of the default customer) do not count here.
    const tokens: string[] = [];
    for (const name of ['ws limits a', 'ws limits b']) {
      const username = name.replace(/ /g, '-');
      const created = await t.gql(CUSTOMER_CREATE, { input: { name, username, password: 'ws-limits-password' } });
      expect(created.data?.customerCreate.userErrors).toEqual([]);
      tokens.push(await login(t.url, username, 'ws-limits-password'));
    }
    const [a, b] = tokens;
    const three = [await connect(a), await connect(a), await connect(a)];
    for (const c of three) expect(c.first).toEqual({ message: { type: 'connection_ack' } });

    const fourth = await connect(a);
    expect(fourth.first).toEqual({ closed: { code: 4429, reason: 'Too many connections: at most 3 per customer' } });

    // Another customer has its own count.
    expect((await connect(b)).first).toEqual({ message: { type: 'connection_ack' } });

    // A closed socket frees its place (once the server has seen it close).
    three[0].ws.close();
    await three[0].next();
    await expect.poll(async () => {
      const again = await connect(a);
      again.ws.terminate();
      return again.first;
    }, { timeout: 10_000 }).toEqual({ message: { type: 'connection_ack' } });
  });
});
