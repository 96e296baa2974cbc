// A token's viewer is reused for AUTH_CACHE_MS (src/domain/viewer-cache.ts), and revocation still applies to the
// next request on every instance: two servers on one database, the change made through one, the token used on the other.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, startTestApp, type TestApp } from './helpers/app.ts';
import { createLoggedTestDatabase, type QueryLog } from './helpers/query-log.ts';
import type { TestDatabase } from './helpers/db.ts';
import { ViewerCache } from '../src/domain/viewer-cache.ts';
import type { Viewer } from '../src/domain/viewer.ts';

/** Long enough that a few requests sent one after the other fall in one lease even on a loaded machine. */
const AUTH_CACHE_MS = 1_000;
const ENV = { DIALER_ENABLED: 'false', AUTH_CACHE_MS: String(AUTH_CACHE_MS) } as const;

let database: TestDatabase & { log: QueryLog };
let a: TestApp;
let b: TestApp;

beforeAll(async () => {
  database = await createLoggedTestDatabase();
  a = await startTestApp(database, ENV);
  b = await startTestApp(database, ENV);
});
afterAll(async () => {
  await b?.stop();
  await a?.stop();
  await database?.drop();
});

// viewer is null without a valid token; outplans needs one and its error says why.
const VIEWER = 'query ViewerForViewerCacheTest { viewer { username role } outplans(first: 1) { totalCount } }';

async function viewerOn(app: TestApp, token: string): Promise<{ username: string; role: string } | { code: string; message: string }> {
  const res = await app.gql(VIEWER, undefined, { authorization: `Bearer ${token}` });
  const error = res.errors?.[0];
  return error ? { code: error.extensions.code, message: error.message } : res.data.viewer;
}

/** The token lookups (a user's or an access key's row) among the statements since the log's last reset. */
const lookups = () => database.log.statements.filter((s) => /FROM app_user WHERE id = \$1|FROM access_key k\s+LEFT JOIN/.test(s));

let made = 0;
async function user(role: 'ADMIN' | 'MANAGER'): Promise<{ id: string; uuid: string; token: string }> {
  const username = `viewer-cache-${++made}`;
  const res = await a.gql(
    'mutation UserCreateForViewerCacheTest($i: UserCreateInput!) { userCreate(input: $i) { user { id uuid } userErrors { message } } }',
    { i: { username, password: 'viewer-cache-password', role } });
  const { id, uuid } = res.data.userCreate.user;
  return { id, uuid, token: await login(a.url, username, 'viewer-cache-password') };
}

/** Runs a change through instance A and says how long it took to answer. */
async function timed(run: () => Promise<{ data?: any; errors?: any[] }>): Promise<{ ms: number; res: { data?: any; errors?: any[] } }> {
  const started = performance.now();
  const res = await run();
  return { ms: performance.now() - started, res };
}

