// Starts a real dialgraph server on a free loopback port, on this file's own database. useTestApp() is the
// usual way: one database and one server for a test file, created before its tests and dropped after them.
import { request } from 'node:http';
import WebSocket from 'ws';
import { afterAll, beforeAll } from 'vitest';
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createClient, type Client } from 'graphql-ws';
import { loadConfig, type Config } from '../../src/config.ts';
import { createApp, type App } from '../../src/server.ts';
import { createTestDatabase, type TestDatabase } from './db.ts';
import type { Database } from '../../src/db/database.ts';
import type { Logger } from '../../src/logger.ts';

/**
 * For a test that counts the SQL statements of its requests: every background poller of the instance (the
 * heartbeat with its reconciliation and pruning, the outbox tail, the webhook sender) runs once an hour, so none
 * lands inside a request on a slow machine. Events still reach this instance's subscribers through its pubsub.
 */
export const QUIET_HOUSEKEEPING = { HEARTBEAT_MS: '3600000', INSTANCE_EXPIRY_MS: '7200000', EVENT_POLL_MS: '3600000', WEBHOOK_POLL_MS: '3600000' } as const;

export const TEST_ADMIN = { username: 'admin', password: 'test-admin-password' };

export interface TestApp {
  app: App;
  url: string;
  wsUrl: string;
  /** JWT of the bootstrap SUPERADMIN (customer `default`); sent by gql() and wsClient() unless overridden. */
  token: string;
  /** POSTs a GraphQL operation (text, or a typed document from test/gql); returns the parsed body. */
  gql<T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<{ data?: T; errors?: any[] }>;
  gql<R, V>(document: TypedDocumentNode<R, V>, variables?: V, headers?: Record<string, string>): Promise<{ data?: R; errors?: any[] }>;
  /** A graphql-ws client on this server (closed by stop()). */
  wsClient(connectionParams?: Record<string, unknown>): Client;
  stop(): Promise<void>;
}

