import { Writable } from 'node:stream';
import { pino } from 'pino';
import WebSocket from 'ws';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './helpers/db.ts';
import { login, startTestApp, TEST_ADMIN, type TestApp } from './helpers/app.ts';

const SECRET = 'dialgraph-test-secret-0123456789';
let database: TestDatabase;
let t: TestApp;
const logLines: string[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  const sink = new Writable({ write(chunk, _enc, cb) { logLines.push(chunk.toString()); cb(); } });
  t = await startTestApp(database, { AUTH_RECHECK_MS: '200', LOGIN_MAX_FAILURES: '5', JWT_SECRET: SECRET }, { logger: pino({ level: 'debug' }, sink) });
});
afterAll(async () => {
  await t?.stop();
  await database?.drop();
});

async function post(body: unknown, headers: Record<string, string> = {}, query = '') {
  const res = await fetch(t.url + query, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return res.json() as Promise<{ data?: any; errors?: any[] }>;
}
const VIEWER = { query: '{ viewer { username role customer { name } } }' };
const OUTPLANS = { query: '{ outplans { totalCount } }' };

async function createManager(username: string) {
  const res = await t.gql(`mutation($input: UserCreateInput!) { userCreate(input: $input) { user { id username role } userErrors { field message code } } }`, {
    input: { username, password: 'manager-password', role: 'MANAGER' },
  });
  expect(res.data.userCreate.userErrors).toEqual([]);
  return { id: res.data.userCreate.user.id as string, token: await login(t.url, username, 'manager-password') };
}

describe('login', () => {
  it('returns a JWT that identifies the user', async () => {
    const res = await post(VIEWER, { authorization: `Bearer ${t.token}` });
    expect(res.data.viewer).toEqual({ username: TEST_ADMIN.username, role: 'SUPERADMIN', customer: { name: 'default' } });
  });

  it('refuses a wrong password with a userError and no token', async () => {
    const res = await post({ query: 'mutation { login(input: {username: "admin", password: "nope-nope"}) { token userErrors { message code } } }' });
    expect(res.data.login).toEqual({ token: null, userErrors: [{ message: 'Wrong username or password.', code: 'INVALID' }] });
  });

});

describe('without a token', () => {
  it('allows only login, viewer (null) and introspection', async () => {
    expect((await post(VIEWER)).data).toEqual({ viewer: null });
    expect((await post({ query: '{ __schema { queryType { name } } }' })).data.__schema.queryType.name).toBe('Query');
    const refused = await post(OUTPLANS);
    expect(refused.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(refused.data).toBeNull();
  });

  it('treats an invalid or expired token like no token', async () => {
    const expired = await new SignJWT({ cid: 'x', role: 'ADMIN' }).setProtectedHeader({ alg: 'HS256' }).setSubject('x')
      .setExpirationTime(Math.floor(Date.now() / 1000) - 10).sign(new TextEncoder().encode(SECRET));
    const viewerId = (await post({ query: '{ viewer { username } }' }, { authorization: `Bearer ${t.token}` })).data.viewer.username;
    expect(viewerId).toBe('admin');
    for (const token of ['garbage', expired, t.token.slice(0, -3) + 'abc']) {
      const res = await post(OUTPLANS, { authorization: `Bearer ${token}` });
      expect(res.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    }
  });
});

describe('token places', () => {
  it('accepts the token in the Authorization header, the token query parameter, the token cookie and graphql-ws connectionParams', async () => {
    expect((await post(VIEWER, { authorization: `Bearer ${t.token}` })).data.viewer.username).toBe('admin');
    expect((await post(VIEWER, {}, `?token=${encodeURIComponent(t.token)}`)).data.viewer.username).toBe('admin');
    expect((await post(VIEWER, { cookie: `token=${t.token}` })).data.viewer.username).toBe('admin');
    for (const params of [{ token: t.token }, { authorization: `Bearer ${t.token}` }]) {
      const client = t.wsClient(params);
      const result = await new Promise<any>((resolve, reject) =>
        client.subscribe(VIEWER, { next: resolve, error: reject, complete: () => {} }),
      );
      expect(result.data.viewer.username).toBe('admin');
    }
  });

  it('refuses a simple cross-site request that carries the token cookie (CSRF)', async () => {
    const res = await fetch(`${t.url}?query=${encodeURIComponent(VIEWER.query)}`, { headers: { cookie: `token=${t.token}` } });
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
    const created = await t.gql(`mutation { accessKeyCreate(input: {name: "dashboard"}) { accessKey { id } token } }`);
    const { accessKey, token } = created.data.accessKeyCreate;
    const closed = new Promise<number>((resolve) => {
      const ws = new WebSocket(t.wsUrl, 'graphql-transport-ws');
      ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload: { token } })));
      ws.on('message', (m) => {
        if (JSON.parse(m.toString()).type === 'connection_ack') {
          void t.gql(`mutation($id: ID!) { accessKeyDelete(input: {id: $id}) { accessKey { deletedAt } } }`, { id: accessKey.id });
        }
      });
      ws.on('close', (code) => resolve(code));
    });
    expect(await closed).toBe(4403);
  });

  it('closes an open socket with 4403 once its JWT expires', async () => {
    const short = await startTestApp(database, { JWT_LIFETIME_SECONDS: '2', AUTH_RECHECK_MS: '200', JWT_SECRET: SECRET });
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
    const created = await t.gql(`mutation { accessKeyCreate(input: {name: "ci"}) { accessKey { id uuid name expiresAt } token userErrors { message } } }`);
    const { accessKey, token } = created.data.accessKeyCreate;
    expect(token).toMatch(/^dgk_/);
    expect((await post(VIEWER, { authorization: `Bearer ${token}` })).data.viewer).toEqual({ username: 'access key ci', role: 'ADMIN', customer: { name: 'default' } });

    const listed = JSON.stringify(await t.gql('{ accessKeys(first: 100) { nodes { id name expiresAt createdAt } } node(id: "' + accessKey.id + '") { ... on AccessKey { name } } }'));
    expect(listed).toContain('"ci"');
    expect(listed).not.toContain(token);

    const db = await database.open();
    await db.prisma.accessKey.update({ where: { id: accessKey.uuid }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await post(OUTPLANS, { authorization: `Bearer ${token}` })).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    await db.prisma.accessKey.update({ where: { id: accessKey.uuid }, data: { expiresAt: null } });
    expect((await post(OUTPLANS, { authorization: `Bearer ${token}` })).data.outplans.totalCount).toBeGreaterThanOrEqual(0);

    const deleted = await t.gql(`mutation($id: ID!) { accessKeyDelete(input: {id: $id}) { accessKey { deletedAt } userErrors { message } } }`, { id: accessKey.id });
    expect(deleted.data.accessKeyDelete.accessKey.deletedAt).not.toBeNull();
    expect((await post(OUTPLANS, { authorization: `Bearer ${token}` })).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses an expiry in the past', async () => {
    const res = await t.gql(`mutation { accessKeyCreate(input: {name: "old", expiresAt: "2000-01-01T00:00:00Z"}) { token userErrors { field message } } }`);
    expect(res.data.accessKeyCreate).toEqual({ token: null, userErrors: [{ field: ['input', 'expiresAt'], message: 'expiresAt must be in the future.' }] });
  });
});

describe('roles', () => {
  it('lets a MANAGER do domain operations but not manage users or access keys (FORBIDDEN)', async () => {
    const manager = await createManager('manager-1');
    const h = { authorization: `Bearer ${manager.token}` };
    expect((await post(OUTPLANS, h)).data.outplans.totalCount).toBeGreaterThanOrEqual(0);
    for (const query of ['{ users { totalCount } }', '{ accessKeys { totalCount } }', 'mutation { accessKeyCreate(input: {name: "x"}) { token } }', '{ customers { totalCount } }']) {
      const res = await post({ query }, h);
      expect(res.errors?.[0].extensions.code, query).toBe('FORBIDDEN');
    }
  });

  it('lets a SUPERADMIN create customers whose ADMIN sees only its own customer', async () => {
    const res = await t.gql(`mutation { customerCreate(input: {name: "acme", username: "acme-admin", password: "acme-password"}) { customer { name } userErrors { message } } }`);
    expect(res.data.customerCreate).toEqual({ customer: { name: 'acme' }, userErrors: [] });
    const dup = await t.gql(`mutation { customerCreate(input: {name: "acme", username: "acme-admin", password: "acme-password"}) { customer { name } userErrors { field code } } }`);
    expect(dup.data.customerCreate.userErrors).toEqual([{ field: ['input', 'name'], code: 'CONFLICT' }, { field: ['input', 'username'], code: 'CONFLICT' }]);

    const acme = { authorization: `Bearer ${await login(t.url, 'acme-admin', 'acme-password')}` };
    expect((await post(VIEWER, acme)).data.viewer).toEqual({ username: 'acme-admin', role: 'ADMIN', customer: { name: 'acme' } });
    const users = await post({ query: '{ users { nodes { username } } }' }, acme);
    expect(users.data.users.nodes).toEqual([{ username: 'acme-admin' }]);
    expect((await post({ query: 'mutation { customerCreate(input: {name: "x", username: "xx-admin", password: "xxxxxxxx"}) { customer { name } } }' }, acme)).errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('changes roles, deletes users (their tokens stop working) and changes passwords', async () => {
    const manager = await createManager('manager-2');
    const promoted = await t.gql(`mutation($id: ID!) { userUpdateRole(input: {id: $id, role: ADMIN}) { user { role } } }`, { id: manager.id });
    expect(promoted.data.userUpdateRole.user.role).toBe('ADMIN');
    expect((await post({ query: '{ users { totalCount } }' }, { authorization: `Bearer ${manager.token}` })).data.users.totalCount).toBeGreaterThan(0);

    const h = { authorization: `Bearer ${manager.token}` };
    const wrong = await post({ query: 'mutation { passwordChange(input: {currentPassword: "nope", newPassword: "new-password-1"}) { changed userErrors { field } } }' }, h);
    expect(wrong.data.passwordChange).toEqual({ changed: false, userErrors: [{ field: ['input', 'currentPassword'] }] });
    const changed = await post({ query: 'mutation { passwordChange(input: {currentPassword: "manager-password", newPassword: "new-password-1"}) { changed } }' }, h);
    expect(changed.data.passwordChange.changed).toBe(true);
    await expect(login(t.url, 'manager-2', 'manager-password')).rejects.toThrow();
    expect(await login(t.url, 'manager-2', 'new-password-1')).toBeTruthy();

    const deleted = await t.gql(`mutation($id: ID!) { userDelete(input: {id: $id}) { user { deletedAt } } }`, { id: manager.id });
    expect(deleted.data.userDelete.user.deletedAt).not.toBeNull();
    expect((await post(OUTPLANS, h)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('secrets', () => {
  it('never shows a password, password hash or access key in logs or results', async () => {
    const created = await t.gql(`mutation { accessKeyCreate(input: {name: "log-check"}) { token } }`);
    const token = created.data.accessKeyCreate.token;
    await post(VIEWER, {}, `?token=${token}`);
    const users = JSON.stringify(await t.gql('{ users(first: 100) { nodes { id username role } } }'));
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
    for (let i = 0; i < 5; i++) await post({ query: 'mutation { login(input: {username: "brute-target", password: "wrong-wrong"}) { token } }' });
    const res = await post({ query: 'mutation { login(input: {username: "brute-target", password: "manager-password"}) { token } }' });
    expect(res.errors?.[0].extensions.code).toBe('RATE_LIMITED');
    expect(res.errors?.[0].extensions.retryAfterSeconds).toBeGreaterThan(0);
    // The same IP is locked out for every username too; tokens already issued keep working.
    const other = await post({ query: 'mutation { login(input: {username: "admin", password: "test-admin-password"}) { token } }' });
    expect(other.errors?.[0].extensions.code).toBe('RATE_LIMITED');
    expect((await post(VIEWER, { authorization: `Bearer ${t.token}` })).data.viewer.username).toBe('admin');
  });
});
