// Graceful shutdown of a real process: SIGTERM ends subscriptions (graphql-ws sockets close with 1001
// Going Away, SSE streams complete), the process exits 0 and logs that it stopped, and the port is closed.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { print } from 'graphql';
import type { ResultOf, VariablesOf } from '@graphql-typed-document-node/core';
import { createTestDatabase, type TestDatabase } from './helpers/db.ts';
import { login } from './helpers/app.ts';
import { graphql } from './gql/index.ts';

const ADMIN = { username: 'admin', password: 'shutdown-test-password' };
const root = path.resolve(import.meta.dirname, '..');

let database: TestDatabase | undefined;
let dataDir: string;
let child: ChildProcess | undefined;
let exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
const logLines: Record<string, any>[] = [];
let stdout = '';
let stderr = '';
let url: string;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'dialgraph-shutdown-'));
  if (process.env.DATABASE_URL) database = await createTestDatabase();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: '0', // index.ts logs the URL it really listens on
    DATA_DIR: dataDir,
    DATABASE_URL: database?.url ?? '',
    REDIS_URL: process.env.REDIS_URL ?? '',
    LOG_LEVEL: 'info',
    JWT_SECRET: 'dialgraph-shutdown-test-secret-0123',
    ADMIN_USERNAME: ADMIN.username,
    ADMIN_PASSWORD: ADMIN.password,
    // Far beyond the test timeout: shutdown must drain on its own, not by the grace timer's force-close.
    SHUTDOWN_GRACE_MS: '600000',
    EVENT_POLL_MS: '200',
  };
  child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  exited = new Promise((resolve) => child!.once('exit', (code, signal) => resolve({ code, signal })));
  let partial = '';
  const listening = new Promise<string>((resolve, reject) => {
    child!.stdout!.on('data', (chunk) => {
      stdout += chunk;
      partial += chunk;
      const lines = partial.split('\n');
      partial = lines.pop()!;
      for (const line of lines) {
        // bootstrap.ts prints the first credentials as plain text on purpose; everything else is JSON.
        if (!line.startsWith('{')) continue;
        const entry = JSON.parse(line);
        logLines.push(entry);
        if (/listening/.test(entry.msg) && entry.url) resolve(entry.url);
      }
    });
    child!.stderr!.on('data', (chunk) => (stderr += chunk));
    void exited.then((e) => reject(new Error(`server exited early (${e.code ?? e.signal}):\n${stdout}\n${stderr}`)));
  });
  url = await listening;
});

