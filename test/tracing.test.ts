// Traces (issue 14): with an OTLP endpoint configured, one GraphQL request is one trace (the request's span, its
// parse, validate, execute, the root field's resolver and its SQL, with the request id) sent to a real OTLP/HTTP
// receiver on 127.0.0.1; a client's traceparent is its parent; a campaign's dialer rounds and webhook sends have
// spans; graphql-ws operations get their own request id and span; log lines carry the request id (and, traced,
// the trace and span ids). With no endpoint: no plugin, no span, nothing sent.
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { trace } from '@opentelemetry/api';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startTestApp, useTestApp, TEST_ADMIN } from './helpers/app.ts';
import { createTestDatabase } from './helpers/db.ts';
import { createLogger } from '../src/logger.ts';
import { isStatementSpan, traceLogFields, REQUEST_ID_ATTRIBUTE } from '../src/tracing.ts';
import { otlpReceiver, type ReceivedSpan } from './helpers/otlp-receiver.ts';
import { receiver } from './helpers/webhook-receiver.ts';
import { createCampaignRows, runCampaign, waitForCampaign } from './helpers/campaign.ts';

const otlp = otlpReceiver();
const otlpUrl = await otlp.listen();
const hooks = receiver();
const hooksUrl = await hooks.listen();
afterAll(async () => {
  await otlp.close();
  await hooks.close();
});

/** A logger writing JSON lines into `lines` (the app's own factory: same fields, same redaction). */
function capturedLogger(mixin?: () => object) {
  const lines: Record<string, any>[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split('\n')) if (line.trim()) lines.push(JSON.parse(line));
      done();
    },
  });
  return { lines, logger: createLogger('info', {}, sink, mixin) };
}

async function post(url: string, query: string, headers: Record<string, string> = {}, variables?: unknown) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return { res, body: (await res.json()) as { data?: any; errors?: any[] } };
}

const WRONG_LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { token userErrors { code } } }';

describe('traces off (no OTLP endpoint)', () => {
  const { lines, logger } = capturedLogger();
  const t = useTestApp({}, { logger });

  it('adds no plugin and records no span, and sends nothing', async () => {
    expect(t.app.services.tracing).toBeUndefined();
    // Yoga chains its plugins' instrumentation (the hooks tracing uses) into one: none has any.
    const yoga = t.app.yoga as unknown as { plugins: { instrumentation?: object }[]; instrumentation?: object };
    expect(yoga.plugins.length).toBeGreaterThan(5);
    expect(yoga.plugins.filter((p) => p.instrumentation)).toEqual([]);
    expect(yoga.instrumentation).toBeUndefined();
    const { body } = await post(t.url, '{ outplans { totalCount } }', { authorization: `Bearer ${t.token}` });
    expect(body.errors).toBeUndefined();
    // No tracer provider was registered: a span started through the API records nothing, and Prisma has no tracing helper.
    expect(trace.getTracer('dialgraph').startSpan('probe').isRecording()).toBe(false);
    expect((globalThis as Record<string, unknown>).PRISMA_INSTRUMENTATION).toBeUndefined();
    expect(otlp.posts()).toBe(0);
  });

  it("writes a resolver's log line with the request's id", async () => {
    const { res, body } = await post(t.url, WRONG_LOGIN, { 'x-request-id': 'login-fail-off-1' }, { input: { username: TEST_ADMIN.username, password: 'wrong-password' } });
    expect(body.data.login.userErrors).toEqual([{ code: 'INVALID' }]);
    expect(res.headers.get('x-request-id')).toBe('login-fail-off-1');
    const warning = lines.find((l) => l.msg === 'login failed: wrong username or password');
    expect(warning).toMatchObject({ requestId: 'login-fail-off-1', username: TEST_ADMIN.username, level: 40 });
    expect(JSON.stringify(warning)).not.toContain('wrong-password');
    expect(warning).not.toHaveProperty('trace_id');
  });

  it('gives each graphql-ws operation its own request id, the socket id and the operation id', async () => {
    const client = t.wsClient();
    const ids: string[] = [];
    // The context's request id is what its logger writes; read back through failed logins, two at once on one socket.
    await Promise.all([0, 1].map(() => new Promise<void>((resolve, reject) => {
      client.subscribe({ query: WRONG_LOGIN, variables: { input: { username: 'nobody', password: 'x' } } }, { next: () => {}, error: reject, complete: resolve });
    })));
    for (const l of lines.filter((l) => l.msg === 'login failed: wrong username or password' && l.username === 'nobody')) ids.push(l.requestId);
    expect(ids).toHaveLength(2);
    const [socketA, opA] = ids[0].split(':');
    const [socketB, opB] = ids[1].split(':');
    expect(socketA).toMatch(/^[0-9a-f-]{36}$/);
    expect(socketB).toBe(socketA);
    expect(opA).not.toBe(opB);
  });
});

