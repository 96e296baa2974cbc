// What open graphql-ws sockets cost the database, counted on a logged database (test/helpers/query-log.ts):
// a socket's token is looked up once, at connect, not again per operation; the periodic re-check of every open
// socket is one statement whatever their number; and a status change delivered to 20 subscribers of one
// operation costs the statements it costs one subscriber (src/shared-subscriptions.ts), while subscribers of
// another customer or another role get results of their own.
import { beforeAll, describe, expect, it } from 'vitest';
import { print } from 'graphql';
import type { Client } from 'graphql-ws';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { login, QUIET_HOUSEKEEPING, useTestApp } from './helpers/app.ts';
import { graphql } from './gql/index.ts';
import { loggedDatabase, type QueryLog } from './helpers/query-log.ts';

const RECHECK_MS = 200;
let log: QueryLog;
// No dialer and no heartbeat within the test: their statements share the logged client.
// Every request and socket looks its token up (no viewer cache): its statement is part of what is pinned here;
// test/viewer-cache.test.ts pins the cached path.
const t = useTestApp({ DIALER_ENABLED: 'false', ...QUIET_HOUSEKEEPING, AUTH_RECHECK_MS: String(RECHECK_MS), AUTH_CACHE_MS: '0' }, { database: loggedDatabase((l) => (log = l)) });

const OUTPLAN_CREATE = graphql(`
  mutation OutplanCreateForWsStatementsTest($i: OutplanCreateInput!) { outplanCreate(input: $i) { outplan { id } userErrors { message } } }
`);
const OUTDIAL_CREATE = graphql(`
  mutation OutdialCreateForWsStatementsTest($i: OutdialCreateInput!) { outdialCreate(input: $i) { outdial { id } userErrors { message } } }
`);
const CAMPAIGN_CREATE = graphql(`
  mutation CampaignCreateForWsStatementsTest($i: CampaignCreateInput!) { campaignCreate(input: $i) { campaign { id } userErrors { message } } }
`);
const STATUS = graphql(`
  mutation CampaignStatusForWsStatementsTest($id: ID!, $s: CampaignStatusChange!) {
    campaignUpdateStatus(input: {id: $id, status: $s}) { campaign { status version } userErrors { message } }
  }
`);
const USER_CREATE = graphql(`
  mutation UserCreateForWsStatementsTest($i: UserCreateInput!) { userCreate(input: $i) { user { id } userErrors { message } } }
`);
const CUSTOMER_CREATE = graphql(`
  mutation CustomerCreateForWsStatementsTest($i: CustomerCreateInput!) { customerCreate(input: $i) { customer { id } userErrors { message } } }
`);
const ACCESS_KEY_CREATE = graphql(`
  mutation AccessKeyCreateForWsStatementsTest { accessKeyCreate(input: {name: "ws-statements"}) { token userErrors { message } } }
`);
// progress is read from the database by every execution (one statement, as for a page of campaigns).
const STATUS_CHANGED = graphql(`
  subscription CampaignStatusChangedForWsStatementsTest($id: ID!) { campaignStatusChanged(campaignId: $id) { id status version progress { targetsTotal attempts } } }
`);
const VIEWER = graphql(`
  query ViewerForWsStatementsTest { viewer { username } }
`);

type Change = NonNullable<ResultOf<typeof STATUS_CHANGED>['campaignStatusChanged']>;

