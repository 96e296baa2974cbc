// The graphql-transport-ws protocol driven frame by frame with a raw WebSocket (a graphql-ws client
// would hide every one of these behaviours). Close codes: graphql-ws's CloseCode enum.
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { print } from 'graphql';
import { useTestApp } from './helpers/app.ts';
import { graphql } from './gql/index.ts';

const t = useTestApp();
const sockets: WebSocket[] = [];

afterEach(() => {
  for (const s of sockets.splice(0)) s.terminate();
});

interface Conn {
  ws: WebSocket;
  /** Resolves with the next message (parsed), in arrival order. */
  next(): Promise<any>;
  /** Resolves with the next message with this id and type. */
  nextOf(id: string, type?: string): Promise<any>;
  send(msg: unknown): void;
  closed: Promise<{ code: number; reason: string }>;
}

function open(protocols: string | string[] = 'graphql-transport-ws'): Promise<Conn> {
  const ws = new WebSocket(t.wsUrl, protocols);
  sockets.push(ws);
  const queue: any[] = [];
  const waiters: ((m: any) => void)[] = [];
  ws.on('message', (data) => {
    const msg = JSON.parse(String(data));
    const w = waiters.shift();
    if (w) w(msg);
    else queue.push(msg);
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) => ws.on('close', (code, reason) => resolve({ code, reason: String(reason) })));
  const next = () =>
    new Promise<any>((resolve, reject) => {
      if (queue.length) return resolve(queue.shift());
      waiters.push(resolve);
      void closed.then((c) => reject(new Error(`socket closed ${c.code} ${c.reason} while waiting for a message`)));
    });
  const conn: Conn = {
    ws,
    next,
    async nextOf(id, type) {
      for (;;) {
        const m = await next();
        if (m.id === id && (!type || m.type === type)) return m;
      }
    },
    send: (msg) => ws.send(typeof msg === 'string' ? msg : JSON.stringify(msg)),
    closed,
  };
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve(conn));
    ws.once('error', reject);
  });
}

async function acked(): Promise<Conn> {
  const c = await open();
  c.send({ type: 'connection_init', payload: { token: t.token } });
  expect(await c.next()).toEqual({ type: 'connection_ack' });
  return c;
}

// The frames below are built by hand; the operations they carry are typed documents, printed to text.
const SUBSCRIPTION = print(graphql(`
  subscription OutplanChangedForWsProtocolTest { outplanChanged { id name } }
`));
/** A query that always answers { __typename: 'Query' }: a marker that the socket still works. */
const TYPENAME = print(graphql(`
  query TypenameForWsProtocolTest { __typename }
`));
const CREATE = graphql(`
  mutation OutplanCreateForWsProtocolTest($input: OutplanCreateInput!) { outplanCreate(input: $input) { outplan { id } userErrors { message } } }
`);
const input = (name: string) => ({ name, source: { type: 'TEL' as const, target: '+15559876543' }, dialTimeout: 30000, tryInterval: 600000, maxTryCounts: [1] });