export async function startTestApp(
  database: TestDatabase,
  env: Partial<Record<keyof Config, string>> = {},
  options: { logger?: Logger } = {},
): Promise<TestApp> {
  const config = loadConfig({
    ...process.env, DATABASE_URL: database.url ?? '', REDIS_URL: '', PORT: '0', JWT_SECRET: 'dialgraph-test-secret-0123456789',
    ADMIN_USERNAME: TEST_ADMIN.username, ADMIN_PASSWORD: TEST_ADMIN.password,
    // The rate limit off: a test file spends a customer's budget fast. test/rate-limit.test.ts turns it on.
    RATE_LIMIT_COST: '0', ...env,
  });
  const db = await database.open();
  const app = await createApp(config, { db, logger: options.logger });
  const url = await app.listen(0);
  const wsUrl = url.replace(/^http/, 'ws');
  const clients: Client[] = [];
  const token = await login(url, TEST_ADMIN.username, TEST_ADMIN.password);
  return {
    app,
    url,
    wsUrl,
    token,
    gql: async (query: string | TypedDocumentNode<unknown, unknown>, variables?: unknown, headers: Record<string, string> = {}) => {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${token}`, ...headers },
        body: JSON.stringify({ query: typeof query === 'string' ? query : print(query), variables }),
      });
      return res.json() as Promise<{ data?: any; errors?: any[] }>;
    },
    wsClient: (connectionParams = { token }) => {
      const client = createClient({ url: wsUrl, webSocketImpl: WebSocket, retryAttempts: 0, lazy: true, connectionParams });
      clients.push(client);
      return client;
    },
    stop: async () => {
      await Promise.all(clients.map((c) => c.dispose()));
      await app.stop();
    },
  };
}

export interface FileTestApp extends TestApp {
  database: TestDatabase;
  /** The server's own database client. */
  db: Database;
}

/**
 * This test file's database and server, created in beforeAll and stopped and dropped in afterAll. The returned
 * object stands for the server (t.gql, t.wsClient, t.app, ...) and its database (t.db, t.database) once
 * beforeAll has run, so read it inside hooks and tests, not at the top of the file.
 */
export function useTestApp(
  env: Partial<Record<keyof Config, string>> = {},
  options: { logger?: Logger; database?: () => Promise<TestDatabase> } = {},
): FileTestApp {
  let database: TestDatabase | undefined;
  let started: TestApp | undefined;
  beforeAll(async () => {
    database = await (options.database ?? createTestDatabase)();
    started = await startTestApp(database, env, { logger: options.logger });
  });
  afterAll(async () => {
    await started?.stop();
    await database?.drop();
  });
  const app = (): TestApp => {
    if (!started) throw new Error('useTestApp: the server is used before beforeAll started it (read it inside a hook or a test)');
    return started;
  };
  return {
    get app() { return app().app; },
    get url() { return app().url; },
    get wsUrl() { return app().wsUrl; },
    get token() { return app().token; },
    get database() { return database!; },
    get db() { return app().app.services.db; },
    gql: ((query: never, variables?: never, headers?: Record<string, string>) => app().gql(query, variables, headers)) as TestApp['gql'],
    wsClient: (connectionParams) => app().wsClient(connectionParams),
    stop: () => app().stop(),
  };
}

/**
 * Two servers on one database, for a describe block whose test starts them (`start`): both are stopped after the
 * block, also when the test failed half-way.
 */
export function twoTestApps(): { start(database: TestDatabase, env?: Partial<Record<keyof Config, string>>): Promise<{ a: TestApp; b: TestApp }> } {
  let a: TestApp | undefined;
  let b: TestApp | undefined;
  afterAll(async () => {
    await b?.stop();
    await a?.stop();
  });
  return {
    start: async (database, env) => {
      a = await startTestApp(database, env);
      b = await startTestApp(database, env);
      return { a, b };
    },
  };
}

/** Logs in over HTTP and returns the JWT. */
export async function login(url: string, username: string, password: string): Promise<string> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($input: LoginInput!) { login(input: $input) { token userErrors { message } } }', variables: { input: { username, password } } }),
  });
  const body = (await res.json()) as { data?: { login: { token: string | null; userErrors: { message: string }[] } }; errors?: unknown };
  const token = body.data?.login.token;
  if (!token) throw new Error(`login as ${username} failed: ${JSON.stringify(body)}`);
  return token;
}

export interface LoginResponse {
  data?: { login: { token: string | null; userErrors: { code: string }[] } } | null;
  errors?: { message: string; extensions: { code: string; retryAfterSeconds?: number } }[];
}

/**
 * Logs in over HTTP from a chosen loopback address (127.0.0.0/8 all reach the server on 127.0.0.1), so a test
 * can choose the client IP the login limiter counts against. Returns the parsed body whatever it is.
 */
export function loginFrom(url: string, localAddress: string, username: string, password: string): Promise<LoginResponse> {
  const body = JSON.stringify({
    query: 'mutation LoginFrom($input: LoginInput!) { login(input: $input) { token userErrors { code } } }',
    variables: { input: { username, password } },
  });
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', localAddress, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (text += d));
      res.on('end', () => {
        try {
          resolve(JSON.parse(text));
        } catch {
          reject(new Error(`${res.statusCode}: ${text}`));
        }
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Collects the next `count` results of a subscription, failing after `timeoutMs`. */
export function collect<T>(client: Client, query: string, variables: Record<string, unknown>, count: number, timeoutMs = 20_000) {
  const received: T[] = [];
  let ready!: () => void;
  const started = new Promise<void>((r) => (ready = r));
  const done = new Promise<T[]>((resolve, reject) => {
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error(`timed out after ${received.length} of ${count} events: ${JSON.stringify(received)}`));
    }, timeoutMs);
    const unsubscribe = client.subscribe<T>(
      { query, variables },
      {
        next: (result) => {
          if (result.errors) return reject(new Error(JSON.stringify(result.errors)));
          received.push(result.data as T);
          if (received.length === count) {
            clearTimeout(timer);
            unsubscribe();
            resolve(received);
          }
        },
        error: (err) => reject(err instanceof Error ? err : new Error(JSON.stringify(err))),
        complete: () => {},
      },
    );
    client.on('connected', () => ready());
  });
  return { received, done, started };
}

/**
 * A subscription over SSE (GraphQL over HTTP with `Accept: text/event-stream`): the HTTP status, the `data` of
 * each event as it arrives (the subscription field's value), and close() to end the stream.
 */
export async function sseSubscribe<T>(url: string, token: string, query: string, variables: Record<string, unknown> = {}) {
  const controller = new AbortController();
  const res = await fetch(url, {
    method: 'POST',
    signal: controller.signal,
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const seen: T[] = [];
  const pump = (async () => {
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let at: number;
      while ((at = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, at);
        buffer = buffer.slice(at + 2);
        const data = block.split('\n').filter((l) => l.startsWith('data:')).map((l) => l.slice(5)).join('');
        const payload = data ? (JSON.parse(data).data as Record<string, T> | undefined) : undefined;
        if (payload) seen.push(Object.values(payload)[0]);
      }
    }
  })().catch(() => {});
  return {
    status: res.status,
    seen,
    close: async () => {
      controller.abort();
      await pump;
    },
  };
}
