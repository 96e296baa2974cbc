// An access key acts for the user who made it (issue 16): with that user's role at each request (never above
// ADMIN), refused once the user is deleted, over HTTP and on an open graphql-ws socket at the next re-check, and
// still in one lookup statement per request. Keys made before makers were recorded act as MANAGER.
import WebSocket from 'ws';
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { login, useTestApp } from './helpers/app.ts';
import { loggedDatabase, type QueryLog } from './helpers/query-log.ts';
import { graphql } from './gql/index.ts';

let log: QueryLog;
/** Long enough that two requests sent one after the other fall in one lease even on a loaded machine. */
const AUTH_CACHE_MS = 1500;
const t = useTestApp({ AUTH_RECHECK_MS: '200', DIALER_ENABLED: 'false', AUTH_CACHE_MS: String(AUTH_CACHE_MS) }, { database: loggedDatabase((l) => (log = l)) });

const USER_CREATE = graphql(`
  mutation UserCreateForAccessKeyMakerTest($input: UserCreateInput!) { userCreate(input: $input) { user { id } userErrors { message } } }
`);
const USER_ROLE = graphql(`
  mutation UserRoleForAccessKeyMakerTest($id: ID!, $role: UserRole!) { userUpdateRole(input: {id: $id, role: $role}) { user { role } userErrors { message } } }
`);
const USER_DELETE = graphql(`
  mutation UserDeleteForAccessKeyMakerTest($id: ID!) { userDelete(input: {id: $id}) { user { deletedAt } userErrors { message } } }
`);
const KEY_CREATE = graphql(`
  mutation AccessKeyCreateForAccessKeyMakerTest($name: String!) { accessKeyCreate(input: {name: $name}) { accessKey { uuid } token userErrors { message } } }
`);
const VIEWER = graphql(`
  query ViewerForAccessKeyMakerTest { viewer { username role } }
`);
const OUTPLANS = graphql(`
  query OutplansForAccessKeyMakerTest { outplans { totalCount } }
`);
const USERS = graphql(`
  query UsersForAccessKeyMakerTest { users { totalCount } }
`);
const CUSTOMER_CREATE = graphql(`
  mutation CustomerCreateForAccessKeyMakerTest { customerCreate(input: {name: "by-key", username: "by-key-admin", password: "by-key-password"}) { userErrors { message } } }
`);

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** The first error code of an answer, or 'ok'. */
async function codeOf(document: TypedDocumentNode<any, any>, token: string, variables?: Record<string, unknown>): Promise<string> {
  const res = await t.gql(document, variables as never, bearer(token));
  return res.errors?.[0]?.extensions?.code ?? 'ok';
}

/** An ADMIN user of the default customer, and an access key it made. */
async function adminWithKey(name: string) {
  const created = await t.gql(USER_CREATE, { input: { username: name, password: `${name}-password`, role: 'ADMIN' } });
  expect(created.data!.userCreate.userErrors).toEqual([]);
  const token = await login(t.url, name, `${name}-password`);
  const key = await t.gql(KEY_CREATE, { name: `${name}-key` }, bearer(token));
  expect(key.data!.accessKeyCreate.userErrors).toEqual([]);
  return { id: created.data!.userCreate.user!.id, token, key: key.data!.accessKeyCreate.token!, keyId: key.data!.accessKeyCreate.accessKey!.uuid };
}

/** A graphql-ws socket of `token`, acknowledged; `closed` resolves with its close code. */
async function openSocket(token: string) {
  const ws = new WebSocket(t.wsUrl, 'graphql-transport-ws');
  const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
  let next = 0;
  const results = new Map<string, (data: unknown) => void>();
  await new Promise<void>((resolve, reject) => {
    ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload: { token } })));
    ws.on('message', (m) => {
      const message = JSON.parse(m.toString());
      if (message.type === 'connection_ack') resolve();
      if (message.type === 'next') results.get(message.id)?.(message.payload);
    });
    ws.on('close', (code) => reject(new Error(`closed with ${code} before connection_ack`)));
  });
  /** Runs a query on the socket. */
  const query = (document: TypedDocumentNode<any, any>) => new Promise<any>((resolve) => {
    const id = String(++next);
    results.set(id, resolve);
    ws.send(JSON.stringify({ id, type: 'subscribe', payload: { query: print(document) } }));
  });
  return { ws, closed, query };
}

async function within<T>(ms: number, promise: Promise<T>, what: string): Promise<T> {
  return Promise.race([promise, sleep(ms).then(() => { throw new Error(`${what}: nothing after ${ms} ms`); })]);
}