describe('the viewer cache', () => {
  it('looks a token up once per lease: the next requests with it run no lookup', async () => {
    const { token } = await user('MANAGER');
    database.log.reset();
    expect(await viewerOn(b, token)).toMatchObject({ role: 'MANAGER' });
    expect(lookups()).toHaveLength(1);
    database.log.reset();
    expect(await viewerOn(b, token)).toMatchObject({ role: 'MANAGER' });
    expect(await viewerOn(b, token)).toMatchObject({ role: 'MANAGER' });
    expect(lookups()).toEqual([]);
  });

  it('serves a change made outside the API (SQL) only until the lease ends: the cache is real', async () => {
    const { token, uuid } = await user('MANAGER');
    expect(await viewerOn(b, token)).toMatchObject({ role: 'MANAGER' });
    const db = await database.open();
    await db.prisma.user.update({ where: { id: uuid }, data: { deletedAt: new Date() } });
    // No one waited out the lease, so B still answers from its cache; a server without the wait in userDelete would
    // do the same after the mutation below answered.
    expect(await viewerOn(b, token)).toMatchObject({ role: 'MANAGER' });
    await new Promise((resolve) => setTimeout(resolve, AUTH_CACHE_MS));
    expect(await viewerOn(b, token)).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('a user deleted through one instance is refused by the other on its next request', async () => {
    const { token, id } = await user('MANAGER');
    expect(await viewerOn(b, token)).toMatchObject({ role: 'MANAGER' });
    const { ms, res } = await timed(() => a.gql('mutation UserDeleteForViewerCacheTest($id: ID!) { userDelete(input: {id: $id}) { userErrors { message } } }', { id }));
    expect(res.data.userDelete.userErrors).toEqual([]);
    expect(ms).toBeGreaterThanOrEqual(AUTH_CACHE_MS);
    expect(await viewerOn(b, token)).toEqual({ code: 'UNAUTHENTICATED', message: expect.stringMatching(/not valid/) });
  });

  it("a demotion applies to the other instance's next request", async () => {
    const { token, id } = await user('ADMIN');
    expect(await viewerOn(b, token)).toMatchObject({ role: 'ADMIN' });
    const { ms, res } = await timed(() => a.gql(
      'mutation UserUpdateRoleForViewerCacheTest($id: ID!) { userUpdateRole(input: {id: $id, role: MANAGER}) { userErrors { message } } }', { id }));
    expect(res.data.userUpdateRole.userErrors).toEqual([]);
    expect(ms).toBeGreaterThanOrEqual(AUTH_CACHE_MS);
    expect(await viewerOn(b, token)).toMatchObject({ role: 'MANAGER' });
  });

  it('an access key deleted through one instance is refused by the other; a failed delete does not wait', async () => {
    const created = await a.gql('mutation AccessKeyCreateForViewerCacheTest { accessKeyCreate(input: {name: "cached"}) { accessKey { id } token } }');
    const { accessKey, token } = created.data.accessKeyCreate;
    expect(await viewerOn(b, token)).toMatchObject({ username: 'access key cached' });
    const DELETE = 'mutation AccessKeyDeleteForViewerCacheTest($id: ID!) { accessKeyDelete(input: {id: $id}) { userErrors { message } } }';
    const deleted = await timed(() => a.gql(DELETE, { id: accessKey.id }));
    expect(deleted.res.data.accessKeyDelete.userErrors).toEqual([]);
    expect(deleted.ms).toBeGreaterThanOrEqual(AUTH_CACHE_MS);
    expect(await viewerOn(b, token)).toEqual({ code: 'UNAUTHENTICATED', message: expect.stringMatching(/not valid/) });
    const again = await timed(() => a.gql(DELETE, { id: accessKey.id }));
    expect(again.res.data.accessKeyDelete.userErrors).toEqual([{ message: 'AccessKey is already deleted.' }]);
    expect(again.ms).toBeLessThan(AUTH_CACHE_MS);
  });

  it('an expiry is checked on every hit: a cached key is refused, saying when it expired, once it has', async () => {
    const expiresAt = new Date(Date.now() + 800);
    const created = await a.gql(
      'mutation AccessKeyCreateExpiringForViewerCacheTest($at: DateTime!) { accessKeyCreate(input: {name: "expiring", expiresAt: $at}) { token } }',
      { at: expiresAt.toISOString() });
    const { token } = created.data.accessKeyCreate;
    expect(await viewerOn(b, token)).toMatchObject({ username: 'access key expiring' });
    await new Promise((resolve) => setTimeout(resolve, expiresAt.getTime() - Date.now() + 20));
    expect(await viewerOn(b, token)).toEqual({ code: 'UNAUTHENTICATED', message: expect.stringMatching(/expired at/) });
  });
});

describe('ViewerCache', () => {
  const viewer: Viewer = { customerId: 'c', role: 'ADMIN', userId: 'u', username: 'someone' };

  it('keeps an entry for its lease counted from the lookup, hands out copies, and keeps at most its bound', () => {
    const cache = new ViewerCache(1_000, 2);
    cache.set('t1', viewer, 0);
    expect(cache.get('t1', 999)).toEqual(viewer);
    expect(cache.get('t1', 1_000)).toBeUndefined();
    cache.set('t1', viewer, 0);
    const copy = cache.get('t1', 10)!;
    copy.role = 'MANAGER';
    expect(cache.get('t1', 10)!.role).toBe('ADMIN');
    cache.set('t2', viewer, 0);
    cache.set('t3', viewer, 0);
    expect(cache.size).toBe(2);
    expect(cache.get('t1', 10)).toBeUndefined();
    expect(cache.get('t3', 10)).toEqual(viewer);
  });

  it('keeps nothing and waits for nothing with a lease of 0', async () => {
    const cache = new ViewerCache(0);
    cache.set('t', viewer, performance.now());
    expect(cache.get('t')).toBeUndefined();
    const started = performance.now();
    await cache.outlive();
    expect(performance.now() - started).toBeLessThan(50);
  });
});