describe('graphql-transport-ws', () => {
  it('acknowledges connection_init with connection_ack', async () => {
    const c = await acked();
    expect(c.ws.protocol).toBe('graphql-transport-ws');
  });

  it('closes with 4406 when the client offers no graphql-transport-ws subprotocol', async () => {
    const c = await open([]);
    expect((await c.closed).code).toBe(4406);
  });

  it('closes with 4401 on subscribe before connection_ack', async () => {
    const c = await open();
    c.send({ id: '1', type: 'subscribe', payload: { query: TYPENAME } });
    expect(await c.closed).toEqual({ code: 4401, reason: 'Unauthorized' });
  });

  it('closes with 4429 on a second connection_init', async () => {
    const c = await acked();
    c.send({ type: 'connection_init', payload: { token: t.token } });
    expect((await c.closed).code).toBe(4429);
  });

  it('closes with 4409 on two subscribe messages with the same id', async () => {
    const c = await acked();
    c.send({ id: 'dup', type: 'subscribe', payload: { query: SUBSCRIPTION } });
    c.send({ id: 'dup', type: 'subscribe', payload: { query: SUBSCRIPTION } });
    const closed = await c.closed;
    expect(closed.code).toBe(4409);
    expect(closed.reason).toContain('dup');
  });

  it.each([
    ['an unknown message type', JSON.stringify({ type: 'bogus' })],
    ['invalid JSON', '{"type":'],
    ['subscribe without an id', JSON.stringify({ type: 'subscribe', payload: { query: TYPENAME } })],
    ['subscribe without a query', JSON.stringify({ id: 'x', type: 'subscribe', payload: {} })],
  ])('closes with 4400 on %s', async (_label, frame) => {
    const c = await acked();
    c.send(frame);
    expect((await c.closed).code).toBe(4400);
  });

  it('answers ping with pong, echoing the payload, before and after the ack', async () => {
    const c = await open();
    c.send({ type: 'ping', payload: { n: 1 } });
    expect(await c.next()).toEqual({ type: 'pong', payload: { n: 1 } });
    c.send({ type: 'connection_init', payload: { token: t.token } });
    expect(await c.next()).toEqual({ type: 'connection_ack' });
    c.send({ type: 'pong' }); // unsolicited pong: ignored
    c.send({ type: 'ping' });
    expect(await c.next()).toEqual({ type: 'pong' });
  });

  it('answers an unknown field with an error for that id and keeps the socket usable', async () => {
    const c = await acked();
    c.send({ id: 'bad', type: 'subscribe', payload: { query: 'subscription { noSuchField }' } }); // an unknown field: stays a string
    const err = await c.next();
    expect(err).toMatchObject({ id: 'bad', type: 'error' });
    expect(err.payload[0].message).toMatch(/noSuchField/);
    c.send({ id: 'ok', type: 'subscribe', payload: { query: TYPENAME } });
    expect(await c.next()).toEqual({ id: 'ok', type: 'next', payload: { data: { __typename: 'Query' } } });
    expect(await c.next()).toEqual({ id: 'ok', type: 'complete' });
  });

  it('answers a syntax error with an error for that id and keeps the socket usable', async () => {
    const c = await acked();
    c.send({ id: 'syntax', type: 'subscribe', payload: { query: 'subscription { outplanChanged { id ' } }); // a syntax error: stays a string
    const err = await c.next();
    expect(err).toMatchObject({ id: 'syntax', type: 'error' });
    expect(err.payload[0].message).toMatch(/Syntax Error/);
    c.send({ id: 'ok', type: 'subscribe', payload: { query: TYPENAME } });
    expect(await c.next()).toEqual({ id: 'ok', type: 'next', payload: { data: { __typename: 'Query' } } });
  });

  it('answers an operationName missing from the document with an error for that id', async () => {
    const c = await acked();
    c.send({ id: 'op', type: 'subscribe', payload: { query: 'query A { __typename }', operationName: 'B' } }); // names an operation it lacks: stays a string
    const err = await c.next();
    expect(err).toMatchObject({ id: 'op', type: 'error' });
    c.send({ id: 'ok', type: 'subscribe', payload: { query: TYPENAME } });
    expect(await c.next()).toEqual({ id: 'ok', type: 'next', payload: { data: { __typename: 'Query' } } });
  });

  it('delivers subscription events as next messages and stops after the client completes', async () => {
    const c = await acked();
    c.send({ id: 's1', type: 'subscribe', payload: { query: SUBSCRIPTION } });
    // The subscription is registered once the server has handled the subscribe message; a ping
    // sent after it is answered after it (messages are handled in order).
    c.send({ type: 'ping' });
    expect(await c.next()).toEqual({ type: 'pong' });
    const first = await t.gql(CREATE, { input: input('ws one') });
    expect(first.errors).toBeUndefined();
    const event = await c.nextOf('s1');
    expect(event).toEqual({ id: 's1', type: 'next', payload: { data: { outplanChanged: { id: first.data!.outplanCreate.outplan!.id, name: 'ws one' } } } });

    c.send({ id: 's1', type: 'complete' });
    c.send({ id: 'q', type: 'subscribe', payload: { query: TYPENAME } });
    expect(await c.next()).toMatchObject({ id: 'q', type: 'next' });
    expect(await c.next()).toEqual({ id: 'q', type: 'complete' });
    await t.gql(CREATE, { input: input('ws two') });
    // A marker query after the mutation: had s1 still been live, its event would have been sent too.
    // Events are published after commit, before the mutation's response, so a stray one would arrive by now.
    c.send({ id: 'q2', type: 'subscribe', payload: { query: TYPENAME } });
    const after = [await c.next(), await c.next()];
    expect(after).toEqual([
      { id: 'q2', type: 'next', payload: { data: { __typename: 'Query' } } },
      { id: 'q2', type: 'complete' },
    ]);
  });
});