describe('traces on (OTEL_EXPORTER_OTLP_ENDPOINT)', () => {
  const { lines, logger } = capturedLogger(traceLogFields);
  const t = useTestApp({
    OTEL_EXPORTER_OTLP_ENDPOINT: otlpUrl, WEBHOOK_ALLOW_LOOPBACK: 'true', WEBHOOK_POLL_MS: '50', SIMULATOR_TIME_SCALE: '100',
  }, { logger });

  /** The spans received so far, after the app has sent what it ended. */
  async function received(): Promise<ReceivedSpan[]> {
    await t.app.services.tracing!.flush();
    return otlp.spans;
  }
  const traceOf = (spans: ReceivedSpan[], traceId: string) => spans.filter((s) => s.traceId === traceId);
  /** Whether `span` descends from `ancestor` through the parent ids of `spans`. */
  function descends(spans: ReceivedSpan[], span: ReceivedSpan, ancestor: ReceivedSpan): boolean {
    const byId = new Map(spans.map((s) => [s.spanId, s]));
    for (let s: ReceivedSpan | undefined = span; s; s = s.parentSpanId ? byId.get(s.parentSpanId) : undefined) if (s.parentSpanId === ancestor.spanId) return true;
    return false;
  }

  it('makes one trace of a request: parse, validate, execute, the root field and its SQL under the request span', async () => {
    expect((t.app.yoga as unknown as { plugins: object[] }).plugins).toContain(t.app.services.tracing!.plugin);
    const { res, body } = await post(t.url, 'query TracedOutplans { outplans { totalCount } }', { authorization: `Bearer ${t.token}`, 'x-request-id': 'traced-1' });
    expect(body.errors).toBeUndefined();
    expect(res.headers.get('x-request-id')).toBe('traced-1');
    const spans = await received();
    const request = spans.find((s) => s.name === 'POST /graphql' && s.attributes[REQUEST_ID_ATTRIBUTE] === 'traced-1')!;
    expect(request).toBeDefined();
    expect(request.parentSpanId).toBeUndefined();
    expect(request.attributes).toMatchObject({ 'http.request.method': 'POST', 'http.response.status_code': 200 });
    expect(request.resource).toMatchObject({ 'service.name': 'dialgraph', 'service.instance.id': t.app.services.telephony.instanceId });
    const mine = traceOf(spans, request.traceId);
    const names = mine.map((s) => s.name);
    for (const name of ['graphql.parse', 'graphql.validate', 'graphql.execute', 'graphql.resolve Query.outplans']) expect(names, names.join(', ')).toContain(name);
    const sql = mine.filter((s) => s.name === 'db_query' || s.name === 'prisma:client:db_query');
    expect(sql.length).toBeGreaterThan(0);
    for (const s of mine) if (s !== request) expect(descends(mine, s, request), s.name).toBe(true);
    const execute = mine.find((s) => s.name === 'graphql.execute')!;
    expect(execute.attributes).toMatchObject({ [REQUEST_ID_ATTRIBUTE]: 'traced-1', 'graphql.operation.name': 'TracedOutplans', 'graphql.operation.type': 'query' });
    const resolver = mine.find((s) => s.name === 'graphql.resolve Query.outplans')!;
    // The page's statement runs inside its resolver.
    expect(sql.some((s) => descends(mine, s, resolver))).toBe(true);
    // Only root fields: the count inside the connection has no span of its own.
    expect(names.filter((n) => n.startsWith('graphql.resolve'))).toEqual(['graphql.resolve Query.outplans']);
  });

  it("traces Prisma's statements too", async () => {
    const { body } = await post(t.url, 'mutation($input: OutplanCreateInput!) { outplanCreate(input: $input) { outplan { id } userErrors { message } } }', {
      authorization: `Bearer ${t.token}`, 'x-request-id': 'traced-2',
    }, { input: { name: 'traced', source: { type: 'TEL', target: '+15550100000' }, dialTimeout: 30_000, tryInterval: 60_000, maxTryCounts: [1] } });
    expect(body.data.outplanCreate.userErrors).toEqual([]);
    const spans = await received();
    const request = spans.find((s) => s.attributes[REQUEST_ID_ATTRIBUTE] === 'traced-2' && s.name === 'POST /graphql')!;
    const mine = traceOf(spans, request.traceId);
    const resolver = mine.find((s) => s.name === 'graphql.resolve Mutation.outplanCreate')!;
    expect(resolver).toBeDefined();
    const prismaSql = mine.filter((s) => s.name === 'prisma:client:db_query');
    expect(prismaSql.length).toBeGreaterThan(0);
    expect(prismaSql.every((s) => descends(mine, s, resolver) || descends(mine, s, request))).toBe(true);
    expect(prismaSql.some((s) => /INSERT INTO/i.test(String(s.attributes['db.query.text'])))).toBe(true);
  });

  it("continues the client's trace from its traceparent", async () => {
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const parent = '00f067aa0ba902b7';
    await post(t.url, '{ __typename }', { traceparent: `00-${traceId}-${parent}-01`, 'x-request-id': 'traced-3' });
    const spans = await received();
    const request = spans.find((s) => s.attributes[REQUEST_ID_ATTRIBUTE] === 'traced-3' && s.name === 'POST /graphql')!;
    expect(request).toMatchObject({ traceId, parentSpanId: parent, name: 'POST /graphql' });
    expect(traceOf(spans, traceId).map((s) => s.name)).toContain('graphql.execute');
  });

  it("puts the trace and span ids on a resolver's log line, with the request id", async () => {
    await post(t.url, WRONG_LOGIN, { 'x-request-id': 'login-fail-on-1' }, { input: { username: TEST_ADMIN.username, password: 'wrong-password' } });
    const spans = await received();
    const request = spans.find((s) => s.attributes[REQUEST_ID_ATTRIBUTE] === 'login-fail-on-1' && s.name === 'POST /graphql')!;
    const warning = lines.find((l) => l.msg === 'login failed: wrong username or password' && l.requestId === 'login-fail-on-1');
    expect(warning).toMatchObject({ trace_id: request.traceId });
    const resolver = traceOf(spans, request.traceId).find((s) => s.name === 'graphql.resolve Mutation.login')!;
    expect(warning!.span_id).toBe(resolver.spanId);
  });

  it('gives a graphql-ws operation its own span with its request id', async () => {
    const client = t.wsClient();
    await new Promise<void>((resolve, reject) => {
      client.subscribe({ query: 'query TracedOverWs { outplans { totalCount } }', operationName: 'TracedOverWs' }, { next: () => {}, error: reject, complete: resolve });
    });
    const spans = await received();
    const operation = spans.find((s) => s.name === 'graphql-ws TracedOverWs')!;
    expect(operation).toBeDefined();
    expect(String(operation.attributes[REQUEST_ID_ATTRIBUTE])).toMatch(/^[0-9a-f-]{36}:.+$/);
    const mine = traceOf(spans, operation.traceId);
    for (const name of ['graphql.parse', 'graphql.validate', 'graphql.execute', 'graphql.resolve Query.outplans']) {
      const span = mine.find((s) => s.name === name);
      expect(span && descends(mine, span, operation), name).toBe(true);
    }
    expect(mine.find((s) => s.name === 'graphql.execute')!.attributes[REQUEST_ID_ATTRIBUTE]).toBe(operation.attributes[REQUEST_ID_ATTRIBUTE]);
  });

  it("has a span for each dialer round (campaign, attempts placed) and each webhook send (host, status, attempt)", async () => {
    const hook = await post(t.url, 'mutation($input: WebhookCreateInput!) { webhookCreate(input: $input) { webhook { id } userErrors { message } } }', {
      authorization: `Bearer ${t.token}`,
    }, { input: { url: `${hooksUrl}/traced`, eventTypes: ['CALL_STATUS'] } });
    expect(hook.body.data.webhookCreate.userErrors).toEqual([]);
    const rows = await createCampaignRows(t.db, { targets: [['+15550107777']], maxTryCounts: [1], name: 'traced campaign' });
    await runCampaign({ prisma: t.db.prisma, bus: t.app.services.bus }, rows.customerId, rows.campaignId);
    await waitForCampaign(t.db, rows.campaignId, (c) => c.status === 'STOP');
    let spans: ReceivedSpan[] = [];
    for (let i = 0; i < 400; i++) {
      spans = await received();
      if (spans.some((s) => s.name === 'webhook.send') && spans.some((s) => s.name === 'dialer.round' && s.attributes['dialgraph.attempts.placed'] === 1)) break;
      await new Promise((r) => setTimeout(r, 25));
    }
    const round = spans.find((s) => s.name === 'dialer.round' && s.attributes['dialgraph.campaign.id'] === rows.campaignId && s.attributes['dialgraph.attempts.placed'] === 1)!;
    expect(round).toBeDefined();
    expect(round.parentSpanId).toBeUndefined();
    // The round's statement is inside it.
    expect(traceOf(spans, round.traceId).some((s) => s.name === 'prisma:client:db_query' && descends(spans, s, round))).toBe(true);
    const send = spans.find((s) => s.name === 'webhook.send')!;
    expect(send.attributes).toMatchObject({ 'server.address': new URL(hooksUrl).host, 'http.response.status_code': 200, 'dialgraph.webhook.attempt': 1 });
    expect(hooks.received.length).toBeGreaterThan(0);
    // The pollers' statements (outbox tail, heartbeat, webhook fan-out every 50 ms here) start no trace of their own.
    expect(spans.filter((s) => !s.parentSpanId && isStatementSpan(s.name)).map((s) => s.name)).toEqual([]);
    expect(spans.some((s) => isStatementSpan(s.name))).toBe(true);
  });
});

describe('traces to a collector that is gone', () => {
  it('answers as usual and still shuts down cleanly (the last spans are lost, not the exit)', async () => {
    // A port that refuses: listened on, then closed.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const database = await createTestDatabase();
    try {
      const app = await startTestApp(database, { OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${port}` });
      const { body } = await post(app.url, '{ __typename }');
      expect(body).toEqual({ data: { __typename: 'Query' } });
      await expect(app.stop()).resolves.toBeUndefined();
    } finally {
      await database.drop();
    }
  });
});
