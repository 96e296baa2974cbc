// Ownership of live calls (domain.md A4): calls of an instance that is gone are ended, never answered ones
// FAILED and answered ones NORMAL. A server killed with SIGKILL and started again ends its old calls; of two
// instances, stopping one ends only its calls, once its heartbeat has expired.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, onPostgres, type TestDatabase } from './helpers/db.ts';
import { login, TEST_ADMIN, twoTestApps } from './helpers/app.ts';
import { childServers, signalAndWait } from './helpers/child-server.ts';
import { graphql } from './gql/index.ts';
import type { ActionInput } from './gql/graphql.ts';

// Not useTestApp(): this file runs several servers on one database (child processes killed and restarted, and
// two in-process instances), so it keeps its own database and starts its servers itself.

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.drop();
});

const CREATE = graphql(`
  mutation CallCreateForCallReconcileTest($target: String!, $actions: [ActionInput!]!) {
    callCreate(input: {source: {type: TEL, target: "+15559876543"}, destinations: [{type: TEL, target: $target}], actions: $actions}) { calls { id } userErrors { message } }
  }
`);
const GET = graphql(`
  query CallForCallReconcileTest($id: ID!) { call(id: $id) { status hangupReason hangupBy progressingAt } }
`);
const HANGUP = graphql(`
  mutation CallHangupForCallReconcileTest($id: ID!) { callHangup(input: {id: $id}) { call { status } } }
`);
const LONG: ActionInput[] = [{ sleep: { duration: 600_000 } }];

type Gql = <R, V>(document: TypedDocumentNode<R, V>, variables: V) => Promise<{ data?: R; errors?: any[] }>;

function gqlAt(url: string, token: string): Gql {
  return async (document, variables) => {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: print(document), variables }) });
    return res.json();
  };
}

async function createCall(gql: Gql, target: string, actions: ActionInput[] = LONG): Promise<string> {
  const res = await gql(CREATE, { target, actions });
  expect(res.data?.callCreate.userErrors, JSON.stringify(res)).toEqual([]);
  return res.data!.callCreate.calls[0].id;
}

async function waitStatus(gql: Gql, id: string, statuses: string[], timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const call = (await gql(GET, { id })).data?.call;
    if (call && statuses.includes(call.status)) return call;
    if (Date.now() > deadline) throw new Error(`call ${id} is ${JSON.stringify(call)}, expected ${statuses.join('/')}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('a server killed with live calls', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'dialgraph-reconcile-'));
  const servers = childServers();
  afterAll(async () => {
    servers.killAll();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const startServer = () =>
    servers.start({ DATABASE_URL: database.url ?? '', DATA_DIR: dataDir, SIMULATOR_TIME_SCALE: '1', HEARTBEAT_MS: '300', INSTANCE_EXPIRY_MS: '1500' });

  it('ends them when it starts again: the ringing one FAILED, the answered one NORMAL', async () => {
    const first = await startServer();
    const gql1 = gqlAt(first.url, await login(first.url, TEST_ADMIN.username, TEST_ADMIN.password));
    const answered = await createCall(gql1, '+15551234567');
    const ringing = await createCall(gql1, '+15551230004'); // rings for 30 s
    await waitStatus(gql1, answered, ['PROGRESSING']);
    await waitStatus(gql1, ringing, ['RINGING']);
    await signalAndWait(first.child, 'SIGKILL');

    if (!onPostgres) {
      // The killed process's lock on the data directory must go stale (15 s unrefreshed) before a new one may open it.
      const lock = path.join(dataDir, 'dialgraph.lock');
      while (Date.now() - statSync(lock).mtimeMs < 15_500) await sleep(250);
    }
    const second = await startServer();
    const gql2 = gqlAt(second.url, await login(second.url, TEST_ADMIN.username, TEST_ADMIN.password));
    expect(await waitStatus(gql2, ringing, ['HANGUP'], 10_000)).toMatchObject({ hangupReason: 'FAILED', hangupBy: 'LOCAL', progressingAt: null });
    expect(await waitStatus(gql2, answered, ['HANGUP'], 10_000)).toMatchObject({ hangupReason: 'NORMAL', hangupBy: 'LOCAL' });
    await signalAndWait(second.child, 'SIGTERM');
  });
});

describe('two instances', () => {
  const apps = twoTestApps();

  it('stopping one ends only its calls, after its heartbeat expires', async () => {
    const env = { SIMULATOR_TIME_SCALE: '1', HEARTBEAT_MS: '200', INSTANCE_EXPIRY_MS: '1500' };
    const { a, b } = await apps.start(database, env);
    expect(a.app.services.telephony.instanceId).not.toBe(b.app.services.telephony.instanceId);
    const gqlA: Gql = (document, variables) => a.gql(document, variables);
    const gqlB: Gql = (document, variables) => b.gql(document, variables);
    const aAnswered = await createCall(gqlA, '+15551234567');
    const aRinging = await createCall(gqlA, '+15551230004');
    const bAnswered = await createCall(gqlB, '+15551234568');
    await waitStatus(gqlB, aAnswered, ['PROGRESSING']);
    await waitStatus(gqlB, bAnswered, ['PROGRESSING']);
    expect((await gqlB(GET, { id: aRinging })).data!.call!.status).toBe('RINGING');

    // A hangup through B reaches the leg A drives (A follows its calls' events).
    const aCanceled = await createCall(gqlA, '+15551240004');
    await waitStatus(gqlB, aCanceled, ['RINGING']);
    expect((await gqlB(HANGUP, { id: aCanceled })).data!.callHangup.call!.status).toBe('CANCELING');
    expect(await waitStatus(gqlB, aCanceled, ['HANGUP'], 10_000)).toMatchObject({ hangupReason: 'CANCEL', hangupBy: 'LOCAL' });

    await a.stop();
    const stoppedAt = Date.now();
    // Not before A's heartbeat has expired.
    await sleep(400);
    expect((await gqlB(GET, { id: aAnswered })).data!.call!.status).toBe('PROGRESSING');
    expect(await waitStatus(gqlB, aAnswered, ['HANGUP'], 10_000)).toMatchObject({ hangupReason: 'NORMAL', hangupBy: 'LOCAL' });
    expect(await waitStatus(gqlB, aRinging, ['HANGUP'], 10_000)).toMatchObject({ hangupReason: 'FAILED', hangupBy: 'LOCAL' });
    expect(Date.now() - stoppedAt).toBeGreaterThanOrEqual(1000);
    // B's own call is untouched and still driven by B.
    expect((await gqlB(GET, { id: bAnswered })).data!.call!.status).toBe('PROGRESSING');
    const hungUp = await b.gql(HANGUP, { id: bAnswered });
    expect(hungUp.data!.callHangup.call!.status).toBe('TERMINATING');
    expect(await waitStatus(gqlB, bAnswered, ['HANGUP'])).toMatchObject({ hangupReason: 'NORMAL', hangupBy: 'LOCAL' });
  });
});
