// graphql-ws pings every open socket each WS_KEEPALIVE_MS and closes one whose pong has not come back by the next
// ping (README "Configuration"): a client that vanished without closing (a laptop lid shut, a dropped network) does
// not hold its socket and subscriptions for good, and a live one is kept. Raw sockets, so one can refuse to answer.
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { useTestApp } from './helpers/app.ts';

const KEEPALIVE_MS = 250;
const t = useTestApp({ WS_KEEPALIVE_MS: String(KEEPALIVE_MS) });
const sockets: WebSocket[] = [];
afterEach(() => {
  for (const s of sockets.splice(0)) s.terminate();
});

/** A socket past connection_ack; `autoPong: false` leaves the server's pings unanswered. */
async function connected(autoPong: boolean) {
  const ws = new WebSocket(t.wsUrl, 'graphql-transport-ws', { autoPong });
  sockets.push(ws);
  const pings: number[] = [];
  ws.on('ping', () => pings.push(Date.now()));
  const closed = new Promise<{ code: number; at: number }>((resolve) => ws.on('close', (code) => resolve({ code, at: Date.now() })));
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  ws.send(JSON.stringify({ type: 'connection_init', payload: { token: t.token } }));
  const ack = await new Promise<any>((resolve) => ws.once('message', (data) => resolve(JSON.parse(String(data)))));
  expect(ack.type).toBe('connection_ack');
  return { ws, pings, closed, since: Date.now() };
}

describe('WebSocket keep-alive', () => {
  it('closes a socket that stops answering pings, within two intervals, and keeps one that answers', async () => {
    const silent = await connected(false);
    const live = await connected(true);
    const { code, at } = await silent.closed;
    expect(code).toBe(1006); // terminated: no closing handshake with a peer that is gone
    expect(at - silent.since).toBeGreaterThanOrEqual(KEEPALIVE_MS);
    expect(at - silent.since).toBeLessThan(3 * KEEPALIVE_MS + 500);
    expect(silent.pings.length).toBeGreaterThanOrEqual(1);
    await new Promise((resolve) => setTimeout(resolve, 3 * KEEPALIVE_MS));
    expect(live.ws.readyState).toBe(WebSocket.OPEN);
    expect(live.pings.length).toBeGreaterThanOrEqual(3);
  });
});
