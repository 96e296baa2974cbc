import { Writable } from 'node:stream';
import { pino } from 'pino';
import WebSocket from 'ws';
import { SignJWT } from 'jose';
import { print } from 'graphql';
import type { ResultOf, TypedDocumentNode } from '@graphql-typed-document-node/core';
import { describe, expect, it } from 'vitest';
import { login, startTestApp, TEST_ADMIN, useTestApp } from './helpers/app.ts';
import { graphql } from './gql/index.ts';
import { loadConfig } from '../src/config.ts';

const SECRET = 'dialgraph-test-secret-0123456789';
const logLines: string[] = [];
const sink = new Writable({ write(chunk, _enc, cb) { logLines.push(chunk.toString()); cb(); } });
const { AUTH_CACHE_MS } = loadConfig({});
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const t = useTestApp({ AUTH_RECHECK_MS: '200', LOGIN_MAX_FAILURES: '5', JWT_SECRET: SECRET }, { logger: pino({ level: 'debug' }, sink) });

/** POSTs a typed document to the server with only the given headers (no token unless one is given). */
async function post<R, V>(document: TypedDocumentNode<R, V>, variables?: V, headers: Record<string, string> = {}, query = '') {
  const res = await fetch(t.url + query, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: print(document), variables }) });
  return res.json() as Promise<{ data?: R; errors?: any[] }>;
}
const VIEWER = graphql(`
  query ViewerForIdentityTest { viewer { username role customer { name } } }
`);
const OUTPLANS = graphql(`
  query OutplansCountForIdentityTest { outplans { totalCount } }
`);
const SCHEMA = graphql(`
  query SchemaForIdentityTest { __schema { queryType { name } } }
`);
const LOGIN = graphql(`
  mutation LoginForIdentityTest($input: LoginInput!) { login(input: $input) { token userErrors { message code } } }
`);
const USER_CREATE = graphql(`
  mutation UserCreateForIdentityTest($input: UserCreateInput!) { userCreate(input: $input) { user { id username role } userErrors { field message code } } }
`);
const USER_PROMOTE = graphql(`
  mutation UserPromoteForIdentityTest($id: ID!) { userUpdateRole(input: {id: $id, role: ADMIN}) { user { role } } }
`);
const USER_DELETE = graphql(`
  mutation UserDeleteForIdentityTest($id: ID!) { userDelete(input: {id: $id}) { user { deletedAt } } }
`);
const USERS_COUNT = graphql(`
  query UsersCountForIdentityTest { users { totalCount } }
`);
const USERS_NAMES = graphql(`
  query UsersNamesForIdentityTest { users { nodes { username } } }
`);
const USERS_LIST = graphql(`
  query UsersListForIdentityTest { users(first: 100) { nodes { id username role } } }
`);
const PASSWORD_CHANGE = graphql(`
  mutation PasswordChangeForIdentityTest($input: PasswordChangeInput!) { passwordChange(input: $input) { changed userErrors { field } } }
`);
const ACCESS_KEY_CREATE = graphql(`
  mutation AccessKeyCreateForIdentityTest($input: AccessKeyCreateInput!) {
    accessKeyCreate(input: $input) { accessKey { id uuid name expiresAt } token userErrors { message } }
  }
`);
const ACCESS_KEY_CREATE_EXPIRED = graphql(`
  mutation AccessKeyCreateExpiredForIdentityTest { accessKeyCreate(input: {name: "old", expiresAt: "2000-01-01T00:00:00Z"}) { token userErrors { field message } } }
`);
const ACCESS_KEY_CREATE_BY_MANAGER = graphql(`
  mutation AccessKeyCreateByManagerForIdentityTest { accessKeyCreate(input: {name: "x"}) { token } }
`);
const ACCESS_KEY_DELETE = graphql(`
  mutation AccessKeyDeleteForIdentityTest($id: ID!) { accessKeyDelete(input: {id: $id}) { accessKey { deletedAt } userErrors { message } } }
`);
const ACCESS_KEYS_COUNT = graphql(`
  query AccessKeysCountForIdentityTest { accessKeys { totalCount } }
`);
const ACCESS_KEYS_LIST = graphql(`
  query AccessKeysListForIdentityTest($id: ID!) { accessKeys(first: 100) { nodes { id name expiresAt createdAt } } node(id: $id) { ... on AccessKey { name } } }
`);
const CUSTOMERS_COUNT = graphql(`
  query CustomersCountForIdentityTest { customers { totalCount } }
`);
const CUSTOMER_CREATE = graphql(`
  mutation CustomerCreateForIdentityTest($input: CustomerCreateInput!) { customerCreate(input: $input) { customer { name } userErrors { message } } }
`);
const CUSTOMER_CREATE_CONFLICT = graphql(`
  mutation CustomerCreateConflictForIdentityTest($input: CustomerCreateInput!) { customerCreate(input: $input) { customer { name } userErrors { field code } } }
`);