afterAll(async () => {
  if (child && child.exitCode === null && child.signalCode === null) {
    child.kill('SIGKILL');
    await exited;
  }
  await database?.drop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

const SUBSCRIPTION = graphql(`
  subscription OutplanChangedForShutdownTest { outplanChanged { id name } }
`);
const CREATE = graphql(`
  mutation OutplanCreateForShutdownTest($input: OutplanCreateInput!) { outplanCreate(input: $input) { outplan { id } userErrors { message } } }
`);

function openSocket(wsUrl: string, token: string) {
  const ws = new WebSocket(wsUrl, 'graphql-transport-ws');
  const messages: any[] = [];
  let notify: (() => void) | undefined;
  ws.on('message', (d) => {
    messages.push(JSON.parse(String(d)));
    notify?.();
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) => ws.on('close', (code, reason) => resolve({ code, reason: String(reason) })));
  const waitFor = async (pred: (m: any) => boolean) => {
    for (;;) {
      const found = messages.find(pred);
      if (found) return found;
      await new Promise<void>((r) => (notify = r));
    }
  };
  const ready = new Promise<void>((resolve, reject) => {
    ws.once('error', reject);
    ws.once('open', () => {
      ws.send(JSON.stringify({ type: 'connection_init', payload: { token } }));
      resolve();
    });
  });
  return { ws, messages, closed, waitFor, ready };
}

/** Reads an SSE response to its end; `events` fills as they arrive. */
function readSse(res: Response) {
  const events: { event: string; data: string }[] = [];
  let notify: (() => void) | undefined;
  const done = (async () => {
    const decoder = new TextDecoder();
    let buffer = '';
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      buffer += decoder.decode(chunk, { stream: true });
      let sep: number;
      while ((sep = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, sep);
        buffer = buffer.slice(sep + 2);
        const event = /^event: ?(.*)$/m.exec(block)?.[1] ?? 'message';
        const data = [...block.matchAll(/^data: ?(.*)$/gm)].map((m) => m[1]).join('\n');
        if (block.split('\n').every((l) => l.startsWith(':'))) continue; // keep-alive comment
        events.push({ event, data });
        notify?.();
      }
    }
  })();
  const waitFor = async (pred: (e: { event: string; data: string }) => boolean) => {
    for (;;) {
      const found = events.find(pred);
      if (found) return found;
      await Promise.race([new Promise<void>((r) => (notify = r)), done.then(() => Promise.reject(new Error(`stream ended: ${JSON.stringify(events)}`)))]);
    }
  };
  return { events, done, waitFor };
}

describe('SIGTERM', () => {
  it('reports healthy and ready while running', async () => {
    const health = await fetch(url.replace(/\/graphql$/, '/healthz'));
    expect(health.status).toBe(200);
    await health.text();
    const ready = await fetch(url.replace(/\/graphql$/, '/readyz'));
    expect(ready.status).toBe(200);
    await ready.text();
  });

  it('ends live subscriptions, closes sockets with 1001, exits 0 and stops listening', async () => {
    const token = await login(url, ADMIN.username, ADMIN.password);
    const SUB = print(SUBSCRIPTION);

    // graphql-ws subscriber
    const socket = openSocket(url.replace(/^http/, 'ws'), token);
    await socket.ready;
    await socket.waitFor((m) => m.type === 'connection_ack');
    socket.ws.send(JSON.stringify({ id: 'live', type: 'subscribe', payload: { query: SUB } }));

    // SSE subscriber (an HTTP request held open by the server)
    const sseRes = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: SUB }),
    });
    expect(sseRes.status).toBe(200);
    expect(sseRes.headers.get('content-type')).toMatch(/text\/event-stream/);
    const sse = readSse(sseRes);

    // Both are live: a change reaches both. (Retried: the SSE subscription may register a moment after its headers.)
    const create = async (name: string) => {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({
          query: print(CREATE),
          variables: { input: { name, source: { type: 'TEL', target: '+15559876543' }, dialTimeout: 30000, tryInterval: 600000, maxTryCounts: [1] } } satisfies VariablesOf<typeof CREATE>,
        }),
      });
      const body = (await res.json()) as { data?: ResultOf<typeof CREATE>; errors?: unknown[] };
      expect(body.errors).toBeUndefined();
    };
    await create('before shutdown');
    await socket.waitFor((m) => m.id === 'live' && m.type === 'next' && m.payload.data.outplanChanged.name === 'before shutdown');
    await sse.waitFor((e) => e.event === 'next' && e.data.includes('before shutdown'));

    child!.kill('SIGTERM');

    const closed = await socket.closed;
    expect(closed.code).toBe(1001);
    // The SSE stream is completed by the server (not cut): a final `complete` event, then a clean end of body.
    await sse.done.catch((err) => { throw new Error(`SSE stream cut after ${JSON.stringify(sse.events)}: ${err}`); });
    expect(sse.events.at(-1)).toEqual({ event: 'complete', data: '' });

    const exit = await exited;
    expect({ exit, stderr }).toEqual({ exit: { code: 0, signal: null }, stderr: '' });
    const messages = logLines.map((l) => l.msg);
    expect(messages).toContain('shutting down');
    expect(messages.at(-1)).toBe('stopped');
    expect(logLines.find((l) => l.msg === 'shutting down')).toMatchObject({ signal: 'SIGTERM' });

    // Nothing listens any more.
    await expect(fetch(url.replace(/\/graphql$/, '/healthz'))).rejects.toMatchObject({ cause: { code: 'ECONNREFUSED' } });
    const late = new WebSocket(url.replace(/^http/, 'ws'), 'graphql-transport-ws');
    await expect(new Promise((resolve, reject) => { late.once('open', resolve); late.once('error', reject); })).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });
});
