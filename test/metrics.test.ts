// GET /metrics (README "Metrics") on a real server: it parses as Prometheus text (prom2javascript),
// and its numbers move with what really happens: operations and errors over HTTP, graphql-ws sockets and
// subscriptions, SSE subscriptions, events published and the outbox tail's lag, a simulated campaign's attempts
// and calls in flight, the PostgreSQL pool; METRICS_TOKEN keeps it from anyone without the token, and ?gc=1
// collects garbage first only where METRICS_ALLOW_GC allows it.
import { describe, expect, it } from 'vitest';
import { sseSubscribe, useTestApp } from './helpers/app.ts';
import { createCampaignRows, runCampaign, waitForCampaign } from './helpers/campaign.ts';
import { onPostgres } from './helpers/db.ts';
import { scrapeMetrics, type Scrape } from '../bench/harness.ts';
import { MAX_OPERATION_NAMES } from '../src/graphql-metrics.ts';

// Calls ring 100 to 300 ms at 10x: long enough to be seen in flight. The outbox tail polls only when told to,
// so its lag stays until the test polls.
const t = useTestApp({ SIMULATOR_TIME_SCALE: '10', DIALER_POLL_MS: '500', EVENT_POLL_MS: '600000' });
const scrape = () => scrapeMetrics(t.url);

const OUTPLAN_CREATE = 'mutation MetricsOutplanCreate($i: OutplanCreateInput!) { outplanCreate(input: $i) { outplan { id } userErrors { message } } }';
const OUTPLAN_CHANGED = 'subscription MetricsOutplanChanged { outplanChanged { id version } }';

/** Stands in for the gc() that `node --expose-gc` gives (vitest's workers have none), counting its calls. */
function withGcSpy() {
  const holder = globalThis as { gc?: () => void };
  const original = holder.gc;
  const collections = { count: 0, restore: () => void (holder.gc = original) };
  holder.gc = () => void collections.count++;
  return collections;
}