/** The outbox tail polls on the same client; those statements are nobody's request. */
const own = (statements: readonly string[]) => statements.filter((s) => !/pg_current_snapshot|FROM event\b|"event"/.test(s));
const rechecks = (statements: readonly string[]) => statements.filter((s) => /FROM app_user WHERE id = ANY/.test(s));
/** A campaign id no row has: a subscription that never delivers. */
const NO_CAMPAIGN = Buffer.from('Campaign:00000000-0000-0000-0000-000000000000').toString('base64url');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor(condition: () => boolean, what: () => string, timeoutMs = 20_000): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; !condition();) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what()}`);
    await sleep(20);
  }
}

/** A subscriber: its own socket, what reached it. */
interface Watcher {
  client: Client;
  received: Change[];
  errors: unknown[];
}

/** A socket of `token` watching `campaignId` (and, on the same socket, `alsoWatching` into its own list). */
function watch(token: string, campaignId: string, alsoWatching?: { campaignId: string; received: Change[] }): Watcher {
  const client = t.wsClient({ token });
  const watcher: Watcher = { client, received: [], errors: [] };
  if (alsoWatching) {
    client.subscribe<ResultOf<typeof STATUS_CHANGED>>({ query: print(STATUS_CHANGED), variables: { id: alsoWatching.campaignId } }, {
      next: (r) => (r.errors ? watcher.errors.push(r.errors) : alsoWatching.received.push(r.data!.campaignStatusChanged!)),
      error: (err) => watcher.errors.push(err),
      complete: () => {},
    });
  }
  client.subscribe<ResultOf<typeof STATUS_CHANGED>>({ query: print(STATUS_CHANGED), variables: { id: campaignId } }, {
    next: (r) => (r.errors ? watcher.errors.push(r.errors) : watcher.received.push(r.data!.campaignStatusChanged!)),
    error: (err) => watcher.errors.push(err),
    complete: () => {},
  });
  return watcher;
}

interface Campaign {
  id: string;
  status: 'RUN' | 'STOP';
  /** RUN <-> STOP; returns the new version. */
  flip(): Promise<number>;
}

/** A runnable campaign (STOP) of the customer behind `token`. */
async function campaignOf(token: string, name: string): Promise<Campaign> {
  const h = { authorization: `Bearer ${token}` };
  const outplan = await t.gql(OUTPLAN_CREATE, { i: { name, source: { type: 'TEL', target: '+15550100000' }, dialTimeout: 30_000, tryInterval: 0, maxTryCounts: [1] } }, h);
  const outdial = await t.gql(OUTDIAL_CREATE, { i: { name } }, h);
  const campaign = await t.gql(CAMPAIGN_CREATE, { i: { name, outplanId: outplan.data!.outplanCreate.outplan!.id, outdialId: outdial.data!.outdialCreate.outdial!.id } }, h);
  const result: Campaign = {
    id: campaign.data!.campaignCreate.campaign!.id,
    status: 'STOP',
    flip: async () => {
      result.status = result.status === 'RUN' ? 'STOP' : 'RUN';
      const res = await t.gql(STATUS, { id: result.id, s: result.status }, h);
      expect(res.data?.campaignUpdateStatus.userErrors, JSON.stringify(res)).toEqual([]);
      return res.data!.campaignUpdateStatus.campaign!.version;
    },
  };
  return result;
}

/** Flips the campaign until every watcher has an event: their subscriptions are registered. */
async function warmUp(campaign: Campaign, watchers: Watcher[]): Promise<void> {
  for (const deadline = Date.now() + 20_000; watchers.some((w) => w.received.length === 0);) {
    if (Date.now() > deadline) throw new Error('a subscriber never got a first event');
    await campaign.flip();
    await sleep(150);
  }
}

/** Resolves once no statement but re-checks and the outbox tail's has been sent for a while (deliveries done). */
async function quiet(): Promise<void> {
  for (const deadline = Date.now() + 10_000; Date.now() < deadline;) {
    log.reset();
    await sleep(250);
    if (own(log.statements).every((s) => rechecks([s]).length > 0)) return log.reset();
  }
  throw new Error('the database never went quiet');
}

/** Flips the campaign; resolves once every watcher has the new version. */
async function delivered(campaign: Campaign, watchers: Watcher[]): Promise<void> {
  const version = await campaign.flip();
  await waitFor(() => watchers.every((w) => w.received.some((c) => c.version === version)), () => `version ${version} at every subscriber`);
}

/**
 * The statements of one change RUN -> STOP until every watcher has it (re-checks left out): the same mutation
 * each time, so only the deliveries make a difference.
 */
async function statementsOfOneStop(campaign: Campaign, watchers: Watcher[]) {
  if (campaign.status === 'STOP') await delivered(campaign, watchers);
  await quiet();
  await delivered(campaign, watchers);
  await sleep(100); // anything a delivery would still read
  for (const w of watchers) expect(w.errors).toEqual([]);
  return own(log.statements).filter((s) => rechecks([s]).length === 0);
}

let manager: string;
let otherCustomer: string;
beforeAll(async () => {
  await t.gql(USER_CREATE, { i: { username: 'ws-manager', password: 'ws-manager-password', role: 'MANAGER' } });
  manager = await login(t.url, 'ws-manager', 'ws-manager-password');
  await t.gql(CUSTOMER_CREATE, { i: { name: 'ws-other', username: 'ws-other-admin', password: 'ws-other-password' } });
  otherCustomer = await login(t.url, 'ws-other-admin', 'ws-other-password');
});

describe('graphql-ws sockets and the database', () => {
  it('looks a socket\'s token up once, at connect, not again for each operation', async () => {
    const client = t.wsClient();
    const run = () => new Promise<unknown>((resolve, reject) => client.subscribe({ query: print(VIEWER) }, { next: resolve, error: reject, complete: () => {} }));
    await run(); // connected
    log.reset();
    for (let i = 0; i < 5; i++) expect(await run()).toEqual({ data: { viewer: { username: 'admin' } } });
    expect(own(log.statements).filter((s) => /app_user|access_key/.test(s) && rechecks([s]).length === 0)).toEqual([]);
    await client.dispose();
  });

  it('re-checks every open socket with one statement per interval, whatever their number and credentials', async () => {
    const key = (await t.gql(ACCESS_KEY_CREATE)).data!.accessKeyCreate.token!;
    const tokens = [t.token, manager, otherCustomer, key];
    const clients = Array.from({ length: 20 }, (_, i) => t.wsClient({ token: tokens[i % tokens.length] }));
    await Promise.all(clients.map((c) => new Promise<void>((resolve, reject) => {
      c.on('connected', () => resolve());
      c.on('closed', (e) => reject(e));
      c.subscribe({ query: print(STATUS_CHANGED), variables: { id: NO_CAMPAIGN } }, { next: () => {}, error: reject, complete: () => {} });
    })));
    log.reset();
    const windowMs = 6 * RECHECK_MS;
    await sleep(windowMs);
    const statements = rechecks(log.statements);
    const intervals = windowMs / RECHECK_MS;
    console.log(`re-check statements for 20 sockets over ${intervals} intervals: ${statements.length}`);
    expect(statements.length).toBeGreaterThanOrEqual(intervals - 2);
    expect(statements.length).toBeLessThanOrEqual(intervals + 1);
    // Each re-check asks for every user and access key at once.
    const params = JSON.parse(log.params[log.statements.indexOf(statements.at(-1)!)]) as unknown[][];
    expect(params[0]).toHaveLength(3);
    expect(params[1]).toHaveLength(1);
    await Promise.all(clients.map((c) => c.dispose()));
  });
});

describe('subscription deliveries and the database', () => {
  it('costs one status change the same statements with 1 and with 20 subscribers of one operation', async () => {
    const campaign = await campaignOf(t.token, 'ws-statements');
    const none = await statementsOfOneStop(campaign, []);
    const one = [watch(t.token, campaign.id)];
    await warmUp(campaign, one);
    const forOne = await statementsOfOneStop(campaign, one);
    const twenty = [...one, ...Array.from({ length: 19 }, () => watch(t.token, campaign.id))];
    await warmUp(campaign, twenty);
    const forTwenty = await statementsOfOneStop(campaign, twenty);
    console.log(`statements per status change: the mutation alone = ${none.length}, with 1 subscriber = ${forOne.length}, with 20 = ${forTwenty.length}`);
    console.log(forTwenty.map((s) => `  ${s.slice(0, 160).replace(/\s+/g, ' ')}`).join('\n'));
    // One execution of the subscription per event (it reads the progress), whatever the number of subscribers.
    expect(forOne.length).toBe(none.length + 1);
    expect(forTwenty.length).toBe(forOne.length);
    expect(twenty.every((w) => w.received.at(-1)!.progress.attempts === 0)).toBe(true);
    await Promise.all(twenty.map((w) => w.client.dispose()));
  });

  it('executes apart for another role, and never shares with another customer\'s subscribers of the same operation', async () => {
    const ours = await campaignOf(t.token, 'ws-ours');
    const theirs = await campaignOf(otherCustomer, 'ws-theirs');
    const none = await statementsOfOneStop(ours, []);
    const admins = [watch(t.token, ours.id), watch(t.token, ours.id)];
    const managers = [watch(manager, ours.id), watch(manager, ours.id)];
    // The other customer's sockets send the very same operation and variables (our campaign's id) first, then
    // watch their own campaign: that one shows their sockets are subscribed.
    const leaked: Change[] = [];
    const others = [watch(otherCustomer, theirs.id, { campaignId: ours.id, received: leaked }), watch(otherCustomer, theirs.id, { campaignId: ours.id, received: leaked })];
    await warmUp(ours, [...admins, ...managers]);
    await warmUp(theirs, others);
    // Ours reaches the admins and the managers, one execution per role.
    const statements = await statementsOfOneStop(ours, [...admins, ...managers]);
    console.log(`statements: the mutation alone = ${none.length}, with 2 admins and 2 managers = ${statements.length}`);
    expect(statements.length).toBe(none.length + 2);
    await delivered(theirs, others); // after ours: anything of ours sent to them would be there by now
    expect(leaked).toEqual([]);
    for (const w of others) expect(w.received.every((c) => c.id === theirs.id)).toBe(true);
    for (const w of [...admins, ...managers]) expect(w.received.every((c) => c.id === ours.id)).toBe(true);
    await Promise.all([...admins, ...managers, ...others].map((w) => w.client.dispose()));
  });
});