let maker: Awaited<ReturnType<typeof adminWithKey>>;
beforeAll(async () => {
  maker = await adminWithKey('key-maker');
});

describe('an access key acts for its maker', () => {
  it('with the maker\'s role now: demoted to MANAGER, the key can no longer do what only an ADMIN may, over HTTP and on its open socket', async () => {
    const socket = await openSocket(maker.key);
    expect(await codeOf(USERS, maker.key)).toBe('ok');
    expect((await t.gql(USER_ROLE, { id: maker.id, role: 'MANAGER' })).data!.userUpdateRole.userErrors).toEqual([]);
    expect(await codeOf(USERS, maker.key)).toBe('FORBIDDEN');
    expect(await codeOf(KEY_CREATE, maker.key, { name: 'by-a-manager' })).toBe('FORBIDDEN');
    expect(await codeOf(OUTPLANS, maker.key)).toBe('ok');
    expect((await t.gql(VIEWER, undefined, bearer(maker.key))).data!.viewer).toEqual({ username: 'access key key-maker-key', role: 'MANAGER' });
    // The socket's viewer is demoted at the next re-check, and stays open.
    for (const deadline = Date.now() + 10_000; ;) {
      const result = await within(5000, socket.query(USERS), 'users on the socket');
      if (result.errors?.[0]?.extensions?.code === 'FORBIDDEN') break;
      if (Date.now() > deadline) throw new Error(`the socket still acts as ADMIN: ${JSON.stringify(result)}`);
      await sleep(100);
    }
    expect(socket.ws.readyState).toBe(WebSocket.OPEN);

    expect((await t.gql(USER_ROLE, { id: maker.id, role: 'ADMIN' })).data!.userUpdateRole.userErrors).toEqual([]);
    expect(await codeOf(USERS, maker.key)).toBe('ok');
    socket.ws.close();
  });

  it('never above ADMIN: a SUPERADMIN\'s key is an ADMIN of its customer', async () => {
    const key = (await t.gql(KEY_CREATE, { name: 'superadmin-key' })).data!.accessKeyCreate.token!;
    expect((await t.gql(VIEWER, undefined, bearer(key))).data!.viewer!.role).toBe('ADMIN');
    expect(await codeOf(CUSTOMER_CREATE, key)).toBe('FORBIDDEN');
  });

  it('is refused once its maker is deleted, over HTTP (UNAUTHENTICATED) and on its open socket (4403 at the next re-check); so is a key made with that key', async () => {
    const doomed = await adminWithKey('doomed-maker');
    const second = (await t.gql(KEY_CREATE, { name: 'made-with-a-key' }, bearer(doomed.key))).data!.accessKeyCreate.token!;
    expect(await codeOf(USERS, second)).toBe('ok');
    const socket = await openSocket(doomed.key);
    expect((await t.gql(USER_DELETE, { id: doomed.id })).data!.userDelete.userErrors).toEqual([]);
    for (const key of [doomed.key, second]) {
      expect(await codeOf(OUTPLANS, key)).toBe('UNAUTHENTICATED');
      expect((await t.gql(VIEWER, undefined, bearer(key))).data!.viewer).toBeNull();
    }
    expect(await within(10_000, socket.closed, 'the socket of a deleted maker\'s key')).toBe(4403);
  });

  it('acts as MANAGER when it was made before keys recorded their maker', async () => {
    const legacy = await adminWithKey('legacy-maker');
    await t.db.prisma.accessKey.update({ where: { id: legacy.keyId }, data: { createdById: null } });
    expect((await t.gql(VIEWER, undefined, bearer(legacy.key))).data!.viewer!.role).toBe('MANAGER');
    expect(await codeOf(OUTPLANS, legacy.key)).toBe('ok');
    expect(await codeOf(USERS, legacy.key)).toBe('FORBIDDEN');
  });

  it('is looked up, with its maker, in one statement, and not again while its viewer is cached', async () => {
    // Open sockets' re-checks (WHERE id = ANY) are nobody's request.
    const lookups = () => log.statements.filter((s) => /access_key|app_user/.test(s) && !/= ANY/.test(s));
    await t.gql(OUTPLANS, undefined, bearer(maker.key)); // warm-up
    await sleep(AUTH_CACHE_MS); // the warm-up's lookup has left the cache
    log.reset();
    expect(await codeOf(OUTPLANS, maker.key)).toBe('ok');
    expect(lookups(), lookups().join('\n')).toHaveLength(1);
    expect(lookups()[0]).toMatch(/FROM access_key k\s+LEFT JOIN app_user maker/);
    log.reset();
    expect(await codeOf(OUTPLANS, maker.key)).toBe('ok');
    expect(lookups()).toEqual([]);
  });
});