async function createManager(username: string) {
  const res = await t.gql(USER_CREATE, { input: { username, password: 'manager-password', role: 'MANAGER' } });
  expect(res.data!.userCreate.userErrors).toEqual([]);
  return { id: res.data!.userCreate.user!.id, token: await login(t.url, username, 'manager-password') };
}

describe('login', () => {
  it('returns a JWT that identifies the user', async () => {
    const res = await post(VIEWER, undefined, { authorization: `Bearer ${t.token}` });
    expect(res.data!.viewer).toEqual({ username: TEST_ADMIN.username, role: 'SUPERADMIN', customer: { name: 'default' } });
  });

  it('refuses a wrong password with a userError and no token', async () => {
    const res = await post(LOGIN, { input: { username: 'admin', password: 'nope-nope' } });
    expect(res.data!.login).toEqual({ token: null, userErrors: [{ message: 'Wrong username or password.', code: 'INVALID' }] });
  });

});

describe('without a token', () => {
  it('allows only login, viewer (null) and introspection', async () => {
    expect((await post(VIEWER)).data).toEqual({ viewer: null });
    expect((await post(SCHEMA)).data!.__schema.queryType.name).toBe('Query');
    const refused = await post(OUTPLANS);
    expect(refused.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(refused.data).toBeNull();
  });

  it('treats an invalid or expired token like no token', async () => {
    const expired = await new SignJWT({ cid: 'x', role: 'ADMIN' }).setProtectedHeader({ alg: 'HS256' }).setSubject('x')
      .setExpirationTime(Math.floor(Date.now() / 1000) - 10).sign(new TextEncoder().encode(SECRET));
    const viewerId = (await post(VIEWER, undefined, { authorization: `Bearer ${t.token}` })).data!.viewer!.username;
    expect(viewerId).toBe('admin');
    for (const token of ['garbage', expired, t.token.slice(0, -3) + 'abc']) {
      const res = await post(OUTPLANS, undefined, { authorization: `Bearer ${token}` });
      expect(res.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    }
  });
});

describe('token places', () => {
  it('accepts the token in the Authorization header, the token query parameter, the token cookie and graphql-ws connectionParams', async () => {
    expect((await post(VIEWER, undefined, { authorization: `Bearer ${t.token}` })).data!.viewer!.username).toBe('admin');
    expect((await post(VIEWER, undefined, {}, `?token=${encodeURIComponent(t.token)}`)).data!.viewer!.username).toBe('admin');
    expect((await post(VIEWER, undefined, { cookie: `token=${t.token}` })).data!.viewer!.username).toBe('admin');
    for (const params of [{ token: t.token }, { authorization: `Bearer ${t.token}` }]) {
      const client = t.wsClient(params);
      const result = await new Promise<{ data?: ResultOf<typeof VIEWER> | null }>((resolve, reject) =>
        client.subscribe<ResultOf<typeof VIEWER>>({ query: print(VIEWER) }, { next: resolve, error: reject, complete: () => {} }),
      );
      expect(result.data!.viewer!.username).toBe('admin');
    }
  });

  it('refuses a simple cross-site request that carries the token cookie (CSRF)', async () => {
    const res = await fetch(`${t.url}?query=${encodeURIComponent(print(VIEWER))}`, { headers: { cookie: `token=${t.token}` } });
    expect(res.status).toBe(403);
  });
});

function wsClose(params: Record<string, unknown> | null): Promise<number> {
  return new Promise((resolve) => {
    const ws = new WebSocket(t.wsUrl, 'graphql-transport-ws');
    ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init', ...(params ? { payload: params } : {}) })));
    ws.on('close', (code) => resolve(code));
  });
}

describe('graphql-ws authentication', () => {
  it('closes with 4403 without a token or with an invalid one', async () => {
    expect(await wsClose(null)).toBe(4403);
    expect(await wsClose({ token: 'not-a-token' })).toBe(4403);
  });

  it('closes an open socket with 4403 once its access key is deleted', async () => {
    const created = await t.gql(ACCESS_KEY_CREATE, { input: { name: 'dashboard' } });
    const { accessKey, token } = created.data!.accessKeyCreate;
    const closed = new Promise<number>((resolve) => {
      const ws = new WebSocket(t.wsUrl, 'graphql-transport-ws');
      ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload: { token } })));
      ws.on('message', (m) => {
        if (JSON.parse(m.toString()).type === 'connection_ack') {
          void t.gql(ACCESS_KEY_DELETE, { id: accessKey!.id });
        }
      });
      ws.on('close', (code) => resolve(code));
    });
    expect(await closed).toBe(4403);
  });

  it('closes an open socket with 4403 once its JWT expires', async () => {
    // A second server on this file's database, with a short JWT lifetime.
    const short = await startTestApp(t.database, { JWT_LIFETIME_SECONDS: '2', AUTH_RECHECK_MS: '200', JWT_SECRET: SECRET });
    try {
      let acked = false;
      let ws!: WebSocket;
      const closed = new Promise<number>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`the socket was still open 15 s later (acked: ${acked})`)), 15_000);
        ws = new WebSocket(short.wsUrl, 'graphql-transport-ws');
        ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload: { token: short.token } })));
        ws.on('message', (m) => {
          if (JSON.parse(m.toString()).type === 'connection_ack') acked = true;
        });
        ws.on('close', (code) => {
          clearTimeout(timer);
          resolve(code);
        });
      });
      try {
        expect(await closed).toBe(4403);
      } finally {
        ws.terminate();
      }
      // It was accepted first: the close came from the expiry, not from the connection_init.
      expect(acked).toBe(true);
    } finally {
      await short.stop();
    }
  });
});

