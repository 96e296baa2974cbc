// A refused token says why, in the same words over HTTP (the UNAUTHENTICATED error) and over graphql-ws (the
// reason of its 4403 close): missing ("send a token"), expired ("expired at <when>, sign in again") or not valid
// (garbage, another server's, a deleted user's, a deleted access key's). Real sockets, real database.
import WebSocket from 'ws';
import { SignJWT, decodeJwt } from 'jose';
import { print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { login, useTestApp } from './helpers/app.ts';
import { graphql } from './gql/index.ts';

const SECRET = 'dialgraph-test-secret-0123456789';
const t = useTestApp({ AUTH_RECHECK_MS: '200', JWT_SECRET: SECRET });

const OUTPLANS = graphql(`
  query OutplansCountForAuthErrorsTest { outplans { totalCount } }
`);
const KEY_CREATE = graphql(`
  mutation AccessKeyCreateForAuthErrorsTest($input: AccessKeyCreateInput!) { accessKeyCreate(input: $input) { accessKey { id uuid } token userErrors { message } } }
`);
const KEY_DELETE = graphql(`
  mutation AccessKeyDeleteForAuthErrorsTest($id: ID!) { accessKeyDelete(input: {id: $id}) { accessKey { deletedAt } } }
`);
const USER_CREATE = graphql(`
  mutation UserCreateForAuthErrorsTest($input: UserCreateInput!) { userCreate(input: $input) { user { id } userErrors { message } } }
`);
const USER_DELETE = graphql(`
  mutation UserDeleteForAuthErrorsTest($id: ID!) { userDelete(input: {id: $id}) { user { deletedAt } } }
`);

const MISSING = /^Authentication required: send a token/;
const NOT_VALID = /^Token not valid/;
const expiredAt = (when: Date) => new RegExp(`^Token expired at ${when.toISOString().replace(/[.]/g, '\\.')}, sign in again`);

/** The UNAUTHENTICATED error of a query sent with these headers. */
async function httpRefusal(headers: Record<string, string>): Promise<{ message: string; code: string }> {
  const res = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: print(OUTPLANS) }) });
  const body = (await res.json()) as { data?: unknown; errors?: { message: string; extensions: { code: string } }[] };
  expect(body.data).toBeNull();
  expect(body.errors).toHaveLength(1);
  return { message: body.errors![0].message, code: body.errors![0].extensions.code };
}

/** Opens a raw graphql-ws socket, sends connection_init with this payload; resolves with how it ended. */
function wsOutcome(payload: Record<string, unknown> | undefined, headers: Record<string, string> = {}): Promise<{ acked: boolean; code: number; reason: string }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(t.wsUrl, 'graphql-transport-ws', { headers });
    ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init', ...(payload ? { payload } : {}) })));
    ws.on('message', (m) => {
      if (JSON.parse(String(m)).type === 'connection_ack') {
        resolve({ acked: true, code: 0, reason: '' });
        ws.close();
      }
    });
    ws.on('close', (code, reason) => resolve({ acked: false, code, reason: String(reason) }));
    ws.on('error', reject);
  });
}

async function expiredJwt(): Promise<{ token: string; exp: Date }> {
  const exp = Math.floor(Date.now() / 1000) - 60;
  const { sub, cid, role } = decodeJwt(t.token);
  const token = await new SignJWT({ cid, role }).setProtectedHeader({ alg: 'HS256' }).setSubject(sub!).setIssuedAt(exp - 100)
    .setExpirationTime(exp).sign(new TextEncoder().encode(SECRET));
  return { token, exp: new Date(exp * 1000) };
}

async function accessKey(name: string): Promise<{ id: string; uuid: string; token: string }> {
  const created = await t.gql(KEY_CREATE, { input: { name } });
  const { accessKey, token } = created.data!.accessKeyCreate;
  return { id: accessKey!.id, uuid: accessKey!.uuid, token: token! };
}

