// Webhooks (issue 14): a real HTTP receiver on 127.0.0.1 gets every event of a campaign, in version order per
// row, signed; a failing receiver is retried with backoff (and Retry-After) until it answers; a rotated secret
// signs twice; a delivery can be replayed; a day of failures disables the endpoint; a server killed with SIGKILL
// loses nothing; two instances send each delivery once. Blocked targets and the outbox's retention:
// test/webhook-safety.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, startTestApp, useTestApp } from './helpers/app.ts';
import { createTestDatabase, onPostgres } from './helpers/db.ts';
import { childServers, signalAndWait } from './helpers/child-server.ts';
import { createCampaignRows, mixedTargets, runCampaign, waitForCampaign } from './helpers/campaign.ts';
import { verifySignature } from '../src/webhooks/signature.ts';
import { decodeGlobalId } from '../src/graphql/global-id.ts';
import { receiver } from './helpers/webhook-receiver.ts';
import { scrapeMetrics } from '../bench/harness.ts';

async function waitUntil(check: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

const WEBHOOK_CREATE = `mutation($input: WebhookCreateInput!) {
  webhookCreate(input: $input) { webhook { id uuid url eventTypes } secret userErrors { field message code } } }`;
const DELIVERIES = `query($id: ID!, $status: WebhookDeliveryStatus) { node(id: $id) { ... on Webhook {
  disabledAt disabledReason
  deliveries(first: 100, status: $status) { totalCount nodes { id eventId eventType rowType rowVersion status attempts lastStatusCode lastResponse nextAttemptAt deliveredAt } } } } }`;

const BASE_MS = 200;
const RETRY_FOR_MS = 3_000;
const rx = receiver();
let rxUrl: string;
const t = useTestApp({
  WEBHOOK_ALLOW_LOOPBACK: 'true', WEBHOOK_POLL_MS: '50', WEBHOOK_RETRY_BASE_MS: String(BASE_MS), WEBHOOK_RETRY_FOR_MS: String(RETRY_FOR_MS),
  SIMULATOR_TIME_SCALE: '100',
});

beforeAll(async () => {
  rxUrl = await rx.listen();
});
afterAll(async () => {
  await rx.close();
});

async function createWebhook(path: string, eventTypes: string[], gql = t.gql) {
  const res = await gql(WEBHOOK_CREATE, { input: { url: `${rxUrl}${path}`, eventTypes, description: path } });
  expect(res.data?.webhookCreate.userErrors, JSON.stringify(res)).toEqual([]);
  return res.data!.webhookCreate as { webhook: { id: string; uuid: string }; secret: string };
}

async function createOutplan(name: string, gql = t.gql): Promise<string> {
  const res = await gql(`mutation($input: OutplanCreateInput!) { outplanCreate(input: $input) { outplan { id } userErrors { message } } }`, {
    input: { name, source: { type: 'TEL', target: '+15550100000' }, dialTimeout: 30_000, tryInterval: 60_000, maxTryCounts: [1] },
  });
  expect(res.data?.outplanCreate.userErrors, JSON.stringify(res)).toEqual([]);
  return res.data!.outplanCreate.outplan.id;
}

/** The WebhookEventType of an outbox row, as the fan-out decides it. */
function typeOf(e: { entityType: string; kind: string; snapshot: any }): string | null {
  if (e.entityType === 'Call' && ['CREATED', 'STATUS'].includes(e.kind)) return 'CALL_STATUS';
  if (e.entityType === 'OutdialTarget' && e.kind === 'STATUS') return 'OUTDIAL_TARGET_STATUS';
  if (e.entityType === 'Campaign' && e.kind === 'STATUS') return 'CAMPAIGN_STATUS';
  if (e.entityType === 'CampaignCall' && e.kind === 'STATUS' && e.snapshot.status === 'DONE') return 'CAMPAIGN_CALL_FINISHED';
  if (e.entityType === 'Outplan') return 'OUTPLAN_CHANGED';
  return null;
}

describe('delivery', () => {
  it('delivers every event of a 20-target campaign, in version order per row, each signed', async () => {
    const types = ['CALL_STATUS', 'OUTDIAL_TARGET_STATUS', 'CAMPAIGN_STATUS', 'CAMPAIGN_CALL_FINISHED'];
    const hook = await createWebhook('/campaign', types);
    const rows = await createCampaignRows(t.db, { targets: mixedTargets(20, 14), maxTryCounts: [2, 1], maxConcurrentCalls: 5 });
    await runCampaign({ prisma: t.db.prisma, bus: t.app.services.bus }, rows.customerId, rows.campaignId);
    t.app.services.dialer.wake();
    await waitForCampaign(t.db, rows.campaignId, (c) => c.status === 'STOP');

    const events = await t.db.prisma.event.findMany({ where: { customerId: rows.customerId, createdAt: { gte: new Date(Date.now() - 120_000) } }, orderBy: { id: 'asc' } });
    const hookRow = await t.db.prisma.webhook.findUniqueOrThrow({ where: { id: hook.webhook.uuid } });
    const expected = events.filter((e) => e.createdAt >= hookRow.createdAt && typeOf(e as never) !== null && types.includes(typeOf(e as never)!));
    expect(expected.length).toBeGreaterThan(60); // 20 targets: calls, attempts, targets and the campaign itself
    const mine = () => rx.received.filter((r) => r.path === '/campaign');
    await waitUntil(() => new Set(mine().map((r) => r.json.id)).size >= expected.length, 30_000, 'every campaign event');

    const got = mine();
    expect(new Set(got.map((r) => r.json.id))).toEqual(new Set(expected.map((e) => e.id.toString())));
    // In version order per row, as they arrived.
    const lastVersion = new Map<string, number>();
    for (const r of got) {
      const row = r.json.data.uuid as string;
      expect(r.json.version, `${r.json.data.__typename} ${row}`).toBeGreaterThan(lastVersion.get(row) ?? 0);
      lastVersion.set(row, r.json.version);
    }
    for (const r of got) {
      expect(verifySignature(r.body, String(r.headers['dialgraph-signature']), hook.secret), r.body).toBe(true);
      expect(verifySignature(r.body, String(r.headers['dialgraph-signature']), 'whsec_another')).toBe(false);
      expect(r.headers['dialgraph-event-id']).toBe(r.json.id);
      expect(r.headers['content-type']).toBe('application/json');
      // The API's shape: the global id of the row's type, references as global ids, no customer.
      expect(decodeGlobalId(r.json.data.id)).toEqual({ typename: r.json.data.__typename, id: r.json.data.uuid });
      expect(r.json.data).not.toHaveProperty('customerId');
      expect(types).toContain(r.json.type);
    }
    const attempt = got.find((r) => r.json.type === 'CAMPAIGN_CALL_FINISHED')!;
    expect(decodeGlobalId(attempt.json.data.campaignId)).toEqual({ typename: 'Campaign', id: rows.campaignId });
    expect(attempt.json.data.status).toBe('DONE');
    // The log says the same: every delivery DELIVERED once.
    const log = await t.gql(DELIVERIES, { id: hook.webhook.id, status: 'DELIVERED' });
    expect(log.data.node.deliveries.totalCount).toBe(expected.length);
  }, 90_000);

  it('retries a failing receiver with backoff until it answers 2xx, and records each attempt', async () => {
    const before = await scrapeMetrics(t.url);
    let failures = 0;
    rx.on((r, res) => {
      if (r.path !== '/flaky' || failures >= 2) return false;
      failures++;
      res.writeHead(500).end('x'.repeat(5000)); // longer than the log keeps
      return true;
    });
    const hook = await createWebhook('/flaky', ['OUTPLAN_CHANGED']);
    await createOutplan('flaky plan');
    await waitUntil(() => rx.received.filter((r) => r.path === '/flaky').length >= 3, 20_000, 'three attempts');
    const got = rx.received.filter((r) => r.path === '/flaky');
    expect(new Set(got.map((r) => r.json.id)).size).toBe(1); // one event, sent three times
    // Exponential with jitter: the n-th retry waits at least half of base * 2^(n-1).
    expect(got[1].at - got[0].at).toBeGreaterThanOrEqual(BASE_MS / 2 - 20);
    expect(got[2].at - got[1].at).toBeGreaterThanOrEqual(BASE_MS - 20);
    await waitUntil(async () => (await t.gql(DELIVERIES, { id: hook.webhook.id })).data.node.deliveries.nodes[0]?.status === 'DELIVERED', 10_000, 'the log');
    const [delivery] = (await t.gql(DELIVERIES, { id: hook.webhook.id })).data.node.deliveries.nodes;
    expect(delivery).toMatchObject({ status: 'DELIVERED', attempts: 3, lastStatusCode: 200, lastResponse: 'ok', nextAttemptAt: null, eventType: 'OUTPLAN_CHANGED', rowType: 'Outplan', rowVersion: 1 });
    await new Promise((r) => setTimeout(r, BASE_MS * 3));
    expect(rx.received.filter((r) => r.path === '/flaky')).toHaveLength(3); // delivered: not sent again
    // And /metrics counted them: two sends to retry, one delivered (other tests' sends may add more).
    const after = await scrapeMetrics(t.url);
    const moved = (outcome: string) => after.value('dialgraph_webhook_attempts_total', { outcome }) - before.value('dialgraph_webhook_attempts_total', { outcome });
    expect(moved('retried')).toBeGreaterThanOrEqual(2);
    expect(moved('delivered')).toBeGreaterThanOrEqual(1);
    expect(after.families.has('dialgraph_webhook_deliveries_pending')).toBe(true);
    expect(after.value('dialgraph_webhook_delivery_lag_seconds')).toBeGreaterThanOrEqual(0);
  });

  it('keeps 1 KiB of a failed answer in the log and honours Retry-After', async () => {
    let refused = false;
    rx.on((r, res) => {
      if (r.path !== '/busy' || refused) return false;
      refused = true;
      res.writeHead(503, { 'retry-after': '2' }).end('y'.repeat(5000));
      return true;
    });
    const hook = await createWebhook('/busy', ['OUTPLAN_CHANGED']);
    await createOutplan('busy plan');
    await waitUntil(async () => (await t.gql(DELIVERIES, { id: hook.webhook.id })).data.node.deliveries.nodes[0]?.attempts === 1 && refused, 10_000, 'the first attempt');
    const [pending] = (await t.gql(DELIVERIES, { id: hook.webhook.id })).data.node.deliveries.nodes;
    expect(pending).toMatchObject({ status: 'PENDING', lastStatusCode: 503 });
    expect(pending.lastResponse).toBe('y'.repeat(1024));
    await waitUntil(() => rx.received.filter((r) => r.path === '/busy').length >= 2, 10_000, 'the retry');
    const got = rx.received.filter((r) => r.path === '/busy');
    expect(got[1].at - got[0].at).toBeGreaterThanOrEqual(2000 - 50); // not the 200 ms backoff
  });

  it('signs with the new and the old secret after a rotation', async () => {
    const hook = await createWebhook('/rotated', ['OUTPLAN_CHANGED']);
    const rotated = await t.gql(`mutation($input: WebhookRotateSecretInput!) { webhookRotateSecret(input: $input) { secret webhook { previousSecretExpiresAt } userErrors { message } } }`, { input: { id: hook.webhook.id } });
    const secret = rotated.data.webhookRotateSecret.secret as string;
    expect(secret).toMatch(/^whsec_/);
    expect(secret).not.toBe(hook.secret);
    expect(rotated.data.webhookRotateSecret.webhook.previousSecretExpiresAt).not.toBeNull();
    await createOutplan('rotated plan');
    await waitUntil(() => rx.received.some((r) => r.path === '/rotated'), 10_000, 'a delivery');
    const r = rx.received.find((x) => x.path === '/rotated')!;
    const header = String(r.headers['dialgraph-signature']);
    expect(header).toMatch(/^t=\d+,v1=[0-9a-f]{64},v1=[0-9a-f]{64}$/);
    expect(verifySignature(r.body, header, secret)).toBe(true);
    expect(verifySignature(r.body, header, hook.secret)).toBe(true);
    // A signature older than the tolerance is refused by the receiver's check (replays).
    expect(verifySignature(r.body, header, secret, 300, Date.now() + 301_000)).toBe(false);
    // The secret is never readable afterwards.
    const read = await t.gql(`query($id: ID!) { node(id: $id) { ... on Webhook { secret } } }`, { id: hook.webhook.id });
    expect(read.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('replays a delivered delivery with webhookDeliveryRetry, the same event id', async () => {
    const hook = await createWebhook('/replay', ['OUTPLAN_CHANGED']);
    await createOutplan('replayed plan');
    await waitUntil(async () => (await t.gql(DELIVERIES, { id: hook.webhook.id })).data.node.deliveries.nodes[0]?.status === 'DELIVERED', 10_000, 'delivered');
    const [delivery] = (await t.gql(DELIVERIES, { id: hook.webhook.id })).data.node.deliveries.nodes;
    const res = await t.gql(`mutation($input: WebhookDeliveryRetryInput!) { webhookDeliveryRetry(input: $input) { webhookDelivery { status } userErrors { message } } }`, { input: { id: delivery.id } });
    expect(res.data.webhookDeliveryRetry).toEqual({ webhookDelivery: { status: 'PENDING' }, userErrors: [] });
    await waitUntil(() => rx.received.filter((r) => r.path === '/replay').length >= 2, 10_000, 'the replay');
    const got = rx.received.filter((r) => r.path === '/replay');
    expect(got[1].json.id).toBe(got[0].json.id);
    expect(got[1].body).toBe(got[0].body);
  });

  it('gives up after WEBHOOK_RETRY_FOR_MS and disables an endpoint that failed all that time', async () => {
    rx.on((r, res) => {
      if (r.path !== '/down') return false;
      res.writeHead(500).end('down');
      return true;
    });
    const hook = await createWebhook('/down', ['OUTPLAN_CHANGED']);
    await createOutplan('down plan');
    await waitUntil(async () => (await t.gql(DELIVERIES, { id: hook.webhook.id })).data.node.disabledAt !== null, RETRY_FOR_MS + 10_000, 'disabled');
    const node = (await t.gql(DELIVERIES, { id: hook.webhook.id })).data.node;
    expect(node.disabledReason).toMatch(/No delivery succeeded for 3 s; the last attempt: HTTP 500/);
    expect(node.deliveries.nodes[0]).toMatchObject({ status: 'FAILED', lastStatusCode: 500, nextAttemptAt: null });
    expect(node.deliveries.nodes[0].attempts).toBeGreaterThan(2);
    // Disabled: new events are not even queued for it, and a replay says why it cannot be sent.
    await createOutplan('after disabled');
    await new Promise((r) => setTimeout(r, 300));
    expect((await t.gql(DELIVERIES, { id: hook.webhook.id })).data.node.deliveries.totalCount).toBe(1);
    const retry = await t.gql(`mutation($input: WebhookDeliveryRetryInput!) { webhookDeliveryRetry(input: $input) { userErrors { code message } } }`, { input: { id: node.deliveries.nodes[0].id } });
    expect(retry.data.webhookDeliveryRetry.userErrors[0]).toMatchObject({ code: 'INVALID_STATE' });
    expect(retry.data.webhookDeliveryRetry.userErrors[0].message).toMatch(/disabled/);
    // Enabled again (the receiver back up): sent to again, from the next event on.
    rx.on(() => false);
    const enabled = await t.gql(`mutation($input: WebhookUpdateInput!) { webhookUpdate(input: $input) { webhook { disabledAt disabledReason } userErrors { message } } }`, { input: { id: hook.webhook.id, enabled: true } });
    expect(enabled.data.webhookUpdate).toEqual({ webhook: { disabledAt: null, disabledReason: null }, userErrors: [] });
    await createOutplan('after enabled');
    await waitUntil(async () => (await t.gql(DELIVERIES, { id: hook.webhook.id, status: 'DELIVERED' })).data.node.deliveries.totalCount === 1, 10_000, 'a delivery after enabling');
  }, 30_000);

  it('refuses invalid endpoints with userErrors on their fields, writing nothing', async () => {
    const before = await t.db.prisma.webhook.count();
    for (const [url, field, message] of [
      ['ftp://example.com/x', 'url', /http or https/],
      ['not a url', 'url', /absolute http/],
      ['https://user:pw@example.com/', 'url', /username or password/],
      [`https://example.com/${'a'.repeat(2100)}`, 'url', /at most 2048/],
    ] as const) {
      const res = await t.gql(WEBHOOK_CREATE, { input: { url, eventTypes: ['CALL_STATUS'] } });
      expect(res.data.webhookCreate.userErrors[0], url).toMatchObject({ field: ['input', field], code: 'INVALID' });
      expect(res.data.webhookCreate.userErrors[0].message).toMatch(message);
      expect(res.data.webhookCreate.secret).toBeNull();
    }
    const none = await t.gql(WEBHOOK_CREATE, { input: { url: 'https://example.com/', eventTypes: [] } });
    expect(none.data.webhookCreate.userErrors[0]).toMatchObject({ field: ['input', 'eventTypes'] });
    expect(await t.db.prisma.webhook.count()).toBe(before);
  });

});

describe.skipIf(!onPostgres)('durability across instances', () => {
  it('loses nothing to SIGKILL: events not fanned out yet, and deliveries pending, are delivered after restarts', async () => {
    const database = await createTestDatabase();
    const children = childServers();
    try {
      let up = false;
      rx.on((r, res) => {
        if (r.path !== '/killed' || up) return false;
        res.writeHead(500).end('not yet');
        return true;
      });
      const env = { DATABASE_URL: database.url!, WEBHOOK_ALLOW_LOOPBACK: 'true', WEBHOOK_POLL_MS: '50', WEBHOOK_RETRY_BASE_MS: '300', WEBHOOK_TIMEOUT_MS: '2000' };
      const db = await database.open();
      const deliveries = (status?: 'PENDING' | 'DELIVERED') => db.prisma.webhookDelivery.count({ where: status ? { status } : {} });

      // 1. Its sender never polls after its start: the events commit, and the process dies before any fan-out.
      const first = await children.start({ ...env, WEBHOOK_POLL_MS: '3600000' });
      const token = await login(first.url, 'admin', 'test-admin-password');
      const gql = (query: string, variables?: Record<string, unknown>) => fetch(first.url, {
        method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }),
      }).then((r) => r.json() as Promise<any>);
      await createWebhook('/killed', ['OUTPLAN_CHANGED'], gql as never);
      for (let i = 0; i < 5; i++) await createOutplan(`killed plan ${i}`, gql as never);
      await signalAndWait(first.child, 'SIGKILL');
      expect(await deliveries()).toBe(0);

      // 2. Restarted: the outbox is fanned out; the receiver fails every attempt; killed with all five pending.
      const second = await children.start(env);
      await waitUntil(() => new Set(rx.received.filter((r) => r.path === '/killed').map((r) => r.json.id)).size >= 5, 20_000, 'a failed attempt of each');
      await signalAndWait(second.child, 'SIGKILL');
      expect(await deliveries('PENDING')).toBe(5);

      // 3. Restarted with the receiver up: each delivered (one that was in flight at the kill, after its lease).
      up = true;
      await children.start(env);
      await waitUntil(async () => (await deliveries('DELIVERED')) === 5, 30_000, 'delivered after the restart');
      expect(await deliveries()).toBe(5);
      const ids = new Set(rx.received.filter((r) => r.path === '/killed').map((r) => r.json.id));
      expect(ids.size).toBe(5);
    } finally {
      children.killAll();
      await database.drop(); // closes db
    }
  }, 120_000);

  it('two instances on one database send each delivery once', async () => {
    const database = await createTestDatabase();
    const env = { WEBHOOK_ALLOW_LOOPBACK: 'true', WEBHOOK_POLL_MS: '20', REDIS_URL: '' };
    const one = await startTestApp(database, env);
    const two = await startTestApp(database, env);
    try {
      await createWebhook('/twice', ['OUTPLAN_CHANGED'], one.gql as never);
      for (let i = 0; i < 30; i++) await createOutplan(`plan ${i}`, (i % 2 ? one.gql : two.gql) as never);
      const db = one.app.services.db;
      await waitUntil(async () => (await db.prisma.webhookDelivery.count({ where: { status: 'DELIVERED' } })) === 30, 30_000, 'every delivery');
      await new Promise((r) => setTimeout(r, 300));
      const ids = rx.received.filter((r) => r.path === '/twice').map((r) => r.json.id);
      expect(ids).toHaveLength(30);
      expect(new Set(ids).size).toBe(30);
    } finally {
      await one.stop();
      await two.stop();
      await database.drop();
    }
  }, 60_000);
});