/** Polls /metrics until `check` holds (bounded); returns that scrape. */
async function scrapeUntil(check: (m: Scrape) => boolean, what: string, timeoutMs = 10_000): Promise<Scrape> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const m = await scrape();
    if (check(m)) return m;
    if (Date.now() > deadline) throw new Error(`/metrics never showed ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('GET /metrics', () => {
  it('answers the Prometheus text format, with the process metrics and every dialgraph metric', async () => {
    const res = await fetch(new URL('/metrics', t.url));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    // prom-client's `Nan` written as the format spells it (scraped twice at once, the event-loop statistics have none).
    const [first, second] = await Promise.all([0, 1].map(async () => (await fetch(new URL('/metrics', t.url))).text()));
    expect(`${first}\n${second}\n${await res.text()}`).not.toMatch(/ Nan$/m);
    const m = await scrape();
    for (const name of [
      'nodejs_heap_size_used_bytes', 'nodejs_eventloop_lag_seconds', 'process_cpu_seconds_total', 'nodejs_gc_duration_seconds',
      'graphql_envelop_request', 'graphql_envelop_request_duration', 'graphql_envelop_error_result', 'graphql_yoga_http_duration',
      'dialgraph_ws_connections', 'dialgraph_subscriptions', 'dialgraph_events_published_total', 'dialgraph_outbox_tail_lag_events',
      'dialgraph_outbox_tail_lag_seconds', 'dialgraph_dialer_rounds_total', 'dialgraph_dialer_attempts_total',
      'dialgraph_campaign_attempts_ended_total', 'dialgraph_calls_live', 'dialgraph_campaign_calls_in_flight',
    ]) expect(m.families.has(name), name).toBe(true);
    expect(m.families.get('graphql_envelop_request_duration')!.type).toBe('histogram');
    expect(m.families.get('dialgraph_dialer_rounds_total')!.type).toBe('counter');
    expect(m.value('nodejs_heap_size_used_bytes')).toBeGreaterThan(1e6);
  });

  it('counts operations and their durations by operation name and type, anonymous ones under one name', async () => {
    const before = await scrape();
    for (let i = 0; i < 3; i++) expect((await t.gql('query MetricsProbe { viewer { username } }')).errors).toBeUndefined();
    await t.gql('{ viewer { username } }');
    await t.gql('query { viewer { username } }');
    const after = await scrape();
    const probe = { operationName: 'MetricsProbe', operationType: 'query' };
    const anonymous = { operationName: 'Anonymous', operationType: 'query' };
    expect(after.value('graphql_envelop_request', probe) - before.value('graphql_envelop_request', probe)).toBe(3);
    expect(after.value('graphql_envelop_request_duration', probe) - before.value('graphql_envelop_request_duration', probe)).toBe(3);
    expect(after.value('graphql_envelop_request', anonymous) - before.value('graphql_envelop_request', anonymous)).toBe(2);
    const http = { ...probe, method: 'POST', statusCode: '200' };
    expect(after.value('graphql_yoga_http_duration', http) - before.value('graphql_yoga_http_duration', http)).toBe(3);
  });

  it('labels the operation that runs: the one a request names, not a fragment defined before it', async () => {
    const before = await scrape();
    const res = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${t.token}` },
      body: JSON.stringify({ query: 'fragment V on Viewer { username } query MetricsFirst { viewer { ...V } } query MetricsSecond { viewer { ...V } }', operationName: 'MetricsSecond' }),
    });
    expect(((await res.json()) as { errors?: unknown }).errors).toBeUndefined();
    const after = await scrape();
    const second = { operationName: 'MetricsSecond', operationType: 'query' };
    expect(after.value('graphql_envelop_request', second) - before.value('graphql_envelop_request', second)).toBe(1);
    expect(after.value('graphql_envelop_request', { operationName: 'MetricsFirst' })).toBe(0);
  });

  it('counts errors by operation, phase and code', async () => {
    const before = await scrape();
    await t.gql('query MetricsBad { viewer { noSuchField } }');
    await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'query MetricsNoToken { outplans(first: 1) { totalCount } }' }) });
    await t.gql('query MetricsBroken {');
    const after = await scrape();
    const diff = (labels: Record<string, string>) => after.value('graphql_envelop_error_result', labels) - before.value('graphql_envelop_error_result', labels);
    expect(diff({ operationName: 'MetricsBad', operationType: 'query', phase: 'validate', code: 'GRAPHQL_VALIDATION_FAILED' })).toBe(1);
    expect(diff({ operationName: 'MetricsNoToken', operationType: 'query', phase: 'execute', code: 'UNAUTHENTICATED' })).toBe(1);
    expect(diff({ operationName: 'unknown', phase: 'parse', code: 'GRAPHQL_PARSE_FAILED' })).toBe(1);
    // A request without errors counts none.
    const clean = { operationName: 'MetricsProbe' };
    await t.gql('query MetricsProbe { viewer { username } }');
    expect((await scrape()).sum('graphql_envelop_error_result', clean)).toBe(before.sum('graphql_envelop_error_result', clean));
  });

  it(`labels at most ${MAX_OPERATION_NAMES} operation names; later new names are "other"`, async () => {
    for (let i = 0; i < MAX_OPERATION_NAMES; i++) await t.gql(`query MetricsName${i} { viewer { username } }`);
    const before = await scrape();
    const names = new Set(before.labels('graphql_envelop_request').map((l) => l.operationName));
    expect(names.size).toBeLessThanOrEqual(MAX_OPERATION_NAMES + 3); // + Anonymous, unknown, other
    await t.gql('query MetricsOneNameTooMany { viewer { username } }');
    await t.gql('query MetricsProbe { viewer { username } }');
    const after = await scrape();
    expect(after.value('graphql_envelop_request', { operationName: 'MetricsOneNameTooMany' })).toBe(0);
    expect(after.value('graphql_envelop_request', { operationName: 'other' }) - before.value('graphql_envelop_request', { operationName: 'other' })).toBe(1);
    // A name labelled before keeps its own series.
    const probe = { operationName: 'MetricsProbe', operationType: 'query' };
    expect(after.value('graphql_envelop_request', probe) - before.value('graphql_envelop_request', probe)).toBe(1);
  });

  it('counts graphql-ws sockets and subscriptions as they open and close', async () => {
    const base = await scrape();
    const sockets = base.value('dialgraph_ws_connections');
    const subs = base.value('dialgraph_subscriptions', { transport: 'ws' });
    const client = t.wsClient();
    const unsubscribe = [0, 1].map(() => client.subscribe({ query: OUTPLAN_CHANGED }, { next: () => {}, error: () => {}, complete: () => {} }));
    await scrapeUntil((m) => m.value('dialgraph_ws_connections') === sockets + 1 && m.value('dialgraph_subscriptions', { transport: 'ws' }) === subs + 2, 'the socket and its 2 subscriptions');
    unsubscribe[0]();
    await scrapeUntil((m) => m.value('dialgraph_subscriptions', { transport: 'ws' }) === subs + 1 && m.value('dialgraph_ws_connections') === sockets + 1, 'one subscription completed, the socket open');
    await client.dispose();
    await scrapeUntil((m) => m.value('dialgraph_ws_connections') === sockets && m.value('dialgraph_subscriptions', { transport: 'ws' }) === subs, 'the socket closed');
  });

  it('counts SSE subscriptions as they open and close', async () => {
    const before = (await scrape()).value('dialgraph_subscriptions', { transport: 'sse' });
    const stream = await sseSubscribe(t.url, t.token, OUTPLAN_CHANGED);
    expect(stream.status).toBe(200);
    await scrapeUntil((m) => m.value('dialgraph_subscriptions', { transport: 'sse' }) === before + 1, 'the SSE subscription');
    await stream.close();
    await scrapeUntil((m) => m.value('dialgraph_subscriptions', { transport: 'sse' }) === before, 'the SSE subscription ended');
  });

  it('counts the events this instance publishes, and the outbox tail\'s lag until it polls', async () => {
    await t.app.services.bus.poll();
    const before = await scrape();
    expect(before.value('dialgraph_outbox_tail_lag_events')).toBe(0);
    const created = { entity_type: 'Outplan', kind: 'CREATED' };
    for (let i = 0; i < 2; i++) {
      const { data } = await t.gql(OUTPLAN_CREATE, { i: { name: `metrics ${i}`, dialTimeout: 30000, tryInterval: 0, maxTryCounts: [1] } });
      expect(data.outplanCreate.userErrors).toEqual([]);
    }
    const after = await scrape();
    expect(after.value('dialgraph_events_published_total', created) - before.value('dialgraph_events_published_total', created)).toBe(2);
    // The pubsub delivered them already; the tail reads them at its next poll (here: when the test asks).
    expect(after.value('dialgraph_outbox_tail_lag_events')).toBe(2);
    expect(after.value('dialgraph_outbox_tail_lag_seconds')).toBeGreaterThanOrEqual(0);
    await t.app.services.bus.poll();
    const polled = await scrape();
    expect(polled.value('dialgraph_outbox_tail_lag_events')).toBe(0);
    expect(polled.value('dialgraph_outbox_tail_lag_seconds')).toBe(0);
  });

  it('a 10-target simulated campaign moves the dialer\'s counters, and its calls in flight go up and back to 0', async () => {
    const before = await scrape();
    // 7777 answers; 0001 is busy: 7 attempts succeed, 3 fail, one try each.
    const targets = Array.from({ length: 10 }, (_, i) => [`+1555010${String(i).padStart(2, '0')}${i < 7 ? '7777' : '0001'}`]);
    const rows = await createCampaignRows(t.db, { targets, maxTryCounts: [1], maxConcurrentCalls: 10 });
    const series = { campaign_id: rows.campaignId };
    await runCampaign({ prisma: t.db.prisma, bus: t.app.services.bus }, rows.customerId, rows.campaignId);
    const busy = await scrapeUntil((m) => m.value('dialgraph_campaign_calls_in_flight', series) > 0, 'calls in flight');
    expect(busy.value('dialgraph_campaign_calls_in_flight', series)).toBeLessThanOrEqual(10);
    expect(busy.value('dialgraph_calls_live')).toBeGreaterThanOrEqual(busy.value('dialgraph_campaign_calls_in_flight', series));
    await waitForCampaign(t.db, rows.campaignId, (c) => c.status === 'STOP', 30_000);
    const attempts = await t.db.prisma.campaignCall.count({ where: { campaignId: rows.campaignId } });
    expect(attempts).toBe(10);
    const after = await scrapeUntil((m) => m.value('dialgraph_calls_live') === 0, 'no call live');
    // Only campaigns with calls in flight have a series.
    expect(after.labels('dialgraph_campaign_calls_in_flight').filter((l) => l.campaign_id === rows.campaignId)).toEqual([]);
    expect(after.sum('dialgraph_campaign_calls_in_flight')).toBe(0);
    const diff = (name: string, labels?: Record<string, string>) => after.value(name, labels) - before.value(name, labels);
    expect(diff('dialgraph_dialer_attempts_total')).toBe(10);
    expect(diff('dialgraph_campaign_attempts_ended_total', { result: 'SUCCESS' })).toBe(7);
    expect(diff('dialgraph_campaign_attempts_ended_total', { result: 'FAIL' })).toBe(3);
    expect(diff('dialgraph_dialer_rounds_total')).toBeGreaterThan(0);
    expect(diff('dialgraph_events_published_total', { entity_type: 'CampaignCall', kind: 'CREATED' })).toBe(10);
  }, 60_000);

  it.skipIf(!onPostgres)('reports the PostgreSQL pool: its size, open, idle and waiting', async () => {
    const m = await scrape();
    const max = m.value('dialgraph_db_pool_max_connections');
    expect(max).toBe(t.app.services.config.DATABASE_POOL_MAX);
    expect(m.value('dialgraph_db_pool_connections')).toBeGreaterThanOrEqual(1);
    expect(m.value('dialgraph_db_pool_connections')).toBeLessThanOrEqual(max);
    expect(m.value('dialgraph_db_pool_idle_connections')).toBeLessThanOrEqual(m.value('dialgraph_db_pool_connections'));
    expect(m.families.has('dialgraph_db_pool_waiting_queries')).toBe(true);
  });

  it('never collects garbage for ?gc=1 unless METRICS_ALLOW_GC is set', async () => {
    const collections = withGcSpy();
    try {
      await scrapeMetrics(t.url, { gc: true });
      expect(collections.count).toBe(0);
    } finally {
      collections.restore();
    }
  });

  it.skipIf(onPostgres)('has no pool metrics on the embedded database (one in-process connection)', async () => {
    expect((await scrape()).families.has('dialgraph_db_pool_connections')).toBe(false);
  });
});