describe('over HTTP', () => {
  it('asks for a token when none is sent', async () => {
    expect(await httpRefusal({})).toEqual({ code: 'UNAUTHENTICATED', message: expect.stringMatching(MISSING) });
  });

  it('says when an expired JWT expired, and to sign in again', async () => {
    const { token, exp } = await expiredJwt();
    expect(await httpRefusal({ authorization: `Bearer ${token}` })).toEqual({ code: 'UNAUTHENTICATED', message: expect.stringMatching(expiredAt(exp)) });
  });

  it('says when an expired access key expired', async () => {
    const key = await accessKey('soon expired');
    const when = new Date(Date.now() - 5_000);
    await t.db.prisma.accessKey.update({ where: { id: key.uuid }, data: { expiresAt: when } });
    expect(await httpRefusal({ authorization: `Bearer ${key.token}` })).toEqual({ code: 'UNAUTHENTICATED', message: expect.stringMatching(expiredAt(when)) });
  });

  it('calls garbage, another secret\'s JWT, a deleted key and a deleted user\'s JWT not valid, not missing', async () => {
    const foreign = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject(decodeJwt(t.token).sub!).setExpirationTime('1h')
      .sign(new TextEncoder().encode('another-server-secret-0123456789'));
    const key = await accessKey('deleted');
    await t.gql(KEY_DELETE, { id: key.id });
    const user = await t.gql(USER_CREATE, { input: { username: 'auth-errors-gone', password: 'gone-password', role: 'MANAGER' } });
    const userToken = await login(t.url, 'auth-errors-gone', 'gone-password');
    await t.gql(USER_DELETE, { id: user.data!.userCreate.user!.id });
    for (const token of ['garbage', foreign, key.token, userToken, 'dgk_unknown']) {
      expect(await httpRefusal({ authorization: `Bearer ${token}` }), token).toEqual({ code: 'UNAUTHENTICATED', message: expect.stringMatching(NOT_VALID) });
    }
    // The cookie and the query parameter say the same.
    expect((await httpRefusal({ cookie: 'token=garbage' })).message).toMatch(NOT_VALID);
  });

  it('still answers a valid token', async () => {
    const res = await t.gql(OUTPLANS);
    expect(res.errors).toBeUndefined();
    expect(res.data!.outplans.totalCount).toBe(0);
  });
});

describe('over graphql-ws: the 4403 close reason', () => {
  it('asks for a token when connection_init has none', async () => {
    for (const payload of [undefined, {}, { headers: {} }]) {
      expect(await wsOutcome(payload)).toEqual({ acked: false, code: 4403, reason: expect.stringMatching(MISSING) });
    }
  });

  it('says when the token expired, and that the others are not valid', async () => {
    const { token, exp } = await expiredJwt();
    const expired = await wsOutcome({ token });
    expect(expired).toEqual({ acked: false, code: 4403, reason: expect.stringMatching(expiredAt(exp)) });
    const key = await accessKey('ws deleted');
    await t.gql(KEY_DELETE, { id: key.id });
    for (const bad of ['garbage', key.token]) {
      expect(await wsOutcome({ token: bad })).toEqual({ acked: false, code: 4403, reason: expect.stringMatching(NOT_VALID) });
    }
    // A close reason is at most 123 bytes: these fit (ws would throw otherwise, and the socket would end 1006).
    expect(Buffer.byteLength(expired.reason)).toBeLessThanOrEqual(123);
  });

  it('takes the Headers pane\'s Authorization nested in connectionParams.headers, in any case', async () => {
    expect((await wsOutcome({ headers: { Authorization: `Bearer ${t.token}` } })).acked).toBe(true);
    expect((await wsOutcome({ headers: { authorization: t.token } })).acked).toBe(true);
    expect(await wsOutcome({ headers: { Authorization: 'Bearer garbage' } })).toMatchObject({ code: 4403, reason: expect.stringMatching(NOT_VALID) });
  });

  it('takes the token cookie of a same-origin upgrade, and not of another site\'s page', async () => {
    const host = new URL(t.url).host;
    expect((await wsOutcome({}, { cookie: `token=${t.token}` })).acked).toBe(true);
    expect((await wsOutcome({}, { cookie: `token=${t.token}`, origin: `http://${host}` })).acked).toBe(true);
    expect(await wsOutcome({}, { cookie: `token=${t.token}`, origin: 'https://evil.example' })).toMatchObject({ acked: false, code: 4403, reason: expect.stringMatching(MISSING) });
  });

  it('closes an open socket whose key expires with "expired at", its expiry', async () => {
    const expiresAt = new Date(Date.now() + 3_000);
    const created = await t.gql(KEY_CREATE, { input: { name: 'ws expiring', expiresAt: expiresAt.toISOString() } });
    const { token } = created.data!.accessKeyCreate;
    let acked = false;
    const closed = new Promise<{ code: number; reason: string }>((resolve) => {
      const ws = new WebSocket(t.wsUrl, 'graphql-transport-ws');
      ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload: { token } })));
      ws.on('message', (m) => void (acked ||= JSON.parse(String(m)).type === 'connection_ack'));
      ws.on('close', (code, reason) => resolve({ code, reason: String(reason) }));
    });
    expect(await closed).toEqual({ code: 4403, reason: expect.stringMatching(expiredAt(expiresAt)) });
    expect(acked).toBe(true);
  });

  it('closes an open socket whose key is deleted with "not valid"', async () => {
    const key = await accessKey('ws open');
    const closed = new Promise<{ code: number; reason: string }>((resolve) => {
      const ws = new WebSocket(t.wsUrl, 'graphql-transport-ws');
      ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload: { token: key.token } })));
      ws.on('message', (m) => {
        if (JSON.parse(String(m)).type === 'connection_ack') void t.gql(KEY_DELETE, { id: key.id });
      });
      ws.on('close', (code, reason) => resolve({ code, reason: String(reason) }));
    });
    expect(await closed).toEqual({ code: 4403, reason: expect.stringMatching(NOT_VALID) });
  });
});