describe('access keys', () => {
  it('works as a token until deleted, and until it expires; the token is shown only once', async () => {
    const created = await t.gql(ACCESS_KEY_CREATE, { input: { name: 'ci' } });
    const { accessKey, token } = created.data!.accessKeyCreate;
    expect(token).toMatch(/^dgk_/);
    expect((await post(VIEWER, undefined, { authorization: `Bearer ${token}` })).data!.viewer).toEqual({ username: 'access key ci', role: 'ADMIN', customer: { name: 'default' } });

    const listed = JSON.stringify(await t.gql(ACCESS_KEYS_LIST, { id: accessKey!.id }));
    expect(listed).toContain('"ci"');
    expect(listed).not.toContain(token);

    // A change made outside the API (SQL) reaches a token whose viewer is cached when its lease ends (AUTH_CACHE_MS).
    const db = t.db;
    await db.prisma.accessKey.update({ where: { id: accessKey!.uuid }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await sleep(AUTH_CACHE_MS);
    expect((await post(OUTPLANS, undefined, { authorization: `Bearer ${token}` })).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    await db.prisma.accessKey.update({ where: { id: accessKey!.uuid }, data: { expiresAt: null } });
    expect((await post(OUTPLANS, undefined, { authorization: `Bearer ${token}` })).data!.outplans.totalCount).toBeGreaterThanOrEqual(0);

    const deleted = await t.gql(ACCESS_KEY_DELETE, { id: accessKey!.id });
    expect(deleted.data!.accessKeyDelete.accessKey!.deletedAt).not.toBeNull();
    expect((await post(OUTPLANS, undefined, { authorization: `Bearer ${token}` })).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses an expiry in the past', async () => {
    const res = await t.gql(ACCESS_KEY_CREATE_EXPIRED);
    expect(res.data!.accessKeyCreate).toEqual({ token: null, userErrors: [{ field: ['input', 'expiresAt'], message: 'expiresAt must be in the future.' }] });
  });
});

describe('roles', () => {
  it('lets a MANAGER do domain operations but not manage users or access keys (FORBIDDEN)', async () => {
    const manager = await createManager('manager-1');
    const h = { authorization: `Bearer ${manager.token}` };
    expect((await post(OUTPLANS, undefined, h)).data!.outplans.totalCount).toBeGreaterThanOrEqual(0);
    const refused: TypedDocumentNode<unknown, { [key: string]: never }>[] = [USERS_COUNT, ACCESS_KEYS_COUNT, ACCESS_KEY_CREATE_BY_MANAGER, CUSTOMERS_COUNT];
    for (const document of refused) {
      const res = await post(document, undefined, h);
      expect(res.errors?.[0].extensions.code, print(document)).toBe('FORBIDDEN');
    }
  });

  it('lets a SUPERADMIN create customers whose ADMIN sees only its own customer', async () => {
    const acmeInput = { name: 'acme', username: 'acme-admin', password: 'acme-password' };
    const res = await t.gql(CUSTOMER_CREATE, { input: acmeInput });
    expect(res.data!.customerCreate).toEqual({ customer: { name: 'acme' }, userErrors: [] });
    const dup = await t.gql(CUSTOMER_CREATE_CONFLICT, { input: acmeInput });
    expect(dup.data!.customerCreate.userErrors).toEqual([{ field: ['input', 'name'], code: 'CONFLICT' }, { field: ['input', 'username'], code: 'CONFLICT' }]);

    const acme = { authorization: `Bearer ${await login(t.url, 'acme-admin', 'acme-password')}` };
    expect((await post(VIEWER, undefined, acme)).data!.viewer).toEqual({ username: 'acme-admin', role: 'ADMIN', customer: { name: 'acme' } });
    const users = await post(USERS_NAMES, undefined, acme);
    expect(users.data!.users.nodes).toEqual([{ username: 'acme-admin' }]);
    expect((await post(CUSTOMER_CREATE, { input: { name: 'x', username: 'xx-admin', password: 'xxxxxxxx' } }, acme)).errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('changes roles, deletes users (their tokens stop working) and changes passwords', async () => {
    const manager = await createManager('manager-2');
    const promoted = await t.gql(USER_PROMOTE, { id: manager.id });
    expect(promoted.data!.userUpdateRole.user!.role).toBe('ADMIN');
    expect((await post(USERS_COUNT, undefined, { authorization: `Bearer ${manager.token}` })).data!.users.totalCount).toBeGreaterThan(0);

    const h = { authorization: `Bearer ${manager.token}` };
    const wrong = await post(PASSWORD_CHANGE, { input: { currentPassword: 'nope', newPassword: 'new-password-1' } }, h);
    expect(wrong.data!.passwordChange).toEqual({ changed: false, userErrors: [{ field: ['input', 'currentPassword'] }] });
    const changed = await post(PASSWORD_CHANGE, { input: { currentPassword: 'manager-password', newPassword: 'new-password-1' } }, h);
    expect(changed.data!.passwordChange.changed).toBe(true);
    await expect(login(t.url, 'manager-2', 'manager-password')).rejects.toThrow();
    expect(await login(t.url, 'manager-2', 'new-password-1')).toBeTruthy();

    const deleted = await t.gql(USER_DELETE, { id: manager.id });
    expect(deleted.data!.userDelete.user!.deletedAt).not.toBeNull();
    expect((await post(OUTPLANS, undefined, h)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('secrets', () => {
  it('never shows a password, password hash or access key in logs or results', async () => {
    const created = await t.gql(ACCESS_KEY_CREATE, { input: { name: 'log-check' } });
    const token = created.data!.accessKeyCreate.token!;
    await post(VIEWER, undefined, {}, `?token=${token}`);
    const users = JSON.stringify(await t.gql(USERS_LIST));
    expect(users).not.toMatch(/argon2/);
    const logs = logLines.join('');
    expect(logs).toContain('[REDACTED]');
    for (const secret of [token, TEST_ADMIN.password, 'manager-password', 'acme-password', '$argon2']) expect(logs).not.toContain(secret);
  });
});

// Last: it locks the test's IP out of login for a minute.
describe('login brute force', () => {
  it('locks a username and the IP out after too many failures, even with the right password', async () => {
    await createManager('brute-target');
    for (let i = 0; i < 5; i++) await post(LOGIN, { input: { username: 'brute-target', password: 'wrong-wrong' } });
    const res = await post(LOGIN, { input: { username: 'brute-target', password: 'manager-password' } });
    expect(res.errors?.[0].extensions.code).toBe('RATE_LIMITED');
    expect(res.errors?.[0].extensions.retryAfterSeconds).toBeGreaterThan(0);
    // The same IP is locked out for every username too; tokens already issued keep working.
    const other = await post(LOGIN, { input: { username: 'admin', password: 'test-admin-password' } });
    expect(other.errors?.[0].extensions.code).toBe('RATE_LIMITED');
    expect((await post(VIEWER, undefined, { authorization: `Bearer ${t.token}` })).data!.viewer!.username).toBe('admin');
  });
});