describe('GET /metrics with METRICS_TOKEN', () => {
  const secured = useTestApp({ METRICS_TOKEN: 'metrics-token-0123456789', METRICS_ALLOW_GC: 'true' });
  const metricsUrl = () => new URL('/metrics', secured.url);

  it('answers 401 without the token or with another, and the metrics with it', async () => {
    const none = await fetch(metricsUrl());
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(await none.text()).not.toContain('nodejs_heap');
    for (const authorization of ['Bearer metrics-token-012345678', 'Bearer metrics-token-0123456789x', 'Basic metrics-token-0123456789', `Bearer ${secured.token}`]) {
      expect((await fetch(metricsUrl(), { headers: { authorization } })).status, authorization).toBe(401);
    }
    const m = await scrapeMetrics(secured.url, { token: 'metrics-token-0123456789' });
    expect(m.value('nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
  });

  it('with METRICS_ALLOW_GC, collects garbage before reading for ?gc=1, and only for a request with the token', async () => {
    const collections = withGcSpy();
    try {
      expect((await fetch(new URL('/metrics?gc=1', secured.url))).status).toBe(401);
      expect(collections.count).toBe(0);
      await scrapeMetrics(secured.url, { token: 'metrics-token-0123456789' });
      expect(collections.count).toBe(0);
      await scrapeMetrics(secured.url, { token: 'metrics-token-0123456789', gc: true });
      expect(collections.count).toBe(1);
    } finally {
      collections.restore();
    }
  });

  it('answers only GET and HEAD', async () => {
    const res = await fetch(metricsUrl(), { method: 'POST', headers: { authorization: 'Bearer metrics-token-0123456789' } });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD');
  });
});
